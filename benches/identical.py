#!/usr/bin/env python3
"""Is the CLI's output byte-identical to another build's on every eval set?

    python3 benches/identical.py --baseline PATH [--bin target/release/abridge]

(`make bench-identical BASELINE=PATH`.) For every document of every set in
../shared/eval, both binaries summarise the article with `--json` (every
field: sentences, offsets, scores and their parts, keywords, stats) twice:
with the language detected and no title, then with the set's language and the
document's title. Each set also goes through `--jsonl -n 3` (with `lang` and
`title`, as `make eval` sends it) and `--jsonl --split` in one process each.
Prints one line per set and the first difference found; exits 1 on any.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval"


def run(binary, args, text):
    p = subprocess.run([binary, *args], input=text.encode(), capture_output=True)
    return p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", required=True, help="the abridge binary to compare with")
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "abridge"))
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents of each set")
    a = ap.parse_args()

    differences = 0
    total = 0
    for path in sorted(Path(a.data).glob("*.jsonl")):
        docs = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
        if a.limit:
            docs = docs[: a.limit]
        same = 0
        first = None
        runs = 0
        for d in docs:
            modes = [["--json"], ["--json", "--lang", d["lang"]] + (["--title", d["title"]] if d.get("title") else [])]
            for args in modes:
                runs += 1
                if run(a.baseline, args, d["article"]) == run(a.bin, args, d["article"]):
                    same += 1
                elif first is None:
                    first = (d["id"], args[1:])
        lines = "".join(
            json.dumps({"id": d["id"], "article": d["article"], "title": d.get("title"), "lang": d["lang"]}, ensure_ascii=False) + "\n"
            for d in docs
        )
        for args in (["--jsonl", "-n", "3"], ["--jsonl", "--split"]):
            runs += 1
            if run(a.baseline, args, lines) == run(a.bin, args, lines):
                same += 1
            elif first is None:
                first = ("whole set", args)
        total += runs
        differences += runs - same
        status = "identical" if same == runs else f"{runs - same} DIFFERENT, first: {first}"
        print(f"{path.name}: {len(docs)} documents, {runs} runs: {status}", flush=True)
    print(f"{total} runs, {differences} different")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
