"""sumy (LexRank or TextRank) as a JSONL batch tool, for benches/compare.py.

    python sumy_runner.py lexrank|textrank [N] < articles.jsonl > summaries.jsonl

JSON lines {"article", "id"?} in, one {"id", "summary": [...]} per line out.
sumy's own Tokenizer needs NLTK's punkt model, which cannot be downloaded
here: this tokenizer splits sentences with pysbd and words with a regex.
"""

import json
import re
import sys

import pysbd
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words


class Tokenizer:
    """What sumy asks of a tokenizer: language, to_sentences, to_words."""

    WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)

    def __init__(self, language="english"):
        self.language = language
        self._segmenter = pysbd.Segmenter(language="en", clean=False)

    def to_sentences(self, paragraph):
        return tuple(s.strip() for s in self._segmenter.segment(paragraph) if s.strip())

    def to_words(self, sentence):
        return tuple(self.WORD.findall(sentence))


def main():
    algorithm = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[algorithm](
        Stemmer("english")
    )
    summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer()
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        parser = PlaintextParser.from_string(doc["article"], tokenizer)
        sentences = [str(s) for s in summarizer(parser.document, n)]
        out.write(json.dumps({"id": doc.get("id"), "summary": sentences}) + "\n")


if __name__ == "__main__":
    main()
