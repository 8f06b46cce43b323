//! Golden cases kept as data in `tests/data/`: summaries, sentence splitting
//! with abbreviations, and one text in each supported language.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use abridge::{Language, Length, Summarizer};
use common::{assert_invariants, assert_summary, cases, read, SummaryCase};
use serde::Deserialize;

#[test]
fn summaries() {
    let cases: Vec<SummaryCase> = cases("summaries.toml");
    assert!(!cases.is_empty());
    for case in &cases {
        assert_summary(case);
    }
}

#[derive(Debug, Deserialize)]
struct SplitCase {
    lang: String,
    text: String,
    sentences: Vec<String>,
}

#[test]
fn abbreviations() {
    let cases: Vec<SplitCase> = cases("abbreviations.toml");
    let mut failures = Vec::new();
    for case in &cases {
        let lang = Language::from_code(&case.lang).expect("a supported language");
        let got: Vec<&str> = abridge::split_sentences(&case.text, Some(lang))
            .into_iter()
            .map(|r| &case.text[r])
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "[{}] {:?}\n  expected {:?}\n  got      {:?}",
                case.lang, case.text, case.sentences, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_language_is_detected_and_summarised() {
    let summarizer = Summarizer::builder()
        .length(Length::Sentences(2))
        .build()
        .unwrap();
    for lang in Language::ALL {
        let text = read(format!("tests/data/languages/{}.txt", lang.code()));
        let summary = summarizer.summarize(&text);
        assert_eq!(summary.language, Some(lang), "{}", lang.name());
        assert_eq!(summary.sentences.len(), 2, "{}", lang.name());
        assert!(!summary.keywords.is_empty(), "{}", lang.name());
        assert_invariants(&text, &summary, None);
    }
}
