# abridge: build, run and test. `make help` lists the targets.
# Every install step is skipped when already satisfied, so reruns are quick.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

export PATH := $(HOME)/.cargo/bin:$(PATH)

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, to the
# patch version. Recursive (=) so it is read after Cargo.lock exists.
WBG = $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;q}' Cargo.lock)
WASM_PACK_VERSION := 0.15.1
PKG := www/pkg
BUILD := node scripts/build-wasm.mjs
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help tools browser build run size test doc clean

# The e2e files (`node --test tests/e2e/` runs them all, one at a time).
# `make test` runs those whose header says `// e2e-group: untimed` (no timing
# assertion, no fixed time window) two at a time, then the others one at a
# time, so that no second Chromium disturbs what they time. A new file is
# timed until its header says otherwise.
E2E_ALL = $(wildcard tests/e2e/*.test.mjs)
E2E_UNTIMED = $(shell grep -l '^// e2e-group: untimed' $(E2E_ALL))
E2E_TIMED = $(filter-out $(E2E_UNTIMED),$(E2E_ALL))

# Every target documents itself with a `## ` comment on its rule line, here
# and in mk/*.mk, so this list cannot miss one.
help: ## this list
	@awk -F':[^#]*## ' '/^[a-zA-Z0-9_-]+:[^=]*## / { printf "make %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

# wasm-bindgen-cli is installed without --locked (its lockfile pins a yanked
# webpki-roots) and with --force so a different installed version is replaced.
tools: Cargo.lock node_modules/.stamp ## Rust target and rust-src, wasm-bindgen CLI, wasm-pack, node_modules
	@rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep '^rustfmt' >/dev/null || rustup component add rustfmt
	@rustup component list --installed | grep '^clippy' >/dev/null || rustup component add clippy
	@rustup component list --installed | grep '^rust-src' >/dev/null || rustup component add rust-src
	@test -n "$(WBG)" || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WBG)" ]; then \
	  echo "wasm-bindgen $(WBG): ok"; \
	else \
	  echo "installing wasm-bindgen-cli $(WBG) (a few minutes)"; \
	  cargo install wasm-bindgen-cli --version "=$(WBG)" --force; \
	fi
	@if command -v wasm-pack >/dev/null; then echo "$$(wasm-pack --version): ok"; else \
	  echo "installing wasm-pack $(WASM_PACK_VERSION) (a few minutes)"; \
	  cargo install wasm-pack --version "=$(WASM_PACK_VERSION)" --locked; \
	fi

# Only when missing: resolves dependencies without updating an existing lock.
Cargo.lock:
	cargo metadata --format-version 1 >/dev/null

# npm ci when node_modules is missing or older than the lockfile.
node_modules/.stamp: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

browser: ## Debian chromium + chromedriver (for the browser tests)
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "$$(/usr/bin/chromium --version 2>/dev/null | head -n1): ok"; \
	else \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver brotli; \
	fi

build: node_modules/.stamp ## build the wasm package into www/pkg/ (settings: wasm-pack.toml)
	$(BUILD)

run: tools ## set everything up, build, serve the page (as built in dist/page/) on http://127.0.0.1:8080
	$(BUILD)
	node scripts/page.mjs
	node scripts/serve.mjs "$${PORT:-8080}" dist/page

size: ## raw / gzip / brotli sizes of the built package and the npm package
	@node scripts/size.mjs $(PKG)

test: tools browser ## install what is missing (incl. Chromium), build, run every check and test
	$(BUILD)
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --tests --target wasm32-unknown-unknown -- -D warnings
	cargo test
	$(MAKE) --no-print-directory doc
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
	node_modules/.bin/tsc -p tests/ts
	node --test --test-concurrency=2 $(E2E_UNTIMED)
	node --test $(E2E_TIMED)

doc: ## API docs into target/doc/, broken links and missing docs are errors
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

clean: ## remove build output
	cargo clean
	rm -rf $(PKG)

# Further targets (eval, fuzz, benchmarks, packages) live in mk/.
-include mk/*.mk
