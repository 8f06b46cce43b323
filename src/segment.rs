//! Sentences: UAX #29 bounds, then a merge pass that undoes false breaks,
//! then offset-preserving trimming. Line and paragraph structure is kept.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::language::{abbreviation, stopword_mask, Abbreviation};
use crate::Language;

/// One sentence of the input, as a trimmed byte range plus its place in the
/// text's line structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub bytes: Range<usize>,
    /// First sentence of its line (or of the text).
    pub line_start: bool,
    /// Last sentence of its line (or of the text).
    pub line_end: bool,
    /// First sentence after a blank line (or of the text).
    pub para_start: bool,
}

/// How many line breaks the whitespace `gap` holds (CRLF counts once).
fn line_breaks(gap: &str) -> usize {
    let mut n = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => n += 1,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    n
}

fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    start..end.max(start)
}

/// The last whitespace-separated token of `s`, without opening brackets or quotes.
fn last_token(s: &str) -> &str {
    let token = s.rsplit(char::is_whitespace).next().unwrap_or("");
    token.trim_start_matches(|c: char| "([{\"'“‘«„".contains(c))
}

/// The first word of `s` (UAX #29), if `s` starts with one.
fn first_word(s: &str) -> Option<&str> {
    s.unicode_words().next()
}

/// A single capital letter and a period: an initial, as in "J. K. Rowling".
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Languages that write ordinal numbers with a period ("am 3. Oktober").
fn ordinal_dots(lang: Language) -> bool {
    matches!(
        lang,
        Language::German
            | Language::Danish
            | Language::Norwegian
            | Language::Finnish
            | Language::Hungarian
            | Language::Turkish
    )
}

/// Whether `next` starts like a new sentence in `lang`: with a function word
/// ("He", "The", "Die").
fn opens_sentence(next: &str, lang: Language) -> bool {
    match first_word(next) {
        Some(w) => {
            let lower: String = w.chars().flat_map(char::to_lowercase).collect();
            stopword_mask(&lower) & lang.bit() != 0
        }
        None => false,
    }
}

/// Closing quotes and brackets that can stray to the start of the next piece
/// when a space precedes them (French "demain. » Elle").
const CLOSING: &str = "»”\"’)]}›」』";

/// Length in bytes of a run of closing marks at the start of `s` that is
/// followed by whitespace or the end: they belong to the sentence before.
fn stray_closers(s: &str) -> usize {
    let run = s.len() - s.trim_start_matches(|c: char| CLOSING.contains(c)).len();
    if run > 0 && s[run..].chars().next().is_none_or(char::is_whitespace) {
        run
    } else {
        0
    }
}

/// Whether the break between `prev` and `next` (same line; `touching` when
/// no whitespace separates them) is a false one.
fn joins(prev: &str, next: &str, touching: bool, lang: Option<Language>) -> bool {
    // A piece with no letters or digits ("”", ")", "…") belongs to the sentence before.
    if !next.chars().any(char::is_alphanumeric) {
        return true;
    }
    let token = last_token(prev);
    if !token.ends_with('.') {
        return false;
    }
    // A list number glued to what follows, as in Chinese "云；4.为人们".
    if touching && token.len() >= 2 && token.as_bytes()[token.len() - 2].is_ascii_digit() {
        return true;
    }
    if is_initial(token) {
        return next.chars().next().is_some_and(char::is_uppercase);
    }
    let Some(lang) = lang else { return false };
    match abbreviation(lang, token) {
        Some(Abbreviation::Inner) => true,
        // "the U.S. Secretary of State" goes on; "in the U.S. He said" ends:
        // a new sentence usually opens with a function word.
        Some(Abbreviation::MayEnd) => !opens_sentence(next, lang),
        None => {
            // "am 3. Oktober", "im 19. Jh.": a short number with a period is an ordinal.
            let digits = &token[..token.len() - 1];
            ordinal_dots(lang)
                && (1..=3).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit())
                && !opens_sentence(next, lang)
        }
    }
}

/// Splits `text` into sentences.
pub(crate) fn split(text: &str, lang: Option<Language>) -> Vec<Span> {
    // Raw UAX #29 pieces, trimmed, with the number of line breaks before each.
    let mut pieces: Vec<(Range<usize>, usize)> = Vec::new();
    let mut breaks = 0usize;
    for (start, piece) in crate::bounds::sentence_bound_indices(text) {
        let mut range = trim_range(text, start..start + piece.len());
        if range.is_empty() {
            breaks += line_breaks(piece);
            continue;
        }
        let stray = stray_closers(&text[range.clone()]);
        if stray > 0 && breaks == 0 {
            if let Some((last, _)) = pieces.last_mut() {
                last.end = range.start + stray;
                range = trim_range(text, range.start + stray..range.end);
                if range.is_empty() {
                    breaks = line_breaks(&text[last.end..start + piece.len()]);
                    continue;
                }
            }
        }
        breaks += line_breaks(&text[start..range.start]);
        pieces.push((range.clone(), breaks));
        breaks = line_breaks(&text[range.end..start + piece.len()]);
    }

    let mut spans: Vec<Span> = Vec::with_capacity(pieces.len());
    for (i, (range, breaks_before)) in pieces.iter().enumerate() {
        let first = i == 0;
        if let Some(last) = spans.last_mut() {
            let touching = last.bytes.end == range.start;
            if *breaks_before == 0
                && joins(
                    &text[last.bytes.clone()],
                    &text[range.clone()],
                    touching,
                    lang,
                )
            {
                last.bytes.end = range.end;
                continue;
            }
            if *breaks_before > 0 {
                last.line_end = true;
            }
        }
        spans.push(Span {
            bytes: range.clone(),
            line_start: first || *breaks_before > 0,
            line_end: false,
            para_start: first || *breaks_before > 1,
        });
    }
    if let Some(last) = spans.last_mut() {
        last.line_end = true;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, lang: Option<Language>) -> Vec<&str> {
        split(text, lang)
            .into_iter()
            .map(|s| &text[s.bytes])
            .collect()
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("", None).is_empty());
        assert!(split(" \n\n\t ", None).is_empty());
    }

    #[test]
    fn initials_and_closing_punctuation() {
        let t = "J. K. Rowling wrote it. She said \"Stop.\" Then (she left.) Fine";
        assert_eq!(
            texts(t, Some(Language::English)),
            [
                "J. K. Rowling wrote it.",
                "She said \"Stop.\"",
                "Then (she left.)",
                "Fine"
            ]
        );
    }

    #[test]
    fn glued_list_numbers() {
        let t = "设计原则：1.解决重复性问题；2.从人开始。下一句。";
        assert_eq!(
            texts(t, None),
            ["设计原则：1.解决重复性问题；2.从人开始。", "下一句。"]
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let t = "Headline\n\nFirst one. Second one.\r\nThird one.";
        let spans = split(t, None);
        let flags: Vec<(bool, bool, bool)> = spans
            .iter()
            .map(|s| (s.line_start, s.line_end, s.para_start))
            .collect();
        assert_eq!(
            flags,
            [
                (true, true, true),
                (true, false, true),
                (false, true, false),
                (true, true, false)
            ]
        );
    }
}
