#!/usr/bin/env python3
"""abridge against other extractive summarisers, on the same 1000 articles.

    python3 benches/compare.py [--repeat 3] [--limit N] [--skip-sumy]

(`make bench-compare` from the repository root.) Each tool runs as its own
process over ../shared/eval/cnndm-dev.jsonl (3 sentences per article, JSON
lines in and out); the whole-process wall time and the peak resident memory
(ru_maxrss of that child, from wait4) are recorded. Tools:

- abridge, native CLI (`target/release/abridge --jsonl -n 3`; release
  profile: opt-level 3, LTO — the wasm build alone uses opt-level "z");
- abridge in Node through the wasm package (www/pkg; `make build` if absent);
- the crates.io `summary` crate (benches/peers/summary-runner);
- sumy LexRank and TextRank (benches/.venv from benches/requirements.txt;
  pysbd + regex tokenizer, since NLTK's punkt cannot be downloaded);
- node-summary 1.2.0 (benches/peers/node, its own package-lock.json).

Then the scaling check: the native CLI on one 1 MB and one 10 MB text
(concatenated articles). Writes benches/RESULTS.md.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCHES = Path(__file__).resolve().parent
ROOT = BENCHES.parent
DATA = ROOT.parent / "shared" / "eval" / "cnndm-dev.jsonl"
WORK = BENCHES / "work"
VENV = BENCHES / ".venv"
PEERS = BENCHES / "peers"
PKG = ROOT / "www" / "pkg"
N = 3


def sh(cmd, cwd=ROOT, env=None):
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run(cmd, cwd=cwd, check=True, env=env)


def prepare(args):
    """Builds and installs whatever is missing."""
    if not TIME.exists():
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        sh([*sudo, "apt-get", "install", "-y", "time"])
    sh(["cargo", "build", "--release", "--bin", "abridge"])
    if not (PKG / "abridge_bg.wasm").exists():
        sh(["make", "build"])
    sh(["cargo", "build", "--release"], cwd=PEERS / "summary-runner")
    if not (PEERS / "node" / "node_modules" / "node-summary").exists():
        sh(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEERS / "node")
    if not args.skip_sumy and not (VENV / "bin" / "python").exists():
        sh([sys.executable, "-m", "venv", str(VENV)])
        sh([str(VENV / "bin" / "pip"), "install", "-q", "-r", str(BENCHES / "requirements.txt")])


TIME = Path("/usr/bin/time")


def run(cmd, stdin_path, stdout_path, env=None, cwd=ROOT):
    """Runs cmd once; returns (wall seconds, peak RSS in MiB).

    The peak comes from GNU time (`%M`), which forks the tool from its own
    small process: the rusage that Python's wait4 reports for a direct child
    would include this script's own memory, which Linux carries across the
    vfork + exec of the child.
    """
    stats = WORK / "time.txt"
    full = [str(TIME), "-f", "%M %U %S", "-o", str(stats), *cmd]
    with open(stdin_path, "rb") as fin, open(stdout_path, "wb") as fout:
        start = time.perf_counter()
        p = subprocess.run(full, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env, cwd=cwd)
        wall = time.perf_counter() - start
    if p.returncode != 0:
        raise RuntimeError(f"{cmd} exited {p.returncode}: {p.stderr.decode(errors='replace')[-2000:]}")
    kib, user, system = stats.read_text().split()[-3:]
    return wall, int(kib) / 1024, float(user) + float(system)


def summarise(name, runs, out):
    walls = [w for w, _, _ in runs]
    cpus = [c for _, _, c in runs]
    print(f"  {name}: {', '.join(f'{w:.3f}' for w in walls)} s; peak {max(r for _, r, _ in runs):.1f} MiB", flush=True)
    return {
        "wall": statistics.median(walls),
        "walls": walls,
        "cpu": statistics.median(cpus),
        "rss": max(r for _, r, _ in runs),
        "out": out,
    }


def out_path(name):
    return WORK / f"{name.replace(' ', '_').replace('/', '_')}.out"


def measure(name, cmd, stdin_path, repeat, env=None):
    out = out_path(name)
    return summarise(name, [run(cmd, stdin_path, out, env) for _ in range(repeat)], out)


def measure_alternating(tools, stdin_path, repeat):
    """Runs every tool once per round, `repeat` rounds, so that a change in
    the machine's load hits all of them alike; the median of each tool's runs."""
    runs = {name: [] for name, _, _ in tools}
    for r in range(repeat):
        for name, cmd, env in tools:
            runs[name].append(run(cmd, stdin_path, out_path(name), env))
        print(f"  round {r + 1}/{repeat}: " + ", ".join(f"{n} {runs[n][-1][0]:.3f}" for n in runs), flush=True)
    return {name: summarise(name, runs[name], out_path(name)) for name in runs}


def load():
    """The load averages (1, 5, 15 min), as `uptime` prints them."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def check_output(name, out, ids):
    lines = [json.loads(l) for l in out.read_text().splitlines() if l.strip()]
    assert [r["id"] for r in lines] == ids, f"{name}: ids differ from the input"
    sizes = [len(r["summary"]) for r in lines]
    assert all(s <= N for s in sizes), f"{name}: more than {N} sentences"
    return statistics.mean(sizes)


def versions():
    def cmd(c):
        try:
            return subprocess.run(c, capture_output=True, text=True, cwd=ROOT).stdout.strip().splitlines()[0]
        except Exception:  # noqa: BLE001 - informational only
            return "?"

    sumy = "?"
    meta = list((VENV / "lib").glob("python*/site-packages/sumy-*.dist-info"))
    if meta:
        sumy = meta[0].name[len("sumy-"):-len(".dist-info")]
    return {
        "rustc": cmd(["rustc", "--version"]),
        "node": cmd(["node", "--version"]),
        "python": platform.python_version(),
        "sumy": sumy,
    }


def hardware():
    model = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    return f"{model}, {os.cpu_count()} cores, {mem} RAM, {platform.system()} {platform.release()}"


def commit():
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "Cargo.toml"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return head + (" (with uncommitted changes in src/ or Cargo.toml)" if dirty else "")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=7, help="alternating rounds of the fast tools (median); sumy runs once")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (a quick check)")
    ap.add_argument("--skip-sumy", action="store_true", help="leave out sumy (slowest, ~2-3 min)")
    ap.add_argument("--output", default=str(BENCHES / "RESULTS.md"))
    args = ap.parse_args()

    if not DATA.exists():
        sys.exit(f"compare.py: {DATA} not found (the data lives in shared/eval beside the repository)")
    prepare(args)
    WORK.mkdir(exist_ok=True)

    docs = [json.loads(l) for l in DATA.read_text().splitlines() if l.strip()]
    if args.limit:
        docs = docs[: args.limit]
    ids = [d["id"] for d in docs]
    articles = WORK / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": d["id"], "article": d["article"]}) + "\n" for d in docs))
    one = WORK / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "article": "The council met on Monday. It approved the budget."}) + "\n")
    total_bytes = sum(len(d["article"].encode()) for d in docs)

    # numpy (sumy) runs with OpenBLAS's defaults, not this machine's safety
    # overrides, which slow a current numpy down.
    py_env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    cli = str(ROOT / "target" / "release" / "abridge")
    fast = [
        ("abridge native", [cli, "--jsonl", "-n", str(N)], None),
        ("summary crate", [str(PEERS / "summary-runner" / "target" / "release" / "summary-runner"), str(N)], None),
        ("abridge native, --jobs 2", [cli, "--jsonl", "-n", str(N), "--jobs", "2"], None),
        ("abridge wasm (Node)", ["node", str(PEERS / "abridge-wasm.mjs"), str(PKG), str(N)], None),
        ("node-summary", ["node", str(PEERS / "node" / "run.cjs"), str(N)], None),
    ]
    slow = []
    if not args.skip_sumy:
        py = str(VENV / "bin" / "python")
        slow = [
            ("sumy LexRank", [py, str(PEERS / "sumy_runner.py"), "lexrank", str(N)], py_env),
            ("sumy TextRank", [py, str(PEERS / "sumy_runner.py"), "textrank", str(N)], py_env),
        ]

    print(f"{len(docs)} articles, {total_bytes / 1e6:.2f} MB", flush=True)
    loads = [load()]
    startups = {}
    for name, cmd, env in fast + slow:
        startups[name] = measure(name + " startup", cmd, one, 1, env)["wall"]
    print(f"== fast tools, {args.repeat} alternating rounds", flush=True)
    results = measure_alternating(fast, articles, args.repeat)
    loads.append(load())
    for name, cmd, env in slow:
        print(f"== {name}", flush=True)
        results[name] = measure(name, cmd, articles, 1, env)
    for name, r in results.items():
        r["startup"] = startups[name]
        r["mean_sentences"] = check_output(name, r["out"], ids)
    jobs = results["abridge native, --jobs 2"]["out"].read_bytes()
    assert jobs == results["abridge native"]["out"].read_bytes(), "--jobs 2 changed the output"
    # The same rounds, paired: each round's summary-crate time over abridge's.
    pairs = [s / a for s, a in zip(results["summary crate"]["walls"], results["abridge native"]["walls"])]
    results["summary crate"]["paired"] = statistics.median(pairs)

    # Scaling: one text of 1 MB and one of 10 MB, from whole articles. Every
    # English article in ../shared/eval (cnndm-dev, then bbc: ~9 MB) is used
    # once before any repeats, so the 10 MB text is not mostly repetition,
    # which would flatter the caches (the stem memo, the term maps).
    print("== scaling", flush=True)
    texts = [d["article"] for d in docs]
    bbc = DATA.parent / "bbc.jsonl"
    if bbc.exists():
        texts += [json.loads(l)["article"] for l in bbc.read_text().splitlines() if l.strip()]
    scaling = {}
    for label, size in (("1 MB", 1_000_000), ("10 MB", 10_000_000)):
        parts, n, i = [], 0, 0
        while n < size:
            a = texts[i % len(texts)]
            parts.append(a)
            n += len(a.encode()) + 2
            i += 1
        path = WORK / f"scale-{size}.txt"
        path.write_text("\n\n".join(parts))
        r = measure(f"native {label}", [cli, "-n", str(N)], path, 3)
        r["bytes"] = path.stat().st_size
        scaling[label] = r
        rw = measure(f"wasm {label}", ["node", "-e", WASM_TEXT, str(PKG)], path, 1)
        rw["bytes"] = path.stat().st_size
        scaling["wasm " + label] = rw
    empty = WORK / "empty.txt"
    empty.write_text("")
    base = measure("native empty input", [cli, "-n", str(N)], empty, 1)
    loads.append(load())

    write_report(args, results, scaling, base, total_bytes, len(docs), loads)


# Summarises standard input as one text through the wasm package.
WASM_TEXT = """
const fs = require('node:fs'), path = require('node:path'), url = require('node:url');
(async () => {
  const pkg = path.resolve(process.argv[1]);
  const m = await import(url.pathToFileURL(path.join(pkg, 'abridge.js')).href);
  m.initSync({ module: fs.readFileSync(path.join(pkg, 'abridge_bg.wasm')) });
  const r = m.summarize(fs.readFileSync(0, 'utf8'), { sentences: 3 });
  process.stdout.write(r.sentences.map((s) => s.text).join('\\n') + '\\n');
})();
"""


def write_report(args, results, scaling, base, total_bytes, ndocs, loads):
    ref = results["abridge native"]
    lines = []
    add = lines.append
    add("# Benchmarks: abridge against other extractive summarisers")
    add("")
    add(f"Written by `benches/compare.py` (`make bench-compare`) on {datetime.date.today().isoformat()}; "
        f"commit {commit()}.")
    add("")
    add(f"- Machine: {hardware()}")
    v = versions()
    add(f"- Tools: {v['rustc']}, node {v['node']}, Python {v['python']}, sumy {v['sumy']}; "
        "abridge native: release profile (opt-level 3, LTO); wasm: opt-level \"s\" + wasm-opt -Oz (wasm-pack.toml)")
    add(f"- Input: the first {ndocs} articles of `cnndm-dev.jsonl` ({total_bytes / 1e6:.2f} MB of article text), "
        f"{N} sentences each, JSON lines in and out, one process per tool")
    add(f"- Fast tools: {args.repeat} alternating rounds (each tool once per round, in turn), the median "
        "of each; sumy: one run after them.")
    add(f"- **The machine was shared** with other jobs (up to 7 helpers building and testing on its 2 cores): "
        f"load averages (1, 5, 15 min) {loads[0]} at the start, {loads[1]} after the fast tools, {loads[-1]} at the end. "
        "Wall times under such load vary by 2× and more from run to run; the alternating rounds and the "
        "paired ratio below are there for that. CPU time (user + system, from GNU time) is less sensitive to it.")
    add("")
    add("| tool | wall (s) | MB/s | ms / article | startup (s) | ms / article without startup | CPU (s) | peak memory (MiB) | time ÷ abridge native | mean sentences out |")
    add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        mbps = total_bytes / r["wall"] / 1e6
        per = r["wall"] / ndocs * 1000
        net = max(r["wall"] - r["startup"], 0) / ndocs * 1000
        add(f"| {name} | {r['wall']:.3f} | {mbps:.2f} | {per:.2f} | {r['startup']:.3f} | {net:.2f} | "
            f"{r['cpu']:.3f} | {r['rss']:.1f} | {r['wall'] / ref['wall']:.2f}× | {r['mean_sentences']:.2f} |")
    add("")
    add("All runs (s), in round order: " + "; ".join(
        f"{name} " + ", ".join(f"{w:.3f}" for w in r["walls"]) for name, r in results.items()) + ".")
    add("")
    add("Targets:")
    add("")

    def target(label, ok, detail):
        add(f"- {'met' if ok else '**missed**'}: {label} ({detail})")

    if "summary crate" in results:
        sc = results["summary crate"]
        x = sc["wall"] / ref["wall"]
        target("abridge native, one thread, ≥ 5× the `summary` crate's throughput (median wall times of the "
               "alternating rounds)", x >= 5,
               f"{x:.2f}×; paired per round: median {sc['paired']:.2f}×; CPU time {sc['cpu'] / ref['cpu']:.2f}×")
    if "abridge native, --jobs 2" in results:
        j = results["abridge native, --jobs 2"]
        add(f"- (reported separately, not a target) `--jobs 2` on the 2 shared cores: {j['wall']:.3f} s, "
            f"{ref['wall'] / j['wall']:.2f}× the one-thread wall time, same output bytes")
    for s in ("sumy LexRank", "sumy TextRank"):
        if s in results:
            x = results[s]["wall"] / ref["wall"]
            target(f"abridge native ≥ 100× {s}", x >= 100, f"{x:.0f}×")
    if "abridge wasm (Node)" in results:
        # The engines compared: each tool's time less its own start-up (Node
        # loading the package and compiling the module; the CLI's exec).
        w, n = results["abridge wasm (Node)"], ref
        x = (w["wall"] - w["startup"]) / max(n["wall"] - n["startup"], 1e-9)
        target("wasm within 2× of native", x <= 2,
               f"{x:.2f}× per article without start-up; {w['wall'] / n['wall']:.2f}× whole-process, "
               f"Node's {w['startup']:.2f} s start-up included")
    add("")
    add("## Scaling: one text of 1 MB and one of 10 MB")
    add("")
    add("Concatenated articles, cnndm-dev then bbc, each used once before any repeats "
        "(paragraphs separated by blank lines), `abridge -n 3 < file`, "
        "whole process; the wasm rows run the same text through the package in Node (one run).")
    add("")
    add("| run | input (MB) | wall (s) | MB/s | peak memory (MiB) | peak memory ÷ input |")
    add("|---|---:|---:|---:|---:|---:|")
    for label, r in scaling.items():
        mb = r["bytes"] / 1e6
        add(f"| {'native ' + label if not label.startswith('wasm') else label} | {mb:.2f} | {r['wall']:.3f} | "
            f"{mb / r['wall']:.2f} | {r['rss']:.1f} | {r['rss'] * 1048576 / r['bytes']:.1f}× |")
    add(f"| native, empty input (baseline) | 0 | {base['wall']:.3f} | | {base['rss']:.1f} | |")
    t1, t10 = scaling["1 MB"], scaling["10 MB"]
    ratio = (t10["wall"] - base["wall"]) / max(t1["wall"] - base["wall"], 1e-9)
    mem = t10["rss"] * 1048576 / t10["bytes"]
    add("")
    # Below 8 is better than linear, not worse: vocabulary grows slower than
    # text (Heaps' law), so a longer text stems fewer new words per MB.
    shape = "linear" if ratio >= 8 else "sub-linear: faster per MB on the longer text"
    target("10 MB time ÷ 1 MB time at most 12, i.e. no worse than linear (the issue's band: 8–12)",
           ratio <= 12, f"{ratio:.1f}, {shape}; less the empty-input start-up; raw {t10['wall'] / t1['wall']:.1f}")
    mem1 = t1["rss"] * 1048576 / t1["bytes"]
    target("peak memory for 10 MB at most 10× the input", mem <= 10,
           f"{mem:.1f}×; for 1 MB {mem1:.1f}×, of which {base['rss']:.1f} MiB is the empty-input process")
    add("")
    add(NOTES)
    analysis = BENCHES / "analysis.md"
    if analysis.exists():
        add(analysis.read_text())
    Path(args.output).write_text("\n".join(lines) + "\n")
    print(f"wrote {args.output}")


NOTES = """## Notes

- node-summary's `summarize()` keeps one sentence per paragraph and the CNN/DM
  articles are one paragraph each; the runner calls its
  `getSortedSentences(content, 3)` instead (its "top N sentences").
- sumy cannot use its default tokenizer (NLTK's punkt model cannot be
  downloaded here): it gets a tokenizer built on pysbd (sentences) and a regex
  (words); pysbd is a large part of sumy's time.
- Peak memory is the maximum resident set size of the tool's own process,
  from GNU time (Node and Python include their runtimes: compare them with
  their start-up rows).
- Time per article includes each process's start-up once; the "without
  startup" column subtracts the time of the same tool on a one-article input.
"""


if __name__ == "__main__":
    main()
