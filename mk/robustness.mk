# Robustness and performance: fuzzing, the hostile-input suite at full size,
# benchmarks and the comparison with other summarisers.
# Included from the root Makefile (`include mk/*.mk`); every path is relative
# to the repository root, found from this file's own location.
#
#   make fuzz            run each fuzz target FUZZ_SECONDS (default 300) s;
#                        crashes are copied to tests/data/regressions/
#   make fuzz-replay     replay the seeds and saved regressions (cargo test)
#   make test-hostile    the hostile-input suite in release mode, full sizes
#   make bench           criterion benchmarks (benches/throughput.rs)
#   make bench-compare   abridge (native, wasm) vs summary, sumy, node-summary
#                        on the 1000 cnndm-dev articles → benches/RESULTS.md
#   make bench-identical BASELINE=path/to/old/abridge
#                        the CLI's --json/--jsonl output on every eval set,
#                        byte for byte against another build

ROBUST_ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= summarize split
FUZZ_MAX_LEN ?= 8192
# No sanitizer (the crate forbids unsafe code; ASan would halve the exec
# rate), debug assertions on (integer overflow is a crash). cargo-fuzz needs
# nightly flags: RUSTC_BOOTSTRAP lets the stable compiler accept them.
FUZZ_FLAGS ?= -s none -a
FUZZ_CARGO = cd $(ROBUST_ROOT)/fuzz && RUSTC_BOOTSTRAP=1 PATH="$(HOME)/.cargo/bin:$$PATH" cargo fuzz

.PHONY: fuzz fuzz-tools fuzz-build fuzz-replay test-hostile bench bench-compare bench-identical

fuzz-tools: ## install cargo-fuzz when missing
	@if PATH="$(HOME)/.cargo/bin:$$PATH" cargo fuzz --version >/dev/null 2>&1; then \
	  echo "$$(PATH="$(HOME)/.cargo/bin:$$PATH" cargo fuzz --version): ok"; \
	else \
	  echo "installing cargo-fuzz"; \
	  cargo install cargo-fuzz --locked || cargo install cargo-fuzz; \
	fi

fuzz-build: fuzz-tools ## build the fuzz targets
	$(FUZZ_CARGO) build $(FUZZ_FLAGS)

# Each target starts from its checked-in seeds plus the corpus kept from
# earlier runs (fuzz/corpus/, not committed). A crash, timeout or OOM input is
# moved to tests/data/regressions/<target>-<sha1 prefix>, where
# tests/regressions.rs replays it; the run then fails.
fuzz: fuzz-build ## run each fuzz target FUZZ_SECONDS (300) s; crashes go to tests/data/regressions/
	@mkdir -p $(ROBUST_ROOT)/fuzz/logs $(ROBUST_ROOT)/tests/data/regressions; \
	failed=""; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(ROBUST_ROOT)/fuzz/corpus/$$t $(ROBUST_ROOT)/fuzz/artifacts/$$t; \
	  echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	  if ! ( $(FUZZ_CARGO) run $(FUZZ_FLAGS) $$t corpus/$$t seeds/$$t -- \
	        -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
	        -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
	        > $(ROBUST_ROOT)/fuzz/logs/$$t.log 2>&1 ); then \
	    failed="$$failed $$t"; \
	  fi; \
	  grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|^Done|stat::number_of_executed_units|stat::peak_rss_mb' \
	    $(ROBUST_ROOT)/fuzz/logs/$$t.log || tail -n 30 $(ROBUST_ROOT)/fuzz/logs/$$t.log; \
	  for f in $(ROBUST_ROOT)/fuzz/artifacts/$$t/*; do \
	    [ -f "$$f" ] || continue; \
	    name="$$t-$$(sha1sum < "$$f" | cut -c1-12)"; \
	    mv "$$f" "$(ROBUST_ROOT)/tests/data/regressions/$$name"; \
	    echo "saved $$f as tests/data/regressions/$$name"; \
	  done; \
	done; \
	if [ -n "$$failed" ]; then \
	  echo "fuzzing found failures in:$$failed (logs: fuzz/logs/; inputs: tests/data/regressions/)"; \
	  exit 1; \
	fi

fuzz-replay: ## replay the saved regressions (cargo test --test regressions)
	cd $(ROBUST_ROOT) && cargo test --test regressions

# Debug `cargo test` runs the suite with the multi-megabyte inputs scaled
# down; release mode runs them at full size (5 MB line, 10 MB repeats) and
# the timing checks that are ignored in debug.
test-hostile: ## the hostile-input suite in release mode, at full sizes
	cd $(ROBUST_ROOT) && cargo test --release --test hostile -- --include-ignored

bench: ## criterion benchmarks (benches/throughput.rs)
	cd $(ROBUST_ROOT) && cargo bench --bench throughput

bench-compare: ## abridge vs summary, sumy, node-summary on cnndm-dev, writes benches/RESULTS.md
	cd $(ROBUST_ROOT) && python3 benches/compare.py

bench-identical: ## the CLI output on every eval set, byte for byte against BASELINE=path/to/other/abridge
	@test -n "$(BASELINE)" || { echo "usage: make bench-identical BASELINE=path/to/other/abridge" >&2; exit 2; }
	cd $(ROBUST_ROOT) && cargo build --release --bin abridge && python3 benches/identical.py --baseline $(abspath $(BASELINE))
