# make widget: the self-contained widget directory for publishers (dist/widget/).
.PHONY: widget

widget: node_modules/.stamp ## the news-site widget, ready to copy, in dist/widget/
	$(BUILD)
	node scripts/widget.mjs
