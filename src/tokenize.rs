//! Words → terms: UAX #29 words, lower-cased, stop words dropped, stemmed.
//! Han and Hiragana runs (no spaces, no stemmer) become character bigrams.

use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use rust_stemmers::Stemmer;

use crate::hash::Map;
use crate::language::stopword_mask;
use crate::Language;

/// A term occurrence: its id and where its word is in the text.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub term: u32,
    pub bytes: Range<usize>,
}

/// Interns terms and turns sentences into term ids.
pub(crate) struct Tokenizer {
    lang: Option<Language>,
    stemmer: Option<Stemmer>,
    ids: Map<String, u32>,
    /// Word as written → its term (`None`: stop word, number, single letter).
    /// Most words repeat, so most never get lower-cased or stemmed twice.
    cache: Map<String, Option<u32>>,
    lower: String,
    /// Pending run of CJK characters: (byte range of each char).
    run: Vec<Range<usize>>,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x309F        // Hiragana
        | 0x3400..=0x4DBF      // CJK Extension A
        | 0x4E00..=0x9FFF      // CJK Unified Ideographs
        | 0xF900..=0xFAFF      // CJK Compatibility Ideographs
        | 0x20000..=0x3134F) // CJK Extensions B–G
}

/// Most stems memoised per language; past this many, a language's memo starts over.
const MEMO_CAPACITY: usize = 1 << 16;

/// Lower-cased word → stem, one map per language.
type StemMemo = Mutex<Map<Box<str>, Box<str>>>;

/// Stems `lower`, remembering the answer across calls: news vocabulary
/// repeats from one article to the next, and Snowball stemming was a fifth of
/// the work. A pure function memoised, so results never depend on history.
/// A word stemmed away entirely (Greek "ανε") stays itself.
fn memo_stem(lang: Language, stemmer: &Stemmer, lower: &str) -> Box<str> {
    static MEMOS: OnceLock<[StemMemo; 18]> = OnceLock::new();
    let memos = MEMOS.get_or_init(|| std::array::from_fn(|_| Mutex::new(Map::default())));
    // A poisoned lock only means another thread panicked mid-insert; the
    // map is still a valid cache.
    let mut memo = memos[lang as usize]
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(stem) = memo.get(lower) {
        return stem.clone();
    }
    let stem = stemmer.stem(lower);
    let stem: Box<str> = if stem.is_empty() {
        lower.into()
    } else {
        stem.as_ref().into()
    };
    if memo.len() >= MEMO_CAPACITY {
        memo.clear();
    }
    memo.insert(lower.into(), stem.clone());
    stem
}

/// Very common Chinese function characters, dropped before bigramming.
const CJK_STOP: &str = "的了是在和有我也就都而及与着或等被把让对这那之其于以为他她它们个";

impl Tokenizer {
    /// A tokenizer for a text of about `text_len` bytes (sizes its maps up
    /// front: news text has roughly one distinct word per 12 bytes).
    pub fn new(lang: Option<Language>, text_len: usize) -> Self {
        let distinct = (text_len / 12).min(1 << 15);
        Tokenizer {
            lang,
            stemmer: lang.and_then(Language::stemmer),
            ids: Map::with_capacity_and_hasher(distinct, Default::default()),
            cache: Map::with_capacity_and_hasher(distinct, Default::default()),
            lower: String::new(),
            run: Vec::new(),
        }
    }

    /// Number of distinct terms seen so far.
    pub fn term_count(&self) -> usize {
        self.ids.len()
    }

    /// The stems, indexed by term id.
    pub fn into_stems(self) -> Vec<String> {
        let mut stems = vec![String::new(); self.ids.len()];
        for (stem, id) in self.ids {
            stems[id as usize] = stem;
        }
        stems
    }

    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_owned(), id);
        id
    }

    /// Appends the terms of `text[range]` to `out` and returns its word count
    /// and how many of those words are single Han/Hiragana characters.
    pub fn sentence(
        &mut self,
        text: &str,
        range: Range<usize>,
        out: &mut Vec<Token>,
    ) -> (usize, usize) {
        let (mut words, mut cjk) = (0, 0);
        let base = range.start;
        for (offset, word) in crate::bounds::word_indices(&text[range]) {
            words += 1;
            let start = base + offset;
            let bytes = start..start + word.len();
            let mut chars = word.chars();
            let first = chars.next().unwrap_or(' ');
            if is_cjk(first) && chars.next().is_none() {
                cjk += 1;
                if self.run.last().is_some_and(|r| r.end != start) {
                    self.flush_run(text, out);
                }
                if !CJK_STOP.contains(first) {
                    self.run.push(bytes);
                } else {
                    self.flush_run(text, out);
                }
                continue;
            }
            self.flush_run(text, out);
            if let Some(term) = self.term(word) {
                out.push(Token { term, bytes });
            }
        }
        self.flush_run(text, out);
        (words, cjk)
    }

    fn flush_run(&mut self, text: &str, out: &mut Vec<Token>) {
        let run = std::mem::take(&mut self.run);
        match run.len() {
            0 => {}
            1 => {
                let term = self.intern(&text[run[0].clone()]);
                out.push(Token {
                    term,
                    bytes: run[0].clone(),
                });
            }
            _ => {
                for pair in run.windows(2) {
                    let bytes = pair[0].start..pair[1].end;
                    let term = self.intern(&text[bytes.clone()]);
                    out.push(Token { term, bytes });
                }
            }
        }
        self.run = run;
        self.run.clear();
    }

    /// The term id of one word, or `None` for stop words, numbers and
    /// single letters.
    fn term(&mut self, word: &str) -> Option<u32> {
        if let Some(&term) = self.cache.get(word) {
            return term;
        }
        let term = self.uncached_term(word);
        self.cache.insert(word.to_owned(), term);
        term
    }

    fn uncached_term(&mut self, word: &str) -> Option<u32> {
        self.lower.clear();
        if word.is_ascii() {
            self.lower.push_str(word);
            self.lower.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                // Typographic apostrophes behave like ASCII ones for the stemmers.
                if c == '\u{2019}' {
                    self.lower.push('\'');
                } else {
                    self.lower.extend(c.to_lowercase());
                }
            }
        }
        let lower = std::mem::take(&mut self.lower);
        let result = self.term_of_lower(&lower);
        self.lower = lower;
        result
    }

    fn term_of_lower(&mut self, lower: &str) -> Option<u32> {
        if lower.chars().nth(1).is_none() || !lower.chars().any(char::is_alphabetic) {
            return None;
        }
        if let Some(lang) = self.lang {
            if stopword_mask(lower) & lang.bit() != 0 {
                return None;
            }
        }
        match (&self.stemmer, self.lang) {
            (Some(stemmer), Some(lang)) => {
                let stem = memo_stem(lang, stemmer, lower);
                Some(self.intern(&stem))
            }
            _ => Some(self.intern(lower)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str, lang: Option<Language>) -> Vec<String> {
        let mut t = Tokenizer::new(lang, text.len());
        let mut out = Vec::new();
        t.sentence(text, 0..text.len(), &mut out);
        let stems = t.into_stems();
        out.iter()
            .map(|tok| stems[tok.term as usize].clone())
            .collect()
    }

    #[test]
    fn english_stop_words_and_stems() {
        assert_eq!(
            stems(
                "The runners were running in 2024 to Kuleba’s office",
                Some(Language::English)
            ),
            ["runner", "run", "kuleba", "offic"]
        );
    }

    #[test]
    fn a_word_stemmed_to_nothing_keeps_its_form() {
        assert_eq!(stems("ανε ανε", Some(Language::Greek)), ["ανε", "ανε"]);
    }

    #[test]
    fn chinese_bigrams() {
        assert_eq!(
            stems("今天天气很好", None),
            ["今天", "天天", "天气", "气很", "很好"]
        );
        assert_eq!(stems("我的书", None), ["书"]);
    }
}
