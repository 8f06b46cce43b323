//! Golden cases kept as data in `tests/data/`: summaries, sentence splitting
//! with abbreviations, and one text in each supported language.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use abridge::{Language, Length, Summarizer};
use common::{assert_invariants, assert_summary, cases, read, SummaryCase};
use serde::Deserialize;

#[test]
fn summaries() {
    // Markdown and hard-wrapped texts are in boundaries/summaries.toml.
    for file in ["summaries.toml", "boundaries/summaries.toml"] {
        let cases: Vec<SummaryCase> = cases(file);
        assert!(!cases.is_empty(), "{file}");
        for case in &cases {
            assert_summary(case);
        }
    }
}

/// A sentence-splitting case: the text and its expected sentences. `lang`
/// is an ISO 639-1 code, or absent to let abridge detect it (scripts
/// outside the 18 languages: Chinese, Hindi, Armenian, Amharic…).
#[derive(Debug, Deserialize)]
struct SplitCase {
    lang: Option<String>,
    text: String,
    sentences: Vec<String>,
}

/// Checks every case of `file`: how many there are, and a message for each
/// one that fails.
fn check_splits(file: &str) -> (usize, Vec<String>) {
    let cases: Vec<SplitCase> = cases(file);
    let mut failures = Vec::new();
    for case in &cases {
        let lang = case
            .lang
            .as_deref()
            .map(|code| Language::from_code(code).expect("a supported language"));
        let got: Vec<&str> = abridge::split_sentences(&case.text, lang)
            .into_iter()
            .map(|r| &case.text[r])
            .collect();
        if got != case.sentences {
            failures.push(format!(
                "{file} [{}] {:?}\n  expected {:?}\n  got      {:?}",
                case.lang.as_deref().unwrap_or("auto"),
                case.text,
                case.sentences,
                got
            ));
        }
    }
    (cases.len(), failures)
}

fn assert_no_failures(total: usize, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn abbreviations() {
    let (total, failures) = check_splits("abbreviations.toml");
    assert_no_failures(total, &failures);
}

/// Sentence boundaries by error class (tests/data/boundaries/*.toml).
#[test]
fn boundaries() {
    let dir = common::root().join("tests/data/boundaries");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .into_string()
                .unwrap()
        })
        .filter(|name| name.ends_with(".toml") && name != "summaries.toml")
        .collect();
    files.sort();
    let (mut total, mut failures) = (0, Vec::new());
    for file in &files {
        let (n, failed) = check_splits(&format!("boundaries/{file}"));
        total += n;
        failures.extend(failed);
    }
    assert_no_failures(total, &failures);
    assert!(total >= 200, "only {total} boundary cases");
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
