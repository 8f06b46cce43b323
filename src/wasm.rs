//! JavaScript bindings, compiled only for `wasm32`: they convert options and
//! results between JS values and the core's types, and nothing else.
//!
//! Wrong option types raise `TypeError`, out-of-range values `RangeError`;
//! each message names the option (in camelCase, as JS callers write it).

use js_sys::{RangeError, Reflect, TypeError};
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

fn type_error(option: &str, expected: &str, got: &JsValue) -> JsValue {
    let got = got.js_typeof().as_string().unwrap_or_default();
    TypeError::new(
        &[
            "invalid option `",
            option,
            "`: must be ",
            expected,
            ", got ",
            &got,
        ]
        .concat(),
    )
    .into()
}

fn range_error(message: &str) -> JsValue {
    RangeError::new(message).into()
}

/// `min_words` → `minWords`.
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

/// Reads `options[name]`; `undefined` and `null` mean "not set".
fn get(options: &JsValue, name: &str) -> Result<Option<JsValue>, JsValue> {
    let value = Reflect::get(options, &JsValue::from_str(name))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

fn number(options: &JsValue, name: &str) -> Result<Option<f64>, JsValue> {
    match get(options, name)? {
        None => Ok(None),
        Some(v) => v
            .as_f64()
            .map(Some)
            .ok_or_else(|| type_error(name, "a number", &v)),
    }
}

fn whole(options: &JsValue, name: &str) -> Result<Option<usize>, JsValue> {
    match number(options, name)? {
        None => Ok(None),
        Some(n) if n.fract() == 0.0 && (0.0..=4_294_967_295.0).contains(&n) => Ok(Some(n as usize)),
        Some(n) => Err(range_error(
            &[
                "invalid option `",
                name,
                "`: must be a whole number (at most 4294967295), got ",
                &crate::error::show(n),
            ]
            .concat(),
        )),
    }
}

fn boolean(options: &JsValue, name: &str) -> Result<Option<bool>, JsValue> {
    match get(options, name)? {
        None => Ok(None),
        Some(v) => v
            .as_bool()
            .map(Some)
            .ok_or_else(|| type_error(name, "a boolean", &v)),
    }
}

fn string(options: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    match get(options, name)? {
        None => Ok(None),
        Some(v) => v
            .as_string()
            .map(Some)
            .ok_or_else(|| type_error(name, "a string", &v)),
    }
}

/// Turns a JS options object into a validated [`Summarizer`] and the title.
fn parse_options(options: &JsValue) -> Result<(Summarizer, Option<String>), JsValue> {
    let mut b = Summarizer::builder();
    if options.is_undefined() || options.is_null() {
        return Ok((b.build().map_err(|e| range_error(&e.text()))?, None));
    }
    if !options.is_object() {
        return Err(type_error("options", "an object", options));
    }
    let mut lengths: Vec<&str> = Vec::new();
    if let Some(n) = whole(options, "sentences")? {
        b.length(Length::Sentences(n));
        lengths.push("sentences");
    }
    if let Some(r) = number(options, "ratio")? {
        b.length(Length::Ratio(r));
        lengths.push("ratio");
    }
    if let Some(n) = whole(options, "words")? {
        b.length(Length::Words(n));
        lengths.push("words");
    }
    if let Some(n) = whole(options, "chars")? {
        b.length(Length::Chars(n));
        lengths.push("chars");
    }
    if let Some(name) = string(options, "length")? {
        let preset: Preset = name
            .parse()
            .map_err(|e: crate::Error| range_error(&e.text()))?;
        b.length(Length::Preset(preset));
        lengths.push("length");
    }
    if lengths.len() > 1 {
        return Err(TypeError::new(
            &[
                "invalid option `",
                lengths[1],
                "`: give only one of sentences, ratio, words, chars, length (got ",
                &lengths.join(" and "),
                ")",
            ]
            .concat(),
        )
        .into());
    }
    if let Some(code) = string(options, "language")? {
        if code != "auto" {
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
    }
    if let Some(yes) = boolean(options, "skipQuestions")? {
        b.skip_questions(yes);
    }
    if let Some(yes) = boolean(options, "skipQuotes")? {
        b.skip_quotes(yes);
    }
    if let Some(n) = whole(options, "minWords")? {
        b.min_words(n);
    }
    if let Some(n) = whole(options, "maxWords")? {
        b.max_words(n);
    }
    if let Some(n) = whole(options, "keywords")? {
        b.keywords(n);
    }
    if let Some(w) = get(options, "weights")? {
        if !w.is_object() {
            return Err(type_error("weights", "an object", &w));
        }
        let mut weights = Weights::default();
        for name in Weights::NAMES {
            if let Some(v) = get(&w, name)? {
                let value = v
                    .as_f64()
                    .ok_or_else(|| type_error(&["weights.", name].concat(), "a number", &v))?;
                // Cannot fail: `name` is one of the names.
                let _ = weights.set(name, value);
            }
        }
        b.weights(weights);
    }
    let title = string(options, "title")?;
    let summarizer = b.build().map_err(|e| {
        range_error(&["invalid option `", &camel(e.option()), "`: ", e.reason()].concat())
    })?;
    Ok((summarizer, title))
}

/// Summarises `text`. `options` is an optional plain object (see the
/// package's TypeScript declarations); the result is the flat list
/// [`to_js`] describes, which www/lib/core.js turns into the objects of
/// those declarations.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize(text: &str, options: JsValue) -> Result<Vec<JsValue>, JsValue> {
    let (summarizer, title) = parse_options(&options)?;
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
pub fn detect_language(text: &str) -> Option<String> {
    crate::language::detected(text).map(|l| l.code().to_owned())
}

/// The names of the score's parts, which are also the weights' names
/// ([`Weights::NAMES`]), in order.
#[wasm_bindgen(js_name = scoreParts)]
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
pub fn language_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    Language::from_code(primary).map(|l| l.code().to_owned())
}
