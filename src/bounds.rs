//! Fast paths for UAX #29 sentence bounds and words that give exactly what
//! `unicode-segmentation` gives (the tests compare them with it); the full
//! rules are [`crate::uax29`]'s.
//!
//! **Sentences.** Looking every character up in the sentence-break table is
//! slow. A sentence can only end after a terminal (`.`, `!`, `?`, `。`, … —
//! the STerm and ATerm classes) or a paragraph separator (CR, LF, NEL,
//! U+2028, U+2029), so this scans for those, eight ASCII bytes at a time, and
//! runs the sentence rules only on a small window around each: from the last
//! letter before it to the first letter after it. A letter (classes Upper,
//! Lower, OLetter) resets the rules' state: every rule that looks back stops
//! at a letter, and the one that looks ahead (SB8) stops at one. So the
//! window breaks exactly where the whole text does, and nothing outside the
//! windows can break.
//!
//! **Words.** The word rules are greedy: each segment depends only on the
//! text from its start. ASCII segments whose next character is ASCII too are
//! found here by the same rules (WB3–WB13 for ASCII); any segment that
//! touches a non-ASCII character goes through [`crate::uax29`]'s rules.

use std::ops::Range;

use crate::uax29::{sentence_breaks, sentence_class, terminal_or_separator, word_end, Sb};

/// A character after which a sentence may end: the STerm, ATerm and
/// paragraph separator (Sep, CR, LF) classes.
fn is_breaker(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '.' | '!' | '?' | '\n' | '\r')
    } else {
        terminal_or_separator(c)
    }
}

/// A character of the Upper, Lower or OLetter sentence-break classes.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        matches!(sentence_class(c), Sb::Upper | Sb::Lower | Sb::OLetter)
    }
}

/// Lead bytes of the UTF-8 encodings of the breakers.
fn may_break(b: u8) -> bool {
    matches!(
        b,
        b'.' | b'!' | b'?' | b'\n' | b'\r' | 0xC2 | 0xD6 | 0xD8 | 0xDB | 0xDC | 0xDF | 0xE0
            ..=0xEF | 0xF0
    )
}

/// Whether any of the 8 bytes of `chunk` is non-ASCII or an ASCII breaker.
fn chunk_may_break(chunk: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |b: u8| {
        let x = chunk ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    };
    chunk & HIGH != 0 || has(b'.') || has(b'!') || has(b'?') || has(b'\n') || has(b'\r')
}

/// The first breaker at or after `from`: its byte range.
fn next_breaker(text: &str, from: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // Eight plain ASCII bytes at a time.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if !chunk_may_break(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        if !may_break(b) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        if is_breaker(c) {
            return Some(i..i + c.len_utf8());
        }
        i += c.len_utf8();
    }
    None
}

/// Where the last letter in `text[from..to]` starts.
fn last_letter(text: &str, from: usize, to: usize) -> Option<usize> {
    text[from..to]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_letter(c))
        .map(|(i, _)| from + i)
}

/// The byte range of the first letter at or after `from`.
fn next_letter(text: &str, from: usize) -> Option<Range<usize>> {
    text[from..]
        .char_indices()
        .find(|&(_, c)| is_letter(c))
        .map(|(i, c)| from + i..from + i + c.len_utf8())
}

/// The pieces of `text` between UAX #29 sentence bounds, with their byte
/// offsets: exactly `text.split_sentence_bound_indices()`.
pub(crate) fn sentence_bound_indices(text: &str) -> SentenceBoundIndices<'_> {
    SentenceBoundIndices {
        text,
        start: 0,
        resume: 0,
        pending: Vec::new(),
        next_pending: 0,
    }
}

/// Iterator of [`sentence_bound_indices`].
#[derive(Debug)]
pub(crate) struct SentenceBoundIndices<'a> {
    text: &'a str,
    /// Start of the next piece.
    start: usize,
    /// Where the next window may start: 0 or the start of a letter, with
    /// every bound before it found.
    resume: usize,
    /// Bounds found in the last window, not yet returned.
    pending: Vec<usize>,
    next_pending: usize,
}

impl SentenceBoundIndices<'_> {
    /// Finds the bounds of the next window; false when there are none left.
    fn window(&mut self) -> bool {
        let text = self.text;
        let Some(breaker) = next_breaker(text, self.resume) else {
            self.resume = text.len();
            return false;
        };
        let from = last_letter(text, self.resume, breaker.start).unwrap_or(self.resume);
        let (to, resume) = match next_letter(text, breaker.end) {
            Some(letter) => (letter.end, letter.start),
            None => (text.len(), text.len()),
        };
        self.pending.clear();
        self.next_pending = 0;
        sentence_breaks(&text[from..to], from, &mut self.pending);
        self.resume = resume;
        true
    }
}

impl<'a> Iterator for SentenceBoundIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let len = self.text.len();
        loop {
            if let Some(&bound) = self.pending.get(self.next_pending) {
                self.next_pending += 1;
                let start = std::mem::replace(&mut self.start, bound);
                return Some((start, &self.text[start..bound]));
            }
            if self.resume >= len || !self.window() {
                if self.start < len {
                    let start = std::mem::replace(&mut self.start, len);
                    return Some((start, &self.text[start..]));
                }
                return None;
            }
        }
    }
}

/// The words of `text` with their byte offsets: exactly
/// `text.unicode_word_indices()`.
pub(crate) fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, pos: 0 }
}

/// Iterator of [`word_indices`].
#[derive(Debug)]
pub(crate) struct WordIndices<'a> {
    text: &'a str,
    pos: usize,
}

/// How an ASCII byte continues a word (UAX #29 word-break classes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Run {
    Letter,
    Numeric,
    ExtendNumLet,
}

fn run_class(b: u8) -> Option<Run> {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Some(Run::Letter),
        b'0'..=b'9' => Some(Run::Numeric),
        b'_' => Some(Run::ExtendNumLet),
        _ => None,
    }
}

/// The end of the word-bound segment of `bytes` starting at `pos` (an ASCII
/// byte) and whether it holds a letter or digit, when ASCII alone decides
/// it; `None` when a non-ASCII character could change it.
fn ascii_segment(bytes: &[u8], pos: usize) -> Option<(usize, bool)> {
    let len = bytes.len();
    let next = |i: usize| bytes.get(i).copied();
    let b = bytes[pos];
    match b {
        // WB3d: spaces stay together; Extend after them (WB4) is not ASCII.
        b' ' => {
            let mut i = pos + 1;
            while next(i) == Some(b' ') {
                i += 1;
            }
            match next(i) {
                Some(n) if n >= 0x80 => None,
                _ => Some((i, false)),
            }
        }
        // WB3, WB3a: CR LF, and never anything after a line break.
        b'\r' => Some((pos + 1 + usize::from(next(pos + 1) == Some(b'\n')), false)),
        b'\n' | 0x0B | 0x0C => Some((pos + 1, false)),
        _ => {
            let Some(mut state) = run_class(b) else {
                // WB999, unless Extend or Format follows (WB4): not ASCII.
                return match next(pos + 1) {
                    Some(n) if n >= 0x80 => None,
                    _ => Some((pos + 1, false)),
                };
            };
            let mut alnum = state != Run::ExtendNumLet;
            let mut i = pos + 1;
            while i < len {
                let c = bytes[i];
                if c >= 0x80 {
                    return None;
                }
                if let Some(class) = run_class(c) {
                    // WB5, WB8, WB9, WB10, WB13a, WB13b.
                    alnum |= class != Run::ExtendNumLet;
                    state = class;
                    i += 1;
                    continue;
                }
                // WB6/WB7 (letters around : . ') and WB11/WB12 (digits around , ; . ').
                let mid = match state {
                    Run::Letter => matches!(c, b':' | b'.' | b'\''),
                    Run::Numeric => matches!(c, b',' | b';' | b'.' | b'\''),
                    Run::ExtendNumLet => false,
                };
                if !mid {
                    return Some((i, alnum));
                }
                match next(i + 1) {
                    Some(n) if n >= 0x80 => return None,
                    Some(n) if run_class(n) == Some(state) => i += 2,
                    _ => return Some((i, alnum)),
                }
            }
            Some((len, alnum))
        }
    }
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let text = self.text;
        let bytes = text.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            let fast = if bytes[start] < 0x80 {
                ascii_segment(bytes, start)
            } else {
                None
            };
            let (end, alnum) = fast.unwrap_or_else(|| {
                let end = start + word_end(&text[start..]);
                // Words are the segments that hold an alphanumeric character.
                (end, text[start..end].chars().any(char::is_alphanumeric))
            });
            self.pos = end;
            if alnum {
                return Some((start, &text[start..end]));
            }
        }
        None
    }
}

// proptest and unicode-segmentation are native-only dev-dependencies.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn sentences_fast(text: &str) -> Vec<(usize, &str)> {
        sentence_bound_indices(text).collect()
    }

    fn sentences_reference(text: &str) -> Vec<(usize, &str)> {
        text.split_sentence_bound_indices().collect()
    }

    fn words_fast(text: &str) -> Vec<(usize, &str)> {
        word_indices(text).collect()
    }

    fn words_reference(text: &str) -> Vec<(usize, &str)> {
        text.unicode_word_indices().collect()
    }

    fn same(text: &str) {
        assert_eq!(
            sentences_fast(text),
            sentences_reference(text),
            "sentences of {text:?}"
        );
        assert_eq!(words_fast(text), words_reference(text), "words of {text:?}");
    }

    #[test]
    fn examples() {
        for text in [
            "",
            " ",
            "a",
            ".",
            "Mr. Fox jumped. [...] The dog was too lazy.",
            "He said “Stop.” Then (she left.) Fine",
            "U.S. officials met. e.g. this. 3.5 million. 1,000,000 people!",
            "First one.\r\nSecond one.\n\nThird?! Yes…  ok. ok",
            "今天天气很好。我们去公园。",
            "Привет. Как дела? Хорошо.",
            "a.\u{301}B c.\u{200B} D e. \u{301}f",
            "Kuleba’s office. “Quoted.” Don't stop 'em. x_y 3'4 a:b 1;2",
            "\u{85}\u{2028}\u{2029}\r\r\n\n",
            "👩‍👩‍👧 🇫🇷🇩🇪. Hi.",
            "שלום. \"ש\"ע\" 'א'",
        ] {
            same(text);
        }
    }

    /// Every character unicode-segmentation may end a sentence after is a
    /// breaker, and every breaker is one.
    #[test]
    fn breakers_are_exactly_the_terminals_and_separators() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let probe = format!("x{c} Y");
            let splits = probe.split_sentence_bounds().count() > 1;
            assert_eq!(is_breaker(c), splits, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn chunks_with_a_breaker_are_found() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = *b"abcdefgh";
                chunk[at] = b;
                let flagged = chunk_may_break(u64::from_le_bytes(chunk));
                assert_eq!(
                    flagged,
                    b >= 0x80 || b".!?\n\r".contains(&b),
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn lead_bytes_cover_every_breaker() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_breaker(c) {
                let mut buf = [0u8; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_break(lead), "U+{:04X}", c as u32);
            }
        }
    }

    /// Text that mixes prose, terminals, closers, spaces, marks and every
    /// other kind of character.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::sample::select(vec![
                "The", "minister", "U.S.", "Dr.", "e.g.", "3.5", "1,000", "J.", "a", "Z", "x_y",
                "don't", "Kuleba’s", "“", "”", "\"", "'", "(", ")", "[", "]", "»", "«", "—", "-",
                ",", ";", ":", ".", "..", "...", "…", "?", "!", "?!", "。", "！", "？", "؟", "۔",
                "।", "\u{85}", "\u{2028}", "\u{2029}", "\r", "\n", "\r\n", "\t", " ", "  ",
                "\u{a0}", "\u{3000}", "\u{301}", "\u{200d}", "\u{200b}", "\u{ad}", "\u{feff}",
                "é", "É", "ß", "Привет", "т.е.", "Ελλάδα", "مرحبا", "שלום", "ש\"ע", "今天", "カタカナ",
                "ひらがな", "한국", "ก", "தமிழ்", "हिन्दी", "🙂", "👩‍👩‍👧", "🇫🇷", "🇫", "1", "٣",
                "\u{0}", "\u{1}", "\u{b}", "\u{c}", "$", "%", "&", "@", "#", "_",
            ]).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => any::<String>(),
            1 => "[a-zA-Z0-9 .,;:'!?\"()_\n\r-]{1,12}",
        ];
        prop::collection::vec(
            (piece, prop::sample::select(vec!["", "", " ", "\u{301}"])),
            0..60,
        )
        .prop_map(|parts| parts.into_iter().map(|(p, sep)| p + sep).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

        #[test]
        fn same_sentences_and_words_as_unicode_segmentation(text in text()) {
            prop_assert_eq!(sentences_fast(&text), sentences_reference(&text));
            prop_assert_eq!(words_fast(&text), words_reference(&text));
        }

        #[test]
        fn same_on_any_string(text in any::<String>()) {
            prop_assert_eq!(sentences_fast(&text), sentences_reference(&text));
            prop_assert_eq!(words_fast(&text), words_reference(&text));
        }

        #[test]
        fn same_on_ascii(text in "[ -~\t\n\r\u{b}\u{c}]{0,80}") {
            prop_assert_eq!(sentences_fast(&text), sentences_reference(&text));
            prop_assert_eq!(words_fast(&text), words_reference(&text));
        }
    }
}
