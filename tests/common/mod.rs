//! The one loader and the one assertion helper for the golden data in
//! `tests/data/`.
#![allow(dead_code)] // each test binary uses part of this module

use std::path::{Path, PathBuf};

use abridge::{Language, Length, Summarizer, Summary};
use serde::Deserialize;

/// The repository root (the crate's manifest directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads a file relative to the repository root.
pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses a TOML file of `[[case]]` tables under `tests/data/`.
pub fn cases<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<T> {
    #[derive(Deserialize)]
    struct File<T> {
        case: Vec<T>,
    }
    let text = read(Path::new("tests/data").join(file));
    let parsed: File<T> = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    parsed.case
}

/// A golden summary case (`tests/data/summaries.toml`).
#[derive(Debug, Deserialize)]
pub struct SummaryCase {
    pub name: String,
    pub text: Option<String>,
    pub file: Option<String>,
    pub sentences: usize,
    pub language: Option<String>,
    #[serde(default)]
    pub skip_questions: bool,
    #[serde(default)]
    pub skip_quotes: bool,
    pub count: Option<usize>,
    /// No chosen sentence may contain any of these.
    #[serde(default)]
    pub never: Vec<String>,
    /// Wherever the text has one of these, no sentence boundary falls inside it.
    #[serde(default)]
    pub whole: Vec<String>,
    /// At most one of these sentences may be chosen.
    #[serde(default)]
    pub at_most_one_of: Vec<String>,
}

impl SummaryCase {
    pub fn input(&self) -> String {
        match (&self.text, &self.file) {
            (Some(t), None) => t.clone(),
            (None, Some(f)) => read(f),
            _ => panic!("{}: give exactly one of `text` and `file`", self.name),
        }
    }

    pub fn summarizer(&self) -> Summarizer {
        Summarizer::builder()
            .length(Length::Sentences(self.sentences))
            .skip_questions(self.skip_questions)
            .skip_quotes(self.skip_quotes)
            .build()
            .unwrap()
    }
}

/// Checks the invariants every summary of `text` must keep, whatever the
/// options: chosen sentences are sentences of the input, in document order,
/// their byte and UTF-16 ranges slice exactly their text, and the counts add up.
pub fn assert_invariants(text: &str, summary: &Summary<'_>, language: Option<Language>) {
    let sentences = abridge::split_sentences(text, language.or(summary.language));
    assert_eq!(summary.stats.sentences_in, sentences.len());
    assert_eq!(summary.stats.sentences_out, summary.sentences.len());
    let mut last = None;
    for s in &summary.sentences {
        assert_eq!(
            sentences.get(s.index),
            Some(&s.bytes),
            "not an input sentence: {s:?}"
        );
        assert_eq!(&text[s.bytes.clone()], s.text);
        let utf16_start = text[..s.bytes.start].encode_utf16().count();
        let utf16_len = s.text.encode_utf16().count();
        assert_eq!(s.utf16, utf16_start..utf16_start + utf16_len);
        assert!(last < Some(s.index), "not in document order");
        last = Some(s.index);
        assert!(s.score.is_finite());
    }
    assert!(summary.stats.words_out <= summary.stats.words_in);
}

/// Checks one golden case; the message names the case.
pub fn assert_summary(case: &SummaryCase) {
    let text = case.input();
    let summary = case.summarizer().summarize(&text);
    assert_invariants(&text, &summary, None);
    let name = &case.name;
    if let Some(code) = &case.language {
        let got = summary.language.map(|l| l.code());
        assert_eq!(got, Some(code.as_str()), "{name}: language");
    }
    if let Some(n) = case.count {
        assert_eq!(
            summary.sentences.len(),
            n,
            "{name}: {:#?}",
            summary.sentences
        );
    }
    for s in &summary.sentences {
        for bad in &case.never {
            assert!(!s.text.contains(bad.as_str()), "{name}: chose {:?}", s.text);
        }
    }
    let ranges = abridge::split_sentences(&text, summary.language);
    for phrase in &case.whole {
        let occurrences: Vec<usize> = text
            .match_indices(phrase.as_str())
            .map(|(i, _)| i)
            .collect();
        assert!(
            !occurrences.is_empty(),
            "{name}: {phrase:?} is not in the text"
        );
        for i in occurrences {
            let inside = i + 1..i + phrase.len();
            for r in &ranges {
                assert!(
                    !inside.contains(&r.start) && !inside.contains(&r.end),
                    "{name}: a sentence boundary cuts {phrase:?}: {:?}",
                    &text[r.clone()]
                );
            }
        }
    }
    let chosen = summary
        .sentences
        .iter()
        .filter(|s| case.at_most_one_of.iter().any(|t| t == s.text))
        .count();
    assert!(
        chosen <= 1,
        "{name}: chose {chosen} of {:?}",
        case.at_most_one_of
    );
}
