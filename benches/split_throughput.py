#!/usr/bin/env python3
"""`abridge --split` throughput on cnndm-dev, one build against another.

    python3 benches/split_throughput.py --baseline PATH [--bin target/release/abridge]
                                        [--runs 7] [--repeat 10]

The 1000 cnndm-dev articles (../shared/eval/cnndm-dev.jsonl), repeated
`--repeat` times, go through `abridge --split --jsonl` in one process. The
figure is the child's CPU time (user + sys, from getrusage), which a busy
machine disturbs less than wall time; the baseline and the new build run
alternately and each keeps its best of `--runs`. Throughput is article bytes
per CPU second. Build the baseline from another commit into its own
directory, e.g. `git archive main | tar -x -C /tmp/base && cd /tmp/base &&
cargo build --release`.
"""

import argparse
import json
import os
import resource
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "cnndm-dev.jsonl"


def cpu_seconds(binary, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "rb") as f:
        subprocess.run([binary, "--split", "--jsonl"], stdin=f, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", required=True, help="the other abridge binary")
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "abridge"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    data = DATA.read_bytes()
    article_bytes = sum(len(json.loads(l)["article"].encode()) for l in data.splitlines() if l.strip())
    with tempfile.NamedTemporaryFile(delete=False) as tmp:
        tmp.write(data * args.repeat)
    try:
        best = {args.baseline: float("inf"), args.bin: float("inf")}
        for _ in range(args.runs):
            for binary in (args.baseline, args.bin):
                best[binary] = min(best[binary], cpu_seconds(binary, tmp.name))
    finally:
        os.unlink(tmp.name)
    mb = article_bytes * args.repeat / 1e6
    old, new = best[args.baseline], best[args.bin]
    print(f"{mb:.1f} MB of article text ({args.repeat} x 1000 cnndm-dev articles), best of {args.runs} CPU times")
    print(f"baseline {old:.3f} s = {mb / old:.1f} MB/s")
    print(f"this     {new:.3f} s = {mb / new:.1f} MB/s")
    print(f"throughput this/baseline = {old / new:.3f}")


if __name__ == "__main__":
    main()
