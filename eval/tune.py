#!/usr/bin/env python3
"""Coordinate search over abridge's --weights on the development sets only.

Starts from the defaults; for each weight in turn tries every value of its grid (the
others fixed), keeps the best by the objective, and repeats for --rounds. Deterministic;
the weights are global, never per document.

Objective: the mean of (R-1 + R-2 + R-L) / 3 over the sets. With --against BIN it is
instead the smallest difference to BIN's scores (BIN run with its own defaults) over every
set and every reported measure (R-1, R-2, R-L, R-Lsum; cnndm-dev's 75-word recall too),
ties broken by that mean: the search then looks for weights that lose nothing anywhere.

    python eval/tune.py [--sets cnndm-dev,mlsum-es,...] [--limit N] [--rounds 1]
                        [--grid length=0.2,0.3,0.4 ...] [--start centrality=1,...]
                        [--against path/to/other/abridge]
"""

import argparse
import multiprocessing
import sys

import evaluate as ev

DEFAULTS = {"centrality": 1.0, "position": 1.83, "title": 0.75, "length": 0.3, "redundancy": 1.0}
GRID = {
    "centrality": [0.5, 1.0, 1.5, 2.0],
    "position": [0.0, 0.5, 1.0, 1.5, 2.0, 3.0],
    "title": [0.0, 0.25, 0.5, 1.0],
    "length": [0.0, 0.15, 0.3, 0.6],
    "redundancy": [0.0, 0.5, 1.0, 2.0],
}


def as_arg(w):
    return ",".join(f"{k}={v:g}" for k, v in w.items())


def parse_weights(value):
    out = {}
    for part in value.split(","):
        name, _, v = part.partition("=")
        if name not in DEFAULTS:
            raise argparse.ArgumentTypeError(f"unknown weight {name!r}; choose from {list(DEFAULTS)}")
        out[name] = float(v)
    return out


def parse_grid(value):
    name, _, values = value.partition("=")
    if name not in GRID:
        raise argparse.ArgumentTypeError(f"unknown weight {name!r}; choose from {list(GRID)}")
    return name, [float(v) for v in values.split(",")]


def measures(tables):
    """[(table, measure name, value)] for the abridge row of every table."""
    out = []
    for name, _, rows in tables:
        row = rows[0]
        out += [(name, h, v) for h, v in zip(ev.HEADERS, row.f1)]
        if row.recall75 is not None:
            out += [(name, f"{h} recall (75 words)", v) for h, v in zip(("R-1", "R-2"), row.recall75)]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/eval")
    ap.add_argument("--bin", default="target/release/abridge")
    ap.add_argument("--sets", type=ev.parse_sets, default=ev.DEV_SETS)
    ap.add_argument("--limit", type=int, help="first N documents of each set")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--grid", type=parse_grid, action="append", default=[], help="NAME=V1,V2,...: that weight's grid")
    ap.add_argument("--start", type=parse_weights, default={}, help="start here instead of the defaults")
    ap.add_argument("--against", help="an abridge binary no measure may fall below (see above)")
    a = ap.parse_args()
    if "bbc" in a.sets:
        sys.exit("bbc is not a development set for tuning")
    grid = {**GRID, **dict(a.grid)}

    data = [(s, ev.load(a.data, s, a.limit)) for s in ev.SPECS if s.name in a.sets]
    cache = {}  # per-document scores by summary: a trial scores only the summaries it changed
    seen = {}

    def run(pool, binary, arg):
        return [t for spec, docs in data for t in ev.evaluate_set(pool, spec, docs, binary, arg, False, cache)]

    def objective(pool, w, floor):
        arg = as_arg(w)
        if arg not in seen:
            tables = run(pool, a.bin, arg)
            per_set = [(name, rows[0].f1[:3]) for name, _, rows in tables]
            mean = ev.mean([sum(f) / 3 for _, f in per_set])
            if floor is None:
                seen[arg] = (mean,)
                print(f"{mean:9.2f}  {arg}")
            else:
                deltas = [(v - floor[(t, m)], t, m) for t, m, v in measures(tables)]
                worst = min(deltas)
                seen[arg] = (round(worst[0], 6), mean)
                print(f"{worst[0]:+9.3f}  {mean:6.2f}  {arg}   (worst: {worst[1]} {worst[2]})")
            print("           " + "  ".join(f"{n} {f[0]:.2f}/{f[1]:.2f}/{f[2]:.2f}" for n, f in per_set), flush=True)
        return seen[arg]

    if a.against:
        print("objective: smallest difference to --against over every set and measure, then the mean")
    print("objective  weights\n           per set: R-1/R-2/R-L (F1 x 100)")
    best = {**DEFAULTS, **a.start}
    with multiprocessing.Pool(2) as pool:
        floor = None
        if a.against:
            floor = {(t, m): v for t, m, v in measures(run(pool, a.against, None))}
        best_score = objective(pool, best, floor)
        for _ in range(a.rounds):
            for name, values in grid.items():
                for v in values:
                    trial = {**best, name: v}
                    score = objective(pool, trial, floor)
                    if score > best_score:
                        best, best_score = trial, score
    print(f"\nbest {best_score}: --weights {as_arg(best)}")


if __name__ == "__main__":
    main()
