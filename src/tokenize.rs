//! Words → terms: UAX #29 words, lower-cased, stop words dropped, stemmed.
//! Han and Hiragana runs (no spaces, no stemmer) become character bigrams.
//!
//! What a written word becomes depends only on the word and the language, so
//! it is remembered across calls in a per-thread [`Lexicon`]: most words of
//! an article were seen in earlier ones and cost one hash lookup. Term ids
//! are still numbered per text, in order of first occurrence, as before.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use rust_stemmers::Stemmer;

use crate::hash::{short_key_in, Map, ShortKey};
use crate::language::stopword_mask;
use crate::Language;

/// A term occurrence: its id and where its word is in the text.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub term: u32,
    pub bytes: Range<usize>,
}
/// The lexicon's answer for a stop word, number or single letter.
const NOT_A_TERM: u32 = u32::MAX;
/// Past this many remembered words, a thread's lexicon starts over (before a
/// text, never during one).
const LEXICON_CAPACITY: usize = 1 << 17;
/// Slot of [`Lexicon::words`] for text without a language.
const NO_LANGUAGE: usize = Language::ALL.len();

/// Words as written → global term id (or [`NOT_A_TERM`]), for one language.
#[derive(Default)]
struct Words {
    short: Map<ShortKey, u32>,
    /// Keyed by `Rc<str>` as [`Lexicon::ids`] is, so the two share one copy
    /// of the map's code (352 B of each wasm module, brotli).
    long: Map<Rc<str>, u32>,
}

impl Words {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

/// Words and terms remembered across texts, per thread.
struct Lexicon {
    /// Per language (and one for none).
    words: Vec<Words>,
    /// Term → global id.
    ids: Map<Rc<str>, u32>,
    /// Global id → term, and the text that last used it with its id there.
    terms: Vec<(Rc<str>, u32, u32)>,
    /// Number of the current text (0: none yet).
    text: u32,
    /// The current text's short words → local id (or [`NOT_A_TERM`]): most
    /// words repeat within a text, and this small map stays in cache.
    seen: Map<ShortKey, u32>,
}

impl Lexicon {
    fn empty() -> Self {
        Lexicon {
            words: Vec::new(),
            ids: Map::default(),
            terms: Vec::new(),
            text: 0,
            seen: Map::default(),
        }
    }

    fn new() -> Self {
        Lexicon {
            words: (0..=NO_LANGUAGE).map(|_| Words::default()).collect(),
            ..Lexicon::empty()
        }
    }

    /// The global id of `term`.
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        let term: Rc<str> = term.into();
        self.ids.insert(term.clone(), id);
        self.terms.push((term, 0, 0));
        id
    }
}

thread_local! {
    /// Taken by a [`Tokenizer`] for the length of one text and given back.
    static LEXICON: Cell<Option<Box<Lexicon>>> = const { Cell::new(None) };
}

/// Interns terms and turns sentences into term ids.
pub(crate) struct Tokenizer {
    lang: Option<Language>,
    stemmer: Option<Stemmer>,
    slot: usize,
    lexicon: Box<Lexicon>,
    /// Local id → global id.
    local: Vec<u32>,
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

/// Very common Chinese function characters, dropped before bigramming. An
/// array, not a `&str`: `str::contains(char)` with a non-ASCII char links a
/// substring searcher (~1 KB brotli of every wasm module) for this one use.
const CJK_STOP: [char; 32] = [
    '的', '了', '是', '在', '和', '有', '我', '也', '就', '都', '而', '及', '与', '着', '或', '等',
    '被', '把', '让', '对', '这', '那', '之', '其', '于', '以', '为', '他', '她', '它', '们', '个',
];

impl Tokenizer {
    /// A tokenizer for one text of about `text_len` bytes.
    pub fn new(lang: Option<Language>, text_len: usize) -> Self {
        let mut lexicon = LEXICON
            .with(Cell::take)
            .unwrap_or_else(|| Box::new(Lexicon::new()));
        let remembered: usize = lexicon.words.iter().map(Words::len).sum();
        if remembered > LEXICON_CAPACITY || lexicon.text == u32::MAX {
            *lexicon = Lexicon::new();
        }
        lexicon.text += 1;
        lexicon.seen.clear();
        lexicon.seen.shrink_to(1 << 12);
        Tokenizer {
            lang,
            stemmer: lang.and_then(Language::stemmer),
            slot: lang.map_or(NO_LANGUAGE, |l| l as usize),
            lexicon,
            // News text has roughly one distinct term per 25 bytes.
            local: Vec::with_capacity((text_len / 25).min(1 << 14)),
            lower: String::new(),
            run: Vec::new(),
        }
    }

    /// Number of distinct terms seen so far.
    pub fn term_count(&self) -> usize {
        self.local.len()
    }

    /// The terms, indexed by term id (the lexicon goes back to the thread
    /// when they are dropped).
    pub fn into_stems(self) -> Stems {
        Stems(self)
    }

    fn intern(&mut self, term: &str) -> u32 {
        let global = self.lexicon.intern(term);
        local_id(
            &mut self.lexicon.terms,
            self.lexicon.text,
            &mut self.local,
            global,
        )
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
            if word.as_bytes()[0] >= 0xE3 {
                let mut chars = word.chars();
                let first = chars.next().unwrap_or(' ');
                if is_cjk(first) && chars.next().is_none() {
                    cjk += 1;
                    if self.run.last().is_some_and(|r| r.end != start) {
                        self.flush_run(text, out);
                    }
                    if !CJK_STOP.contains(&first) {
                        self.run.push(bytes);
                    } else {
                        self.flush_run(text, out);
                    }
                    continue;
                }
            }
            if !self.run.is_empty() {
                self.flush_run(text, out);
            }
            if let Some(term) = self.term(text, bytes.clone()) {
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
    fn term(&mut self, text: &str, bytes: Range<usize>) -> Option<u32> {
        let key = short_key_in(text.as_bytes(), bytes.clone());
        let word = &text[bytes];
        if let Some(key) = key {
            if let Some(&local) = self.lexicon.seen.get(&key) {
                return (local != NOT_A_TERM).then_some(local);
            }
        }
        let words = &self.lexicon.words[self.slot];
        let known = match key {
            Some(key) => words.short.get(&key),
            None => words.long.get(word),
        };
        let global = match known {
            Some(&global) => global,
            None => {
                let global = self.uncached_term(word);
                let words = &mut self.lexicon.words[self.slot];
                match key {
                    Some(key) => words.short.insert(key, global),
                    None => words.long.insert(word.into(), global),
                };
                global
            }
        };
        let local = if global == NOT_A_TERM {
            NOT_A_TERM
        } else {
            local_id(
                &mut self.lexicon.terms,
                self.lexicon.text,
                &mut self.local,
                global,
            )
        };
        if let Some(key) = key {
            self.lexicon.seen.insert(key, local);
        }
        (local != NOT_A_TERM).then_some(local)
    }

    /// The global term id of a word not in the lexicon.
    fn uncached_term(&mut self, word: &str) -> u32 {
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
                    crate::case::push_lower(c, &mut self.lower);
                }
            }
        }
        let lower = std::mem::take(&mut self.lower);
        let result = self.term_of_lower(&lower);
        self.lower = lower;
        result
    }

    fn term_of_lower(&mut self, lower: &str) -> u32 {
        if lower.chars().nth(1).is_none() || !lower.chars().any(char::is_alphabetic) {
            return NOT_A_TERM;
        }
        if let Some(lang) = self.lang {
            if stopword_mask(lower) & lang.bit() != 0 {
                return NOT_A_TERM;
            }
        }
        match &self.stemmer {
            Some(stemmer) => {
                // A word stemmed away entirely (Greek "ανε") stays itself.
                let stem = stemmer.stem(lower);
                let stem = if stem.is_empty() { lower } else { &stem };
                self.lexicon.intern(stem)
            }
            None => self.lexicon.intern(lower),
        }
    }
}

/// The terms of one text, indexed by term id: `stems[id]`.
pub(crate) struct Stems(Tokenizer);

impl std::ops::Index<usize> for Stems {
    type Output = str;

    fn index(&self, id: usize) -> &str {
        let global = self.0.local[id];
        &self.0.lexicon.terms[global as usize].0
    }
}

/// The local id in text number `text` of the term `global`, numbering new
/// ones in order of first use (`local`: local id → global id).
fn local_id(
    terms: &mut [(Rc<str>, u32, u32)],
    text: u32,
    local: &mut Vec<u32>,
    global: u32,
) -> u32 {
    let entry = &mut terms[global as usize];
    if entry.1 != text {
        entry.1 = text;
        entry.2 = local.len() as u32;
        local.push(global);
    }
    entry.2
}

impl Drop for Tokenizer {
    /// Gives the lexicon back to the thread.
    fn drop(&mut self) {
        let lexicon = std::mem::replace(&mut self.lexicon, Box::new(Lexicon::empty()));
        LEXICON.with(|cell| cell.set(Some(lexicon)));
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
            .map(|tok| stems[tok.term as usize].to_string())
            .collect()
    }

    #[cfg(feature = "lang-en")]
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
