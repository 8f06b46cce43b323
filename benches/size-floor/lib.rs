//! The least any build of abridge carries: all 18 stemmers, UAX #29 sentence
//! and word segmentation, Unicode lowercasing and one exported function.
//! Everything abridge adds (stop words, scoring, selection, language
//! detection, options and results across the JS boundary) comes on top.
#![forbid(unsafe_code)]

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;
use wasm_bindgen::prelude::wasm_bindgen;

const ALGORITHMS: [Algorithm; 18] = [
    Algorithm::Arabic,
    Algorithm::Danish,
    Algorithm::Dutch,
    Algorithm::English,
    Algorithm::Finnish,
    Algorithm::French,
    Algorithm::German,
    Algorithm::Greek,
    Algorithm::Hungarian,
    Algorithm::Italian,
    Algorithm::Norwegian,
    Algorithm::Portuguese,
    Algorithm::Romanian,
    Algorithm::Russian,
    Algorithm::Spanish,
    Algorithm::Swedish,
    Algorithm::Tamil,
    Algorithm::Turkish,
];

/// Total length of the stems of `text`'s words, stemmed for language
/// `language` (an index into the 18 algorithms).
#[wasm_bindgen]
pub fn floor(text: &str, language: usize) -> usize {
    let stemmer = Stemmer::create(ALGORITHMS[language % ALGORITHMS.len()]);
    text.split_sentence_bounds()
        .flat_map(UnicodeSegmentation::unicode_words)
        .map(|word| stemmer.stem(&word.to_lowercase()).len())
        .sum()
}
