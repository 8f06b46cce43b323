//! JavaScript bindings, compiled only for `wasm32`: they convert options and
//! results between JS values and the core's types, and nothing else.
//!
//! An out-of-range option comes back as the message of its `RangeError`, a
//! string naming the option in camelCase as JS callers write it, which
//! www/lib/core.js throws as a `RangeError` (so the module imports no JS
//! error class: js-sys's `RangeError` took 259 B of every module, brotli);
//! core.js also reads the options object and raises the `TypeError`s for
//! wrong types before calling [`summarize`].

use wasm_bindgen::prelude::*;

use crate::{Language, Length, Preset, Summarizer, Summary, Weights};

/// The result as one flat list (a JS array) that www/lib/core.js (`expand`)
/// turns into the objects of the package's TypeScript declarations, the shape
/// src/serialize.rs gives the CLI's `--json`. Building those objects here
/// (serde-wasm-bindgen) took 1.5 KB of every module and its glue (brotli). The
/// layout, in order:
/// - the language code or `null`;
/// - the sentence count, then per sentence `index, start, end, byteStart,
///   byteEnd, score` (UTF-16 `start`/`end`) and its parts in
///   [`Weights::NAMES`] order;
/// - the keyword count, then per keyword `word, stem, weight, count`, the
///   number of UTF-16 offsets and the offsets (`start, end, start, end, …`);
/// - `sentencesIn, sentencesOut, wordsIn, wordsOut`.
#[cfg_attr(abridge_small, optimize(size))]
fn to_js(summary: &Summary<'_>) -> Vec<JsValue> {
    let mut out = Vec::new();
    let number = |out: &mut Vec<JsValue>, x: usize| out.push(JsValue::from_f64(x as f64));
    out.push(
        summary
            .language
            .map_or(JsValue::NULL, |l| JsValue::from_str(l.code())),
    );
    number(&mut out, summary.sentences.len());
    for s in &summary.sentences {
        for x in [
            s.index,
            s.utf16.start,
            s.utf16.end,
            s.bytes.start,
            s.bytes.end,
        ] {
            number(&mut out, x);
        }
        out.push(JsValue::from_f64(s.score));
        out.extend(s.parts.iter().map(|(_, v)| JsValue::from_f64(v)));
    }
    number(&mut out, summary.keywords.len());
    for k in &summary.keywords {
        out.push(JsValue::from_str(&k.word));
        out.push(JsValue::from_str(&k.stem));
        out.push(JsValue::from_f64(k.weight));
        number(&mut out, k.count);
        number(&mut out, 2 * k.utf16.len());
        for r in &k.utf16 {
            number(&mut out, r.start);
            number(&mut out, r.end);
        }
    }
    let stats = &summary.stats;
    for x in [
        stats.sentences_in,
        stats.sentences_out,
        stats.words_in,
        stats.words_out,
    ] {
        number(&mut out, x);
    }
    out
}

#[cfg_attr(abridge_small, optimize(size))]
/// The message www/lib/core.js throws as a `RangeError`.
fn range_error(message: &str) -> JsValue {
    JsValue::from_str(message)
}

/// `min_words` → `minWords`.
#[cfg_attr(abridge_small, optimize(size))]
fn camel(option: &str) -> String {
    let mut out = String::with_capacity(option.len());
    let mut upper = false;
    for c in option.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            // ASCII: option names are; keeps core's uppercase table out of the module.
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The numeric options in `numbers`, after its first item (a bit per option
/// given, bit `i` for item `i + 1`); www/lib/core.js (`NUMBERS`) writes them
/// in this order, then the weights in [`Weights::NAMES`] order.
#[derive(Clone, Copy)]
enum Numeric {
    Sentences,
    Ratio,
    Words,
    Chars,
    MinWords,
    MaxWords,
    Keywords,
    SkipQuestions,
    SkipQuotes,
}

/// Summarises `text`. www/lib/core.js reads the JS options object (the
/// package's TypeScript declarations), checks each option's type, that whole
/// numbers are whole, and that at most one length is given, and passes them
/// here: `numbers` as [`Numeric`] says (booleans as 1 or 0, a whole number
/// at most 2³² − 1), `length`, `language` and `title` as strings. The
/// ranges are the core's to check ([`SummarizerBuilder::build`](crate::SummarizerBuilder::build));
/// for an out-of-range option the list is one string, the message naming
/// the option in camelCase, which www/lib/core.js throws as a `RangeError`
/// (a result has at least six items). Otherwise the
/// result is the flat list [`to_js`] describes, which www/lib/core.js turns
/// into the objects of those declarations. Reading the options in JS instead
/// of here (js-sys `Reflect`) took 1.1 KB (brotli) off every module.
#[wasm_bindgen(js_name = summarize)]
#[cfg_attr(abridge_small, optimize(size))]
pub fn summarize(
    text: &str,
    numbers: &[f64],
    length: Option<String>,
    language: Option<String>,
    title: Option<String>,
) -> Vec<JsValue> {
    // More numbers than core.js writes is a caller's bug, not an option:
    // an Error. (It also means every module, whatever the optimiser keeps,
    // imports `__wbindgen_throw`, so all of them share one glue.)
    if numbers.len() > Numeric::SkipQuotes as usize + 2 + Weights::NAMES.len() {
        wasm_bindgen::throw_str("abridge: summarize was given more numbers than options");
    }
    run(text, numbers, length, language, title).unwrap_or_else(|message| vec![message])
}

/// [`summarize`], with an option's message as the error.
#[cfg_attr(abridge_small, optimize(size))]
fn run(
    text: &str,
    numbers: &[f64],
    length: Option<String>,
    language: Option<String>,
    title: Option<String>,
) -> Result<Vec<JsValue>, JsValue> {
    let given = numbers.first().map_or(0, |&bits| bits as u32);
    let item = |i: usize| {
        (given >> i & 1 == 1)
            .then(|| numbers.get(i + 1).copied())
            .flatten()
    };
    let number = |n: Numeric| item(n as usize);
    let whole = |n: Numeric| number(n).map(|x| x as usize);
    let mut b = Summarizer::builder();
    if let Some(n) = whole(Numeric::Sentences) {
        b.length(Length::Sentences(n));
    }
    if let Some(r) = number(Numeric::Ratio) {
        b.length(Length::Ratio(r));
    }
    if let Some(n) = whole(Numeric::Words) {
        b.length(Length::Words(n));
    }
    if let Some(n) = whole(Numeric::Chars) {
        b.length(Length::Chars(n));
    }
    if let Some(name) = length {
        let preset: Preset = name
            .parse()
            .map_err(|e: crate::Error| range_error(&e.text()))?;
        b.length(Length::Preset(preset));
    }
    if let Some(code) = language.filter(|code| code != "auto") {
        let lang: Language = code
            .parse()
            .map_err(|e: crate::Error| range_error(&e.text()))?;
        if !lang.available() {
            // A per-language module (www/lib/core.js routes around this).
            return Err(range_error(
                &[
                    "invalid option `language`: ",
                    lang.name(),
                    " is not in this module; load its module first",
                ]
                .concat(),
            ));
        }
        b.language(lang);
    }
    if let Some(yes) = number(Numeric::SkipQuestions) {
        b.skip_questions(yes != 0.0);
    }
    if let Some(yes) = number(Numeric::SkipQuotes) {
        b.skip_quotes(yes != 0.0);
    }
    if let Some(n) = whole(Numeric::MinWords) {
        b.min_words(n);
    }
    if let Some(n) = whole(Numeric::MaxWords) {
        b.max_words(n);
    }
    if let Some(n) = whole(Numeric::Keywords) {
        b.keywords(n);
    }
    let mut weights = Weights::default();
    for (i, name) in Weights::NAMES.iter().enumerate() {
        if let Some(value) = item(Numeric::SkipQuotes as usize + 1 + i) {
            // Cannot fail: `name` is one of the names.
            let _ = weights.set(name, value);
        }
    }
    b.weights(weights);
    let summarizer = b.build().map_err(|e| {
        range_error(&["invalid option `", &camel(e.option()), "`: ", e.reason()].concat())
    })?;
    let summary = match &title {
        Some(t) => summarizer.summarize_with_title(text, t),
        None => summarizer.summarize(text),
    };
    Ok(to_js(&summary))
}

/// The detected language's ISO 639-1 code, or `null`; always `null` in a
/// per-language module, built without the `detect` feature (www/lib/core.js
/// detects in JavaScript; every module has the same exports, so one glue
/// serves them all).
#[wasm_bindgen(js_name = detectLanguage)]
#[cfg_attr(abridge_small, optimize(size))]
pub fn detect_language(text: &str) -> Option<String> {
    crate::language::detected(text).map(|l| l.code().to_owned())
}

/// The names of the score's parts, which are also the weights' names
/// ([`Weights::NAMES`]), in order.
#[wasm_bindgen(js_name = scoreParts)]
#[cfg_attr(abridge_small, optimize(size))]
pub fn score_parts() -> Vec<JsValue> {
    Weights::NAMES
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect()
}

/// The engine's code for a language tag or code, or `null`: the primary
/// subtag of a BCP 47 tag ("en-GB" → "en") looked up as
/// [`Language::from_code`] does, aliases included ("nb", "nn" → "no").
#[wasm_bindgen(js_name = languageCode)]
#[cfg_attr(abridge_small, optimize(size))]
pub fn language_code(tag: &str) -> Option<String> {
    let primary = crate::segment::trim(tag)
        .split(['-', '_'])
        .next()
        .unwrap_or_default();
    Language::from_code(primary).map(|l| l.code().to_owned())
}
