#!/usr/bin/env python3
"""ROUGE evaluation of the abridge CLI against Lead-k baselines.

Run from the repository root (see eval/README.md):

    python eval/evaluate.py [--data ../shared/eval] [--bin target/release/abridge]
        [--sets cnndm-dev,bbc,...] [--weights ...] [--limit N] [--out eval/RESULTS.md]
"""

import argparse
import datetime
import importlib.metadata
import json
import multiprocessing
import re
import subprocess
import sys
import time
from dataclasses import dataclass

import pysbd
from rouge_score import rouge_scorer

METRICS = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
HEADERS = ["R-1", "R-2", "R-L", "R-Lsum"]


# ---------------------------------------------------------------- data sets


@dataclass(frozen=True)
class Spec:
    name: str  # table name
    file: str  # file name in --data
    lang: str  # gold language in the data
    expect: str | None  # language abridge should report without --lang
    ks: tuple  # summary lengths in sentences; () = the reference's sentence count
    english: bool  # rouge-score's default tokenizer + Porter stemmer, else Unicode tokens
    pysbd_lang: str | None  # Lead-k with pysbd in this language (None: not supported)


SPECS = [
    Spec("cnndm-dev", "cnndm-dev.jsonl", "en", "en", (3,), True, "en"),
    Spec("bbc", "bbc.jsonl", "en", "en", (), True, "en"),
    Spec("mlsum-es", "mlsum-es.jsonl", "es", "es", (3,), False, "es"),
    Spec("orangesum-fr", "orangesum-fr.jsonl", "fr", "fr", (3,), False, "fr"),
    Spec("temario-pt", "temario-pt.jsonl", "pt", "pt", (3,), False, None),
    Spec("norsumm-nb", "norsumm-nb.jsonl", "nb", "no", (3,), False, None),
    Spec("lcsts-zh", "lcsts-zh.jsonl", "zh", None, (1, 3), False, "zh"),
]
SET_NAMES = [s.name for s in SPECS]
DEV_SETS = ["cnndm-dev", "mlsum-es", "orangesum-fr", "temario-pt", "norsumm-nb", "lcsts-zh"]


def load(data, spec, limit):
    docs = []
    with open(f"{data}/{spec.file}", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
                if limit and len(docs) >= limit:
                    break
    return docs


# ------------------------------------------------ splitters and tokenizers

# A plain punctuation splitter: after . ! ? (plus closing quotes/brackets) followed by
# whitespace or the end, after 。！？ (plus closing quotes/brackets) always, and at newlines.
_CLOSE = "\"'”’»)\\]」』）"
_LATIN_END = re.compile(rf"([.!?][{_CLOSE}]*)\s+")
_CJK_END = re.compile(rf"([。！？][{_CLOSE}]*)\s*")


def punct_split(text):
    text = _CJK_END.sub("\\1\n", _LATIN_END.sub("\\1\n", text))
    return [s.strip() for s in text.split("\n") if s.strip()]


_SEGMENTERS = {}


def pysbd_split(lang, text):
    if lang not in _SEGMENTERS:
        _SEGMENTERS[lang] = pysbd.Segmenter(language=lang, clean=False)
    return [s.strip() for s in _SEGMENTERS[lang].segment(text) if s.strip()]


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


class UnicodeTokenizer:
    """Lower-cased \\w+ tokens (any script), each CJK character a token of its own; no stemming."""

    def tokenize(self, text):
        return _TOKEN.findall(text.lower())


def length(sentences, english):
    """Summary length: whitespace words, or non-space characters for Chinese."""
    text = " ".join(sentences)
    return len(text.split()) if english or not _has_cjk(text) else len(re.sub(r"\s", "", text))


def _has_cjk(text):
    return re.search(rf"[{_CJK}]", text) is not None


# ------------------------------------------------------------ scoring (pool)

_SCORERS = {}


def _scorer(kind):
    if kind not in _SCORERS:
        if kind == "en":
            _SCORERS[kind] = rouge_scorer.RougeScorer(METRICS, use_stemmer=True)
        elif kind == "en12":
            _SCORERS[kind] = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
        else:
            _SCORERS[kind] = rouge_scorer.RougeScorer(METRICS, tokenizer=UnicodeTokenizer())
    return _SCORERS[kind]


def score_task(task):
    """(kind, candidate sentences, references as sentence lists) -> {metric: Score}.

    Sentences are joined with "\\n" (rougeLsum's sentence boundaries; ignored by the
    other metrics). Several references: rouge-score's score_multi (max F1 per metric)."""
    kind, cand, refs = task
    scorer = _scorer(kind)
    pred = "\n".join(cand)
    targets = ["\n".join(r) for r in refs]
    if len(targets) == 1:
        return scorer.score(targets[0], pred)
    return scorer.score_multi(targets, pred)


def split_task(task):
    lang, text = task
    return pysbd_split(lang, text) if lang else punct_split(text)


# ------------------------------------------------------------------- abridge


def run_abridge(binary, docs, args, with_lang=True):
    lines = []
    for d in docs:
        rec = {"id": d["id"], "article": d["article"], "title": d.get("title")}
        if with_lang:
            rec["lang"] = d["lang"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    out = subprocess.run(
        [binary, "--jsonl", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    res = [json.loads(line) for line in out]
    if [r["id"] for r in res] != [d["id"] for d in docs]:
        sys.exit("abridge: output ids do not match the input")
    return res


def abridge_summaries(binary, docs, ks, weights):
    """Summaries with ks[i] sentences for docs[i]; the CLI runs once per distinct k."""
    extra = ["--weights", weights] if weights else []
    out = [None] * len(docs)
    for k in sorted(set(ks)):
        idx = [i for i, kk in enumerate(ks) if kk == k]
        for i, r in zip(idx, run_abridge(binary, [docs[i] for i in idx], ["-n", str(k), *extra])):
            out[i] = r["summary"]
    return out


# ---------------------------------------------------------------- evaluation


@dataclass
class Row:
    system: str
    f1: list  # mean F1 x100 per METRICS
    words: float
    recall75: list | None = None  # mean ROUGE-1/2 recall x100 of the first 75 words


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def _doc_scores(pool, kind, cands, refs, with_recall75):
    """Per document: F1 per METRICS, then (with_recall75) ROUGE-1/2 recall of the first 75 words."""
    scores = pool.map(score_task, [(kind, c, r) for c, r in zip(cands, refs)], chunksize=16)
    out = [[s[m].fmeasure for m in METRICS] for s in scores]
    if with_recall75:
        cut = [[" ".join(" ".join(c).split()[:75])] for c in cands]
        sc = pool.map(score_task, [("en12", c, r) for c, r in zip(cut, refs)], chunksize=16)
        out = [o + [s[m].recall for m in ("rouge1", "rouge2")] for o, s in zip(out, sc)]
    return out


def score_rows(pool, spec, systems, refs, with_recall75=False, cache=None):
    """systems: [(label, [candidate sentences per doc])] -> [Row].

    cache (a dict, optional) keeps each document's scores by its summary, so a caller that
    scores many systems on the same set (eval/tune.py) scores only the summaries that changed."""
    kind = "en" if spec.english else "uni"
    rows = []
    for label, cands in systems:
        if cache is None:
            per_doc = _doc_scores(pool, kind, cands, refs, with_recall75)
        else:
            keys = [(spec.name, i, tuple(c), with_recall75) for i, c in enumerate(cands)]
            todo = [i for i, key in enumerate(keys) if key not in cache]
            fresh = _doc_scores(pool, kind, [cands[i] for i in todo], [refs[i] for i in todo], with_recall75)
            cache.update((keys[i], v) for i, v in zip(todo, fresh))
            per_doc = [cache[key] for key in keys]
        f1 = [100 * mean([d[j] for d in per_doc]) for j in range(len(METRICS))]
        words = mean([length(c, spec.english) for c in cands])
        row = Row(label, f1, words)
        if with_recall75:
            row.recall75 = [100 * mean([d[j] for d in per_doc]) for j in (4, 5)]
        rows.append(row)
    return rows


def evaluate_set(pool, spec, docs, binary, weights, baselines=True, cache=None):
    """-> [(table title, note, [Row])] for one data set."""
    ref_splitter = spec.pysbd_lang if spec.english else None
    if spec.name == "cnndm-dev":  # highlights: one per line, kept as published
        refs = [[[h for h in d["references"][0].split("\n") if h.strip()]] for d in docs]
    else:
        flat = [(ref_splitter, r) for d in docs for r in d["references"]]
        it = iter(pool.map(split_task, flat, chunksize=16))
        refs = [[next(it) for _ in d["references"]] for d in docs]

    split = None
    if baselines:
        split = [r["sentences"] for r in run_abridge(binary, docs, ["--split"])]
        punct = [punct_split(d["article"]) for d in docs]
        if spec.pysbd_lang:
            sbd = pool.map(split_task, [(spec.pysbd_lang, d["article"]) for d in docs], chunksize=8)

    tables = []
    for k in spec.ks or (None,):
        ks = [k or len(r[0]) for r in refs]
        name = spec.name if len(spec.ks) < 2 else f"{spec.name} (k={k})"
        systems = [("abridge", abridge_summaries(binary, docs, ks, weights))]
        lead = f"Lead-{k or 'k'}"
        if baselines:
            systems.append((f"{lead} (abridge split)", [s[:n] for s, n in zip(split, ks)]))
            if spec.pysbd_lang:
                systems.append((f"{lead} (pysbd split)", [s[:n] for s, n in zip(sbd, ks)]))
            if not spec.english:
                systems.append((f"{lead} (punct split)", [s[:n] for s, n in zip(punct, ks)]))
        rows = score_rows(pool, spec, systems, refs, with_recall75=spec.name == "cnndm-dev", cache=cache)
        note = describe(spec, docs, k, ks)
        tables.append((name, note, rows))
    return tables


def describe(spec, docs, k, ks):
    n = len(docs)
    parts = [f"{n} documents, gold language `{spec.lang}`."]
    if k is None:
        parts.append(
            f"k = number of sentences of the reference, counted with pysbd (en); "
            f"mean k = {mean(ks):.2f} (min {min(ks)}, max {max(ks)})."
        )
    if spec.english:
        parts.append("rouge-score default tokenizer with Porter stemmer.")
    else:
        parts.append(
            "rouge-score with a Unicode tokenizer (lower-cased `\\w+` tokens, one token per "
            "CJK character), no stemmer; reference sentences for R-Lsum by the punctuation splitter."
        )
    if spec.name == "cnndm-dev":
        parts.append("Reference = the highlights, one sentence per line, as published.")
    if spec.name == "bbc":
        parts.append("Reference sentences for R-Lsum by pysbd. abridge is given the title; Lead-k is not.")
    if spec.name == "norsumm-nb":
        parts.append("3 references per document: rouge-score `score_multi` (max F1 per metric).")
    if spec.name.startswith("lcsts"):
        parts.append("Length column = characters (not words).")
    if not spec.english and not spec.pysbd_lang:
        parts.append("pysbd does not support this language: Lead baseline uses the punctuation splitter.")
    return " ".join(parts)


def detection(binary, spec, docs):
    """(% of documents where abridge without lang reports the expected language, counts)."""
    got = [r["language"] for r in run_abridge(binary, docs, ["-n", "1"], with_lang=False)]
    hits = sum(g == spec.expect for g in got)
    counts = {}
    for g in got:
        counts[g] = counts.get(g, 0) + 1
    return 100 * hits / len(got), counts


def empty_count(binary, docs, k):
    return sum(not s for s in abridge_summaries(binary, docs, [k] * len(docs), None))


# ------------------------------------------------------------------- output

PEERS = """\
Reported in the issue, **not re-run** here (context only).

cnndm-dev (pysbd split, rouge-score F1×100):

| system | R-1 | R-2 | R-L | words |
|---|---|---|---|---|
| Lead-3 | 28.31 | 10.52 | 18.83 | 74 |
| sumy Edmundson | 26.93 | 9.06 | 18.02 | 67 |
| sumy LexRank | 25.98 | 8.39 | 16.90 | 89 |
| sumy SumBasic | 25.51 | 6.64 | 16.46 | 51 |
| summa TextRank | 24.94 | 8.45 | 16.57 | 102 |
| sumy Luhn | 24.80 | 8.50 | 16.62 | 108 |
| `summary` crate | 24.64 | 7.62 | 16.70 | 76 |
| node-summary | 23.45 | 6.60 | 15.55 | 76 |
| sumy TextRank | 22.60 | 7.80 | 15.20 | 141 |

bbc.jsonl (k = reference sentences):

| system | R-1 | R-2 | R-L |
|---|---|---|---|
| Lead-k | 61.73 | 48.85 | 39.90 |
| `summary` crate | 65.45 | 54.61 | 42.81 |
| sumy LexRank | 65.50 | 53.64 | 41.70 |
| summa TextRank | 79.88 | 73.57 | 50.20 |

Expected Lead baselines (plain punctuation splitter, Unicode tokenizer), ROUGE-1:
19.98 (es), 28.16 (fr), 31.78 (pt), 37.40 (nb); Lead-1 on zh 27.77.
"""


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def f2(x):
    return f"{x:.2f}"


def report(tables, detect, empties, command, elapsed, commit):
    md = ["# abridge evaluation results", ""]
    md.append(f"- command: `{command}`")
    md.append(f"- date: {datetime.date.today().isoformat()}")
    md.append(f"- git commit: {commit} (when the run started)")
    md.append(
        f"- rouge-score {importlib.metadata.version('rouge-score')}, "
        f"pysbd {importlib.metadata.version('pysbd')}, Python {sys.version.split()[0]}"
    )
    md.append(f"- wall time of evaluate.py: {elapsed:.0f} s")
    md.append("")
    md.append("Scores are rouge-score F1 × 100 averaged over documents; R-Lsum joins sentences with")
    md.append('"\\n". `words` = mean summary length in whitespace words.')
    for name, note, rows in tables:
        unit = "chars" if name.startswith("lcsts") else "words"
        md += ["", f"## {name}", "", note, ""]
        md.append(md_table(["system", *HEADERS, unit], [[r.system, *map(f2, r.f1), f"{r.words:.1f}"] for r in rows]))
        if rows and rows[0].recall75 is not None:
            md += ["", f"### {name}: fixed length (first 75 words of each summary), recall × 100", ""]
            md.append(md_table(["system", "R-1 recall", "R-2 recall"], [[r.system, *map(f2, r.recall75)] for r in rows]))
    if detect:
        md += ["", "## Language detection (abridge run without `lang`)", ""]
        rows = [
            [n, g, json.dumps(e), f"{p:.1f}", ", ".join(f"{json.dumps(k)}: {v}" for k, v in counts)]
            for n, g, e, p, c in detect
            for counts in [sorted(c.items(), key=lambda kv: -kv[1])]
        ]
        md.append(md_table(["set", "gold", "expected report", "% correct", "reported (counts)"], rows))
        md += ["", "(mlsum-es includes a few English articles from El País's English edition labelled `es`.)"]
    if empties:
        md += ["", "## Non-empty check (lcsts-zh)", ""]
        md.append(md_table(["k", "documents with an empty abridge summary"], [[k, n] for k, n in empties]))
    md += ["", "## Peers (reported in the issue, not re-run)", "", PEERS]
    return "\n".join(md)


def git_commit():
    def git(*args):
        return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()

    try:
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!eval")
        return git("rev-parse", "--short", "HEAD") + (" (+ uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def print_tables(tables):
    for name, _, rows in tables:
        print(f"\n{name}")
        print(f"  {'system':<28}" + "".join(f"{h:>8}" for h in HEADERS) + f"{'len':>8}")
        for r in rows:
            print(f"  {r.system:<28}" + "".join(f"{x:8.2f}" for x in r.f1) + f"{r.words:8.1f}")
        if rows and rows[0].recall75 is not None:
            print("  first 75 words, recall:" + " " * 5 + f"{'R-1':>8}{'R-2':>8}")
            for r in rows:
                print(f"  {r.system:<28}" + "".join(f"{x:8.2f}" for x in r.recall75))


# --------------------------------------------------------------------- main


def parse_sets(value):
    sets = [s.strip() for s in value.split(",") if s.strip()]
    bad = [s for s in sets if s not in SET_NAMES]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown set(s) {bad}; choose from {SET_NAMES}")
    return sets


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/eval", help="folder with the *.jsonl sets")
    ap.add_argument("--bin", default="target/release/abridge", help="the abridge CLI")
    ap.add_argument("--sets", type=parse_sets, default=SET_NAMES, help="comma-separated: " + ",".join(SET_NAMES))
    ap.add_argument("--weights", help="passed to abridge --weights")
    ap.add_argument("--limit", type=int, help="first N documents of each set")
    ap.add_argument("--out", default="eval/RESULTS.md", help="markdown report ('' = none)")
    ap.add_argument(
        "--allow-dirty", action="store_true", help="write --out even with uncommitted changes outside eval/"
    )
    a = ap.parse_args()

    # The commit is read before the run (the binary was built from it), and a report is
    # written only from a committed tree, so the recorded commit is the binary's.
    commit = git_commit()
    if a.out and commit.endswith("(+ uncommitted changes)") and not a.allow_dirty:
        sys.exit(f"evaluate.py: uncommitted changes outside eval/ ({commit}); commit first, or --allow-dirty")

    start = time.time()
    tables, detect, empties = [], [], []
    with multiprocessing.Pool(2) as pool:
        for spec in SPECS:
            if spec.name not in a.sets:
                continue
            docs = load(a.data, spec, a.limit)
            t = time.time()
            tables += evaluate_set(pool, spec, docs, a.bin, a.weights)
            pct, counts = detection(a.bin, spec, docs)
            detect.append((spec.name, spec.lang, spec.expect, pct, counts))
            if spec.name == "lcsts-zh":
                empties += [(k, empty_count(a.bin, docs, k)) for k in spec.ks]
            print(f"[{spec.name}: {len(docs)} docs, {time.time() - t:.1f} s]", file=sys.stderr)
    elapsed = time.time() - start

    print_tables(tables)
    print("\nlanguage detection (without lang): " + ", ".join(f"{n} {p:.1f}%" for n, _, _, p, _ in detect))
    for k, n in empties:
        print(f"lcsts-zh k={k}: {n} empty abridge summaries")
    print(f"\n{elapsed:.1f} s")
    if a.out:
        command = "python " + " ".join(["eval/evaluate.py", *sys.argv[1:]])
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(report(tables, detect, empties, command, elapsed, commit))
        print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
