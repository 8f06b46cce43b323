//! Fast paths for UAX #29 sentence bounds and words that give exactly what
//! `unicode-segmentation` gives, which stays the reference and the fallback.
//!
//! **Sentences.** unicode-segmentation looks every character up in its
//! sentence-break table. A sentence can only end after a terminal (`.`, `!`,
//! `?`, `。`, … — the STerm and ATerm classes) or a paragraph separator
//! (CR, LF, NEL, U+2028, U+2029), so this scans for those ([`BREAKERS`]) and
//! runs unicode-segmentation itself only on a small window around each: from
//! the last letter before it to the first letter after it. A letter (classes
//! Upper, Lower, OLetter: ASCII letters and [`LETTERS`]) resets the library's
//! state machine: every rule that looks back stops at a letter, and the one
//! that looks ahead (SB8) stops at one. So the window breaks exactly where the
//! whole text does, and nothing outside the windows can break.
//!
//! **Words.** unicode-segmentation's general word iterator is greedy: each
//! segment depends only on the text from its start. ASCII segments whose next
//! character is ASCII too are found here by the same rules (WB3–WB13 for
//! ASCII); any segment that touches a non-ASCII character is asked of
//! unicode-segmentation.
//!
//! Both tables were generated from unicode-segmentation 1.13.3 by probing its
//! behaviour; the tests check every code point against the library, so an
//! update of its Unicode tables that changes a class fails them.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Every non-ASCII character of the STerm, ATerm or Sep classes (sorted).
/// The ASCII ones are `\n`, `\r`, `!`, `.` and `?`.
#[rustfmt::skip]
const BREAKERS: [u32; 170] = [
    0x85, 0x589, 0x61D, 0x61E, 0x61F, 0x6D4, 0x700, 0x701, 0x702, 0x7F9,
    0x837, 0x839, 0x83D, 0x83E, 0x964, 0x965, 0x104A, 0x104B, 0x1362, 0x1367,
    0x1368, 0x166E, 0x1735, 0x1736, 0x17D4, 0x17D5, 0x1803, 0x1809, 0x1944, 0x1945,
    0x1AA8, 0x1AA9, 0x1AAA, 0x1AAB, 0x1B4E, 0x1B4F, 0x1B5A, 0x1B5B, 0x1B5E, 0x1B5F,
    0x1B7D, 0x1B7E, 0x1B7F, 0x1C3B, 0x1C3C, 0x1C7E, 0x1C7F, 0x2024, 0x2028, 0x2029,
    0x203C, 0x203D, 0x2047, 0x2048, 0x2049, 0x2CF9, 0x2CFA, 0x2CFB, 0x2E2E, 0x2E3C,
    0x2E53, 0x2E54, 0x3002, 0xA4FF, 0xA60E, 0xA60F, 0xA6F3, 0xA6F7, 0xA876, 0xA877,
    0xA8CE, 0xA8CF, 0xA92F, 0xA9C8, 0xA9C9, 0xAA5D, 0xAA5E, 0xAA5F, 0xAAF0, 0xAAF1,
    0xABEB, 0xFE12, 0xFE15, 0xFE16, 0xFE52, 0xFE56, 0xFE57, 0xFF01, 0xFF0E, 0xFF1F,
    0xFF61, 0x10A56, 0x10A57, 0x10F55, 0x10F56, 0x10F57, 0x10F58, 0x10F59, 0x10F86, 0x10F87,
    0x10F88, 0x10F89, 0x11047, 0x11048, 0x110BE, 0x110BF, 0x110C0, 0x110C1, 0x11141, 0x11142,
    0x11143, 0x111C5, 0x111C6, 0x111CD, 0x111DE, 0x111DF, 0x11238, 0x11239, 0x1123B, 0x1123C,
    0x112A9, 0x113D4, 0x113D5, 0x1144B, 0x1144C, 0x115C2, 0x115C3, 0x115C9, 0x115CA, 0x115CB,
    0x115CC, 0x115CD, 0x115CE, 0x115CF, 0x115D0, 0x115D1, 0x115D2, 0x115D3, 0x115D4, 0x115D5,
    0x115D6, 0x115D7, 0x11641, 0x11642, 0x1173C, 0x1173D, 0x1173E, 0x11944, 0x11946, 0x11A42,
    0x11A43, 0x11A9B, 0x11A9C, 0x11C41, 0x11C42, 0x11EF7, 0x11EF8, 0x11F43, 0x11F44, 0x16A6E,
    0x16A6F, 0x16AF5, 0x16B37, 0x16B38, 0x16B44, 0x16D6E, 0x16D6F, 0x16E98, 0x1BC9F, 0x1DA88,
];
/// Ranges of non-ASCII characters of the Upper, Lower or OLetter classes
/// (sorted): the longer runs below U+1000 (Latin, Greek, Cyrillic, Arabic,
/// Tamil, …), Latin Extended Additional, Greek Extended, Kana, CJK, Hangul and
/// the presentation and full-width forms. A letter left out only makes a
/// window longer, never a bound different: text in a script left out (U+1000
/// and up: Myanmar, Georgian, Ethiopic, …) goes through unicode-segmentation
/// whole, as fast as that is. The 273 ranges of the other scripts were 1.2 KB
/// of every wasm module (brotli).
#[rustfmt::skip]
const LETTERS: [(u32, u32); 104] = [
    (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2C1), (0x2C6, 0x2D1), (0x2E0, 0x2E4),
    (0x370, 0x374), (0x37A, 0x37D), (0x38E, 0x3A1), (0x3A3, 0x3F5), (0x3F7, 0x481),
    (0x48A, 0x52F), (0x531, 0x556), (0x560, 0x588), (0x5D0, 0x5EA), (0x5EF, 0x5F3),
    (0x620, 0x64A), (0x671, 0x6D3), (0x712, 0x72F), (0x74D, 0x7A5), (0x7CA, 0x7EA),
    (0x800, 0x815), (0x840, 0x858), (0x860, 0x86A), (0x870, 0x887), (0x889, 0x88F),
    (0x8A0, 0x8C9), (0x904, 0x939), (0x958, 0x961), (0x971, 0x980), (0x985, 0x98C),
    (0x993, 0x9A8), (0x9AA, 0x9B0), (0x9B6, 0x9B9), (0xA05, 0xA0A), (0xA13, 0xA28),
    (0xA2A, 0xA30), (0xA59, 0xA5C), (0xA85, 0xA8D), (0xA93, 0xAA8), (0xAAA, 0xAB0),
    (0xAB5, 0xAB9), (0xB05, 0xB0C), (0xB13, 0xB28), (0xB2A, 0xB30), (0xB35, 0xB39),
    (0xB85, 0xB8A), (0xB92, 0xB95), (0xBAE, 0xBB9), (0xC05, 0xC0C), (0xC12, 0xC28),
    (0xC2A, 0xC39), (0xC85, 0xC8C), (0xC92, 0xCA8), (0xCAA, 0xCB3), (0xCB5, 0xCB9),
    (0xD04, 0xD0C), (0xD12, 0xD3A), (0xD7A, 0xD7F), (0xD85, 0xD96), (0xD9A, 0xDB1),
    (0xDB3, 0xDBB), (0xDC0, 0xDC6), (0xE01, 0xE30), (0xE40, 0xE46), (0xE86, 0xE8A),
    (0xE8C, 0xEA3), (0xEA7, 0xEB0), (0xEC0, 0xEC4), (0xEDC, 0xEDF), (0xF40, 0xF47),
    (0xF49, 0xF6C), (0xF88, 0xF8C), (0x1E00, 0x1F15), (0x1F18, 0x1F1D), (0x1F20, 0x1F45),
    (0x1F48, 0x1F4D), (0x1F50, 0x1F57), (0x1F5F, 0x1F7D), (0x1F80, 0x1FB4), (0x1FB6, 0x1FBC),
    (0x1FC6, 0x1FCC), (0x1FD0, 0x1FD3), (0x1FD6, 0x1FDB), (0x1FE0, 0x1FEC), (0x1FF6, 0x1FFC),
    (0x3041, 0x3096), (0x30A1, 0x30FA), (0x3400, 0x4DBF), (0x4E00, 0xA48C), (0xAC00, 0xD7A3),
    (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFB46, 0xFBB1), (0xFBD3, 0xFD3D), (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7), (0xFE76, 0xFEFC), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFF9D),
    (0x20000, 0x2A6DF), (0x2A700, 0x2B81D), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0),
];

fn in_ranges(u: u32, ranges: &[(u32, u32)]) -> bool {
    match ranges.binary_search_by(|&(lo, _)| lo.cmp(&u)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => u <= ranges[i - 1].1,
    }
}

/// A character after which unicode-segmentation may put a sentence bound.
fn is_breaker(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '.' | '!' | '?' | '\n' | '\r')
    } else {
        BREAKERS.binary_search(&(c as u32)).is_ok()
    }
}

/// A character of the Upper, Lower or OLetter sentence-break classes (not
/// every one: see [`LETTERS`]).
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(c as u32, &LETTERS)
    }
}

/// Lead bytes of the UTF-8 encodings of [`BREAKERS`] (and the ASCII breakers).
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
        self.pending.extend(
            text[from..to]
                .split_sentence_bound_indices()
                .skip(1)
                .map(|(offset, _)| from + offset),
        );
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
                let segment = text[start..].split_word_bounds().next().unwrap_or("");
                // For a non-ASCII string unicode-segmentation's words are
                // its segments that hold an alphanumeric character, by its
                // own tables.
                let alnum = segment.bytes().any(|b| b.is_ascii_alphanumeric())
                    || (!segment.is_ascii() && segment.unicode_words().next().is_some());
                (start + segment.len().max(1), alnum)
            });
            self.pos = end;
            if alnum {
                return Some((start, &text[start..end]));
            }
        }
        None
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        for &u in &BREAKERS {
            let c = char::from_u32(u).unwrap();
            let mut buf = [0u8; 4];
            assert!(
                may_break(c.encode_utf8(&mut buf).as_bytes()[0]),
                "U+{u:04X}"
            );
        }
        assert!(BREAKERS.windows(2).all(|w| w[0] < w[1]));
        assert!(LETTERS.windows(2).all(|w| w[0].1 < w[1].0));
    }

    /// Every character taken for a letter behaves as one in the contexts
    /// that tell the sentence-break classes apart, and the fast path agrees
    /// with the library around it.
    #[test]
    fn letters_behave_as_letters() {
        let contexts = ["x. {}", "x. {}a", "x.{}", "x. {}A", "x. 1{}A"];
        let signature = |c: char| -> Vec<Vec<usize>> {
            contexts
                .iter()
                .map(|t| {
                    t.replace("{}", &c.to_string())
                        .split_sentence_bounds()
                        .map(|p| p.chars().count())
                        .collect()
                })
                .collect()
        };
        let letters = [signature('a'), signature('A'), signature('\u{5D0}')];
        for c in (0x80..=0x10FFFFu32).filter_map(char::from_u32) {
            if is_letter(c) {
                assert!(letters.contains(&signature(c)), "U+{:04X}", c as u32);
                for t in ["{}. {}", "x.{}. A", "{}.\u{301}{}", "A.){} x"] {
                    let text = t.replace("{}", &c.to_string());
                    assert_eq!(
                        sentences_fast(&text),
                        sentences_reference(&text),
                        "{text:?}"
                    );
                }
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
