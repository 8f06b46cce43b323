//! Browser tests of the JavaScript-facing API (`src/wasm.rs`), run in headless
//! Chromium by wasm-bindgen-test-runner:
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
//! ```
//!
//! (Not with `-q`: `cargo test` passes `--quiet` on to the test binary, and
//! wasm-bindgen-test-runner rejects it.)
//!
//! They call the exported function as www/lib/core.js does (the options as a
//! list of numbers and three strings: src/wasm.rs, `summarize`) and check what
//! JS receives: the flat result list, UTF-16 offsets, the messages naming
//! the option that core.js throws as `RangeError`s. The `TypeError`s for wrongly typed options are core.js's
//! (tests/e2e/fixtures/api-checks.mjs).
#![cfg(target_arch = "wasm32")]

use abridge::wasm::summarize;
use js_sys::JsString;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A real news article: 20-odd sentences with curly quotes (one UTF-16 unit,
/// three UTF-8 bytes), so byte and UTF-16 offsets differ.
const ARTICLE: &str = include_str!("data/seed-article.txt");

/// The numbers of `summarize` for these numeric options, given as
/// `(position, value)` in src/wasm.rs's `Numeric` order (0 sentences,
/// 1 ratio, … 5 maxWords): a bit per given one first, then the values.
fn numbers(given: &[(usize, f64)]) -> Vec<f64> {
    let mut out = vec![0.0; 15];
    for &(i, value) in given {
        out[0] += f64::from(1u32 << i);
        out[i + 1] = value;
    }
    out
}

/// Summarises `text` and checks what every summary must satisfy, in the flat
/// list the module returns (layout: src/wasm.rs, `to_js`): each sentence's
/// UTF-16 range slices the JS string to exactly its byte range of the Rust
/// string, the sentences come in document order, and the stats count them.
/// Returns the number of sentences.
fn summarize_checked(text: &str, sentences: usize) -> usize {
    let flat = summarize(text, &numbers(&[(0, sentences as f64)]), None, None, None);
    assert!(flat.len() > 1, "summarize returned an error");
    let at = |i: usize| {
        flat[i]
            .as_f64()
            .unwrap_or_else(|| panic!("item {i} is not a number"))
    };
    let count = at(1) as usize;
    let per_sentence = 6 + abridge::Weights::NAMES.len();
    let js_text = JsString::from(text);
    let mut last_index = -1.0;
    for s in 0..count {
        let base = 2 + s * per_sentence;
        let (index, start, end) = (at(base), at(base + 1), at(base + 2));
        let bytes = at(base + 3) as usize..at(base + 4) as usize;
        let sliced = String::from(js_text.slice(start as u32, end as u32));
        assert_eq!(sliced, text[bytes]);
        assert!(index > last_index, "sentences out of document order");
        last_index = index;
    }
    // The stats end the list: sentencesIn, sentencesOut, wordsIn, wordsOut.
    assert_eq!(at(flat.len() - 3), count as f64);
    count
}

/// Asserts that these options are rejected with the message of a
/// `RangeError` (a string, which www/lib/core.js throws as one) that names
/// `option`.
fn assert_rejected(numbers: &[f64], strings: [Option<&str>; 2], option: &str) {
    let [length, language] = strings.map(|s| s.map(String::from));
    let list = summarize(ARTICLE, numbers, length, language, None);
    let [err] = &list[..] else {
        panic!("bad options were accepted: a list of {} items", list.len())
    };
    let message = err.as_string().expect("the error is not a message");
    assert!(
        message.starts_with("invalid option `"),
        "{message:?} is not an option's message"
    );
    assert!(
        message.contains(option),
        "{message:?} does not name `{option}`"
    );
}

#[wasm_bindgen_test]
fn three_sentences_that_slice_exactly_in_document_order() {
    assert_eq!(summarize_checked(ARTICLE, 3), 3);
}

#[wasm_bindgen_test]
fn utf16_offsets_stay_exact_after_astral_characters() {
    // 😀 is 2 UTF-16 units and 4 UTF-8 bytes: byte offsets would be off by 2.
    let text = format!("😀 Emoji come first here. {ARTICLE}");
    assert_eq!(summarize_checked(&text, 5), 5);
}

#[wasm_bindgen_test]
fn fewer_sentences_than_asked_returns_them_all() {
    let text = "Cats sleep a lot during the day. Dogs like long walks in the park.";
    assert_eq!(summarize_checked(text, 10), 2);
}

#[wasm_bindgen_test]
fn out_of_range_option_is_a_message_naming_it() {
    let none = [None, None];
    assert_rejected(&numbers(&[(0, 0.0)]), none, "sentences");
    assert_rejected(&numbers(&[(1, 1.5)]), none, "ratio");
    // In camelCase, as JS callers write it.
    assert_rejected(&numbers(&[(4, 10.0), (5, 5.0)]), none, "minWords");
    assert_rejected(&numbers(&[]), [Some("huge"), None], "length");
    assert_rejected(&numbers(&[]), [None, Some("xx")], "language");
}

#[wasm_bindgen_test]
fn options_not_given_are_not_read() {
    // A value without its bit (sentences 0) is not an option given.
    let mut list = numbers(&[]);
    list[1] = 0.0;
    let flat = summarize(ARTICLE, &list, None, None, None);
    assert!(flat.len() > 1, "no option was given, yet an error");
    assert_eq!(
        flat[1].as_f64(),
        Some(3.0),
        "the default length is 3 sentences"
    );
}
