# The JavaScript API (www/lib), its npm package and their checks.
# Included from the root Makefile (`-include mk/*.mk`).
#
#   make package     assemble dist/npm/ and `npm pack` it into dist/abridge-<version>.tgz
#   make typecheck   tsc --strict on tests/ts/usage.ts against the shipped .d.ts files
#   make test-js     typecheck + the API tests (Node, headless Chromium, npm-pack install)
#   make bench-node  throughput of the package in Node vs the native CLI on cnndm-dev
#   make bench-web   the page's and the widget's timings in headless Chromium (benches/web)
#   make size-floor  wasm size of the fixed dependencies alone (benches/size-floor)
#   make compare-modules  every per-language module vs the all-language one on the eval sets

.PHONY: package typecheck test-js bench-node bench-web compare-modules

# Only builds the wasm when www/pkg has none; `make build` refreshes it.
$(PKG)/abridge_bg.wasm:
	$(BUILD)

package: node_modules/.stamp $(PKG)/abridge_bg.wasm ## npm package into dist/ (see www/lib/README.md)
	node scripts/package.mjs

typecheck: node_modules/.stamp ## tsc --strict on tests/ts/usage.ts against the shipped .d.ts files
	node_modules/.bin/tsc -p tests/ts

test-js: typecheck $(PKG)/abridge_bg.wasm ## typecheck + the API tests (Node, headless Chromium, npm-pack install)
	node --test tests/e2e/api-node.test.mjs tests/e2e/api.test.mjs tests/e2e/api-package.test.mjs

compare-modules: node_modules/.stamp ## every per-language module vs the all-language module on ../shared/eval (identical summaries)
	$(BUILD)
	node scripts/compare-modules.mjs

bench-node: node_modules/.stamp $(PKG)/abridge_bg.wasm ## throughput of the package in Node vs the native CLI on cnndm-dev
	cargo build --release --bin abridge
	node scripts/bench-node.mjs

# Run one at a time, on a machine doing nothing else: they print timings.
bench-web: tools browser ## the page's and the widget's timings in headless Chromium (benches/web/*.mjs)
	$(BUILD)
	node --test --test-concurrency=1 benches/web/page-perf.mjs benches/web/widget-perf.mjs

# The size floor: what rust-stemmers (18 algorithms), unicode-segmentation,
# lowercasing and wasm-bindgen cost with no abridge code at all, built with
# wasm-pack.toml's settings (benches/size-floor).
.PHONY: size-floor
size-floor: node_modules/.stamp ## wasm size of the fixed dependencies alone (benches/size-floor)
	$(BUILD) --crate benches/size-floor --out-dir target/size-floor
