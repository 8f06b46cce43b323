# make eval: ROUGE evaluation (eval/README.md) on ../shared/eval, writes eval/RESULTS.md.
# Needs python3 with venv; the data stays in ../shared/eval (never copied).
EVAL_PY := eval/.venv/bin/python
EVAL_DATA := ../shared/eval

.PHONY: eval

# The venv is (re)built only when missing or when eval/requirements.txt changed.
eval/.venv/.stamp: eval/requirements.txt
	test -x $(EVAL_PY) || python3 -m venv eval/.venv
	eval/.venv/bin/pip install --quiet --disable-pip-version-check -r eval/requirements.txt
	@touch $@

eval: eval/.venv/.stamp ## ROUGE on ../shared/eval vs Lead-k baselines, writes eval/RESULTS.md
	cargo build --release --bin abridge
	$(EVAL_PY) eval/evaluate.py --data $(EVAL_DATA) --bin target/release/abridge --out eval/RESULTS.md
