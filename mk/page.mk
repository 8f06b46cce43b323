# make page: the paste-in page as it is served (`make run` serves it), in dist/page/.
.PHONY: page screenshots

page: node_modules/.stamp ## the paste-in page as served (JS bundled and minified), in dist/page/
	$(BUILD)
	node scripts/page.mjs

# Pictures of the page and the widget's demos (what they show is tested by make test).
screenshots: tools browser ## screenshots of the page and the widget demos, light and dark, into target/screenshots/
	$(BUILD)
	node scripts/screenshots.mjs
