//! JavaScript bindings, compiled only for `wasm32`: they convert options and
//! results between JS values and the core's types, and nothing else.
//!
//! Wrong option types raise `TypeError`, out-of-range values `RangeError`;
//! each message names the option (in camelCase, as JS callers write it).

use js_sys::{RangeError, Reflect, TypeError};
use wasm_bindgen::prelude::*;

use crate::{Language, Length, Preset, Summarizer, Summary, Weights};

/// The result as a plain JS object, in the shape src/serialize.rs defines
/// (the CLI's `--json` prints the same).
fn to_js(summary: &Summary<'_>) -> Result<JsValue, JsValue> {
    serde_wasm_bindgen::to_value(summary).map_err(JsValue::from)
}

fn type_error(option: &str, expected: &str, got: &JsValue) -> JsValue {
    let got = got.js_typeof().as_string().unwrap_or_default();
    TypeError::new(&format!(
        "invalid option `{option}`: must be {expected}, got {got}"
    ))
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
        Some(n) => Err(range_error(&format!(
            "invalid option `{name}`: must be a whole number (at most 4294967295), got {}",
            crate::error::show(n)
        ))),
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
        return Ok((b.build().map_err(|e| range_error(&e.to_string()))?, None));
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
            .map_err(|e: crate::Error| range_error(&e.to_string()))?;
        b.length(Length::Preset(preset));
        lengths.push("length");
    }
    if lengths.len() > 1 {
        return Err(TypeError::new(&format!(
            "invalid option `{}`: give only one of sentences, ratio, words, chars, length (got {})",
            lengths[1],
            lengths.join(" and ")
        ))
        .into());
    }
    if let Some(code) = string(options, "language")? {
        if code != "auto" {
            let lang: Language = code
                .parse()
                .map_err(|e: crate::Error| range_error(&e.to_string()))?;
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
                    .ok_or_else(|| type_error(&format!("weights.{name}"), "a number", &v))?;
                // Cannot fail: `name` is one of the names.
                let _ = weights.set(name, value);
            }
        }
        b.weights(weights);
    }
    let title = string(options, "title")?;
    let summarizer = b.build().map_err(|e| {
        range_error(&format!(
            "invalid option `{}`: {}",
            camel(e.option()),
            e.reason()
        ))
    })?;
    Ok((summarizer, title))
}

/// Summarises `text`. `options` is an optional plain object (see the
/// package's TypeScript declarations); the result is a plain object with
/// `sentences` (UTF-16 `start`/`end`), `keywords`, `language` and `stats`.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let (summarizer, title) = parse_options(&options)?;
    let summary = match &title {
        Some(t) => summarizer.summarize_with_title(text, t),
        None => summarizer.summarize(text),
    };
    to_js(&summary)
}

/// The detected language's ISO 639-1 code, or `null`.
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language(text: &str) -> Option<String> {
    crate::detect_language(text).map(|l| l.code().to_owned())
}

/// The codes of the supported languages.
#[wasm_bindgen(js_name = languages)]
pub fn languages() -> Vec<JsValue> {
    Language::ALL
        .iter()
        .map(|l| JsValue::from_str(l.code()))
        .collect()
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
