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

.PHONY: help tools browser build run size test clean

help:
	@echo "make run      set everything up, build, serve the page on http://127.0.0.1:8080"
	@echo "make test     install what is missing (incl. Chromium), build, run every check and test"
	@echo "make build    build the wasm package into $(PKG)/ (settings: wasm-pack.toml)"
	@echo "make size     raw / gzip / brotli sizes of the built package and the npm package"
	@echo "make size-floor  the same for the fixed dependencies alone (benches/size-floor)"
	@echo "make tools    Rust target, wasm-bindgen CLI, wasm-pack, node_modules"
	@echo "make browser  Debian chromium + chromedriver (for the browser tests)"
	@echo "make clean    remove build output"
	@echo "make eval     ROUGE on ../shared/eval vs Lead-k baselines, writes eval/RESULTS.md"
	@echo "make package  npm package into dist/ (see www/lib/README.md)"
	@echo "make widget   the news-site widget, ready to copy, in dist/widget/"

# wasm-bindgen-cli is installed without --locked (its lockfile pins a yanked
# webpki-roots) and with --force so a different installed version is replaced.
tools: Cargo.lock node_modules/.stamp
	@rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep '^rustfmt' >/dev/null || rustup component add rustfmt
	@rustup component list --installed | grep '^clippy' >/dev/null || rustup component add clippy
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

browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
	  echo "$$(/usr/bin/chromium --version 2>/dev/null | head -n1): ok"; \
	else \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver brotli; \
	fi

build: node_modules/.stamp
	$(BUILD)

run: tools
	$(BUILD)
	node scripts/serve.mjs

size:
	@node scripts/size.mjs $(PKG)

test: tools browser
	$(BUILD)
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --tests --target wasm32-unknown-unknown -- -D warnings
	cargo test
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
	node_modules/.bin/tsc -p tests/ts
	node --test tests/e2e/

clean:
	cargo clean
	rm -rf $(PKG)

# Further targets (eval, fuzz, benchmarks, packages) live in mk/.
-include mk/*.mk
