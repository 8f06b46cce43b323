#!/usr/bin/env python3
"""Coordinate search over abridge's --weights on the development sets only.

Starts from the defaults; for each weight in turn tries every value of its grid (the
others fixed), keeps the best by the objective = mean of (R-1 + R-2 + R-L) / 3 over the
sets, and repeats for --rounds. Deterministic; the weights are global, never per document.

    python eval/tune.py [--sets cnndm-dev,mlsum-es,...] [--limit N] [--rounds 1]
"""

import argparse
import multiprocessing
import sys

import evaluate as ev

DEFAULTS = {"centrality": 1.0, "position": 2.0, "title": 0.5, "length": 0.3, "redundancy": 1.0}
GRID = {
    "centrality": [0.5, 1.0, 1.5, 2.0],
    "position": [0.0, 0.5, 1.0, 1.5, 2.0, 3.0],
    "title": [0.0, 0.25, 0.5, 1.0],
    "length": [0.0, 0.15, 0.3, 0.6],
    "redundancy": [0.0, 0.5, 1.0, 2.0],
}


def as_arg(w):
    return ",".join(f"{k}={v:g}" for k, v in w.items())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/eval")
    ap.add_argument("--bin", default="target/release/abridge")
    ap.add_argument("--sets", type=ev.parse_sets, default=ev.DEV_SETS)
    ap.add_argument("--limit", type=int, help="first N documents of each set")
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    if "bbc" in a.sets:
        sys.exit("bbc is not a development set for tuning")

    data = [(s, ev.load(a.data, s, a.limit)) for s in ev.SPECS if s.name in a.sets]
    seen = {}

    def objective(pool, w):
        arg = as_arg(w)
        if arg not in seen:
            tables = [t for spec, docs in data for t in ev.evaluate_set(pool, spec, docs, a.bin, arg, baselines=False)]
            per_set = [(name, rows[0].f1[:3]) for name, _, rows in tables]
            seen[arg] = ev.mean([sum(f) / 3 for _, f in per_set])
            print(f"{seen[arg]:9.2f}  {arg}")
            print("           " + "  ".join(f"{n} {f[0]:.2f}/{f[1]:.2f}/{f[2]:.2f}" for n, f in per_set), flush=True)
        return seen[arg]

    print("objective  weights\n           per set: R-1/R-2/R-L (F1 x 100)")
    best = dict(DEFAULTS)
    with multiprocessing.Pool(2) as pool:
        best_score = objective(pool, best)
        for _ in range(a.rounds):
            for name, values in GRID.items():
                for v in values:
                    trial = {**best, name: v}
                    score = objective(pool, trial)
                    if score > best_score:
                        best, best_score = trial, score
    print(f"\nbest {best_score:.2f}: --weights {as_arg(best)}")


if __name__ == "__main__":
    main()
