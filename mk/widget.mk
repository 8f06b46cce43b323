# make widget: the self-contained widget directory for publishers (dist/widget/).
.PHONY: widget

widget: node_modules/.stamp
	$(BUILD)
	node scripts/widget.mjs
