//! One pass over the text: sentences, their words and terms, and the flags
//! that decide whether a line is a sentence at all.

use std::ops::Range;

use crate::segment::{self, final_mark, is_terminal, title_cased, Kind, Span};
use crate::tokenize::{Token, Tokenizer};
use crate::Language;

/// Everything the scorer and selector need about one sentence.
#[derive(Clone, Debug)]
pub(crate) struct SentenceInfo {
    pub span: Span,
    pub utf16: Range<usize>,
    pub words: usize,
    /// Words for the length prior: those of the sentence itself, not of its
    /// list marker ("1. "); a Han/Hiragana character, which UAX #29 counts
    /// as a word, counts as half of one (Chinese words average about two
    /// characters).
    pub length_words: f64,
    pub chars: usize,
    /// Distinct term ids, sorted.
    pub terms: Vec<u32>,
    /// A real sentence: not a headline, caption, byline or teaser line.
    pub eligible: bool,
    /// Looks like a headline (may still feed the title signal).
    pub heading: bool,
    pub question: bool,
    /// Share of its characters inside quotation marks.
    pub quoted: f64,
}

pub(crate) struct Analysis {
    pub sentences: Vec<SentenceInfo>,
    pub tokens: Vec<Token>,
    /// Occurrences of each term in the whole text.
    pub tf: Vec<u32>,
    pub stems: crate::tokenize::Stems,
    /// Distinct terms of the title (given, or the text's headline), sorted.
    pub title: Vec<u32>,
}

/// Share of characters between quotation marks (a mark toggles the state, so
/// English, German, French and CJK styles all work; apostrophes don't count).
fn quoted_share(s: &str) -> f64 {
    // Every quotation mark is '"' or not ASCII: plain ASCII without '"' has none.
    if !s.bytes().any(|b| b == b'"' || b >= 0x80) {
        return 0.0;
    }
    let (mut inside, mut quoted, mut total) = (false, 0usize, 0usize);
    for c in s.chars() {
        if matches!(
            c,
            '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』'
        ) {
            inside = !inside;
            quoted += 1;
        } else if inside {
            quoted += 1;
        }
        total += 1;
    }
    if total == 0 {
        0.0
    } else {
        quoted as f64 / total as f64
    }
}

pub(crate) fn analyze(text: &str, lang: Option<Language>, title: Option<&str>) -> Analysis {
    let spans = segment::split(text, lang);
    let mut tokenizer = Tokenizer::new(lang, text.len());
    let mut tokens = Vec::new();
    let mut sentences = Vec::with_capacity(spans.len());
    let (mut byte_pos, mut utf16_pos, mut char_pos) = (0usize, 0usize, 0usize);
    // Characters and UTF-16 units up to byte `to`, counted in one pass without
    // decoding: a character starts at every byte but continuation bytes, and
    // takes two units when 4 bytes long (lead byte >= 0xF0).
    let mut advance = |to: usize| {
        for &b in &text.as_bytes()[byte_pos..to] {
            let starts = usize::from(b & 0xC0 != 0x80);
            char_pos += starts;
            utf16_pos += starts + usize::from(b >= 0xF0);
        }
        byte_pos = to;
        (utf16_pos, char_pos)
    };
    for span in spans {
        let s = &text[span.bytes.clone()];
        let ((utf16_start, chars_start), (utf16_end, chars_end)) =
            (advance(span.bytes.start), advance(span.bytes.end));
        let utf16 = utf16_start..utf16_end;
        let first_token = tokens.len();
        // Code is no text: its words are not terms. A list marker ("1. ",
        // "a) ") gives no term; it still counts as a word, so that the word
        // counts (stats, budgets) stay the Unicode words of the text.
        let (words, marker_words, cjk) = if span.kind == Kind::Code {
            (0, 0, 0)
        } else {
            let from = span.bytes.start + span.marker;
            let (words, cjk) = tokenizer.sentence(text, from..span.bytes.end, &mut tokens);
            let marker = &text[span.bytes.start..from];
            let marker_words = if marker.is_empty() {
                0
            } else {
                crate::bounds::word_indices(marker).count()
            };
            (words + marker_words, marker_words, cjk)
        };
        let mut terms: Vec<u32> = tokens[first_token..].iter().map(|t| t.term).collect();
        terms.sort_unstable();
        terms.dedup();

        let mark = final_mark(s);
        let terminated = mark.is_some_and(is_terminal);
        let alone = span.line_start && span.line_end;
        // A line without final punctuation: headline, caption, byline, teaser.
        // (Title Case alone is no proof: "Minister of Foreign Affairs of
        // Ukraine Dmytro Kuleba met U.S. Secretary…" is a fine lead.)
        // A Markdown heading is a heading whatever its punctuation.
        let heading = span.kind == Kind::Heading || (alone && !terminated && words > 0);
        // Wholly in brackets without a final mark inside: a source credit or
        // an aside ("（钱江晚报）", "(Reuters)"), not a sentence.
        let aside = !terminated
            && s.starts_with(['(', '（', '['])
            && crate::segment::ends_with_any(s, &[')', '）', ']']);
        let length_words = (words - marker_words - cjk) as f64 + 0.5 * cjk as f64;
        // A short tail without a final mark after the last sentence of a
        // line: a credit or a tag ("…总比不治好。Via郑州晚报", "… @现代快报").
        let tail = span.line_end && !span.line_start && !terminated && length_words < 8.0;
        let eligible = span.kind == Kind::Prose
            && words >= 3
            && !aside
            && !tail
            && !(heading && (words < 12 || title_cased(s, lang)));
        sentences.push(SentenceInfo {
            utf16,
            words,
            length_words,
            chars: chars_end - chars_start,
            terms,
            eligible,
            heading,
            question: matches!(mark, Some('?' | '？' | '؟' | '\u{37E}'))
                || (mark == Some(';') && lang == Some(Language::Greek)),
            quoted: quoted_share(s),
            span,
        });
    }

    let mut title_terms = match title {
        Some(t) => {
            let mut scratch = Vec::new();
            tokenizer.sentence(t, 0..t.len(), &mut scratch);
            scratch.into_iter().map(|t| t.term).collect::<Vec<u32>>()
        }
        // The text's own headline: a heading-like first line.
        None => match sentences.first() {
            Some(first) if first.heading && first.words >= 3 => first.terms.clone(),
            _ => Vec::new(),
        },
    };
    title_terms.sort_unstable();
    title_terms.dedup();

    let mut tf = vec![0u32; tokenizer.term_count()];
    for t in &tokens {
        tf[t.term as usize] += 1;
    }
    Analysis {
        sentences,
        tokens,
        tf,
        stems: tokenizer.into_stems(),
        title: title_terms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_byline_and_teasers_are_not_sentences() {
        let text = "Kuleba Meets Blinken in Brussels\n\nRussia map\n\n\
            The ministers met in Brussels on Tuesday to discuss the border.\n\n\
            Natalia Tolub\n\nFollow us on Twitter\n\
            Large International Companies At Risk of Losing Their Investments, Property in Russia";
        let a = analyze(text, Some(Language::English), None);
        let flags: Vec<bool> = a.sentences.iter().map(|s| s.eligible).collect();
        assert_eq!(flags, [false, false, true, false, false, false]);
        assert!(!a.title.is_empty(), "the headline feeds the title signal");
    }

    #[test]
    fn quotes_and_questions() {
        let text = "“This is all a quotation,” he said. Is it a question? It is not.";
        let a = analyze(text, Some(Language::English), None);
        assert!(a.sentences[0].quoted > 0.5);
        assert!(a.sentences[1].question);
        assert!(!a.sentences[2].question);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "🚀 Rockets fly high. Ünïcödé is fine.";
        let a = analyze(text, None, None);
        let ranges: Vec<_> = a.sentences.iter().map(|s| s.utf16.clone()).collect();
        assert_eq!(ranges, [0..20, 21..37]);
    }
}
