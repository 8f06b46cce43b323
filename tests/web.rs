//! Browser tests of the JavaScript-facing API (`src/wasm.rs`), run in headless
//! Chromium by wasm-bindgen-test-runner:
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web
//! ```
//!
//! They call the exported function with JS values, exactly as a page would,
//! and check what JS receives: the flat result list, UTF-16 offsets, typed errors.
#![cfg(target_arch = "wasm32")]

use abridge::wasm::summarize;
use js_sys::{JsString, Object, RangeError, Reflect, TypeError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A real news article: 20-odd sentences with curly quotes (one UTF-16 unit,
/// three UTF-8 bytes), so byte and UTF-16 offsets differ.
const ARTICLE: &str = include_str!("data/seed-article.txt");

/// Builds a JS options object such as `{ sentences: 3 }`.
fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

/// Summarises `text` and checks what every summary must satisfy, in the flat
/// list the module returns (layout: src/wasm.rs, `to_js`): each sentence's
/// UTF-16 range slices the JS string to exactly its byte range of the Rust
/// string, the sentences come in document order, and the stats count them.
/// Returns the number of sentences.
fn summarize_checked(text: &str, opts: JsValue) -> usize {
    let flat = summarize(text, opts).expect("summarize returned an error");
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

/// Asserts that `opts` is rejected with a JS error of class `E` (checked with
/// `instanceof`) whose message names `option`.
fn assert_rejected<E: JsCast>(opts: JsValue, option: &str) {
    let err = summarize(ARTICLE, opts).expect_err("bad options were accepted");
    let message = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .expect("the error is not a JS Error");
    assert!(
        message.contains(option),
        "{message:?} does not name `{option}`"
    );
    let class = std::any::type_name::<E>();
    assert!(err.is_instance_of::<E>(), "{message:?} is not a {class}");
}

#[wasm_bindgen_test]
fn three_sentences_that_slice_exactly_in_document_order() {
    assert_eq!(
        summarize_checked(ARTICLE, options(&[("sentences", 3.into())])),
        3
    );
}

#[wasm_bindgen_test]
fn utf16_offsets_stay_exact_after_astral_characters() {
    // 😀 is 2 UTF-16 units and 4 UTF-8 bytes: byte offsets would be off by 2.
    let text = format!("😀 Emoji come first here. {ARTICLE}");
    assert_eq!(
        summarize_checked(&text, options(&[("sentences", 5.into())])),
        5
    );
}

#[wasm_bindgen_test]
fn fewer_sentences_than_asked_returns_them_all() {
    let text = "Cats sleep a lot during the day. Dogs like long walks in the park.";
    assert_eq!(
        summarize_checked(text, options(&[("sentences", 10.into())])),
        2
    );
}

#[wasm_bindgen_test]
fn out_of_range_option_is_a_range_error_naming_it() {
    assert_rejected::<RangeError>(options(&[("sentences", 0.into())]), "sentences");
    assert_rejected::<RangeError>(options(&[("ratio", 1.5.into())]), "ratio");
}

#[wasm_bindgen_test]
fn wrongly_typed_option_is_a_type_error_naming_it() {
    assert_rejected::<TypeError>(options(&[("sentences", "3".into())]), "sentences");
    assert_rejected::<TypeError>(options(&[("skipQuotes", 1.into())]), "skipQuotes");
}
