# make page: the paste-in page as it is served (`make run` serves it), in dist/page/.
.PHONY: page

page: node_modules/.stamp ## the paste-in page as served (JS bundled and minified), in dist/page/
	$(BUILD)
	node scripts/page.mjs
