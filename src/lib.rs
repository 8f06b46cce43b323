//! # abridge
//!
//! An extractive summariser: it picks the sentences of a text that best
//! summarise it, and tells you where they are and why they were picked.
//! Deterministic, dependency-light, and small enough to run in a web page as
//! WebAssembly.
//!
//! ```
//! let text = "The city council approved a new budget on Monday. \
//!             The budget adds money for schools, roads and parks. \
//!             Council members argued for hours. \
//!             The mayor said the budget would pass. \
//!             Schools will get most of the new money.";
//! let summary = abridge::summarize(text, abridge::Length::Sentences(2))?;
//! for s in &summary.sentences {
//!     assert_eq!(&text[s.bytes.clone()], s.text);
//!     println!("#{} ({:.2}): {}", s.index, s.score, s.text);
//! }
//! assert_eq!(summary.language, Some(abridge::Language::English));
//! # Ok::<(), abridge::Error>(())
//! ```
//!
//! [`summarize`] covers the common case; [`Summarizer::builder`] sets
//! everything else (length as sentences, ratio, words or characters;
//! language; weights; skipping questions and quotations; sentence length
//! limits; keyword count).
//!
//! ## How it works
//!
//! 1. **Language.** Set by the caller or detected: the script decides Arabic,
//!    Greek, Russian and Tamil; for Latin script, each language's stop words
//!    found in the text count `1/k` when `k` languages share the word
//!    ([`detect_language`]). Other scripts (Chinese, Japanese, Thai…) get no
//!    stemmer and no stop words.
//! 2. **Sentences.** Unicode (UAX #29) sentence bounds, then a merge pass
//!    that undoes false breaks after abbreviations (per-language lists),
//!    initials ("J. K. Rowling", "J.C. Penney"), list numbers, footnotes,
//!    "!" or "?" before a lower-case word, stray closing punctuation and
//!    inside CJK quotes; a period before a number or a lower-case aside in
//!    brackets ("ging. (dpa) Dann") and Greek ";" also break.
//!    A line break inside a hard-wrapped paragraph (lines filling a common
//!    width) joins like a space. Ranges are trimmed without losing offsets;
//!    line and paragraph breaks are kept ([`split_sentences`]).
//! 3. **Not sentences.** Markdown headings, code blocks, tables and rules
//!    are never chosen (code and list markers give no terms). A
//!    line on its own that has no final punctuation and has fewer than 12
//!    words or is Title Cased — a headline, caption, byline, "Related
//!    posts", a teaser — is never chosen, nor is anything under 3 words. A
//!    headline-like first line feeds the title signal.
//! 4. **Terms.** Unicode words, lower-cased, stop words and numbers removed,
//!    Snowball-stemmed. Runs of Han/Hiragana characters become character
//!    bigrams.
//! 5. **Score.** For sentence *s* with distinct terms *T(s)*, its rank *r*
//!    among real sentences, and *tf(t)* the frequency of term *t* in the text:
//!
//!    | part | formula |
//!    |---|---|
//!    | centrality | `Σ_{t∈T(s)} ln tf(t) / |T(s)|^0.8`, divided by the maximum over sentences |
//!    | position | `(1 + r)^-0.6`; a sentence opening a line or paragraph gets at least `0.6·(1 + p)^-0.6`, *p* the paragraph's rank |
//!    | title | `|T(s) ∩ T(title)| / |T(title)|` |
//!    | length | `min(1, words/12) · min(1, 30/words)` |
//!
//!    `score = w_c·centrality + w_p·position + w_t·title + w_l·length`, with
//!    the [`Weights`] (defaults tuned on news sets, never per document).
//! 6. **Selection.** Greedy, best score first (earlier sentence on a tie),
//!    until the length budget is spent. A candidate's score is lowered by
//!    `w_r · redundancy`, its highest Jaccard similarity (on terms) to a
//!    chosen sentence that shares one of its two rarest terms; at 0.6 or more
//!    it is dropped. Chosen sentences come back in document order.
//!
//! Every part of every chosen sentence is in [`Sentence::parts`], so a
//! score can always be explained.
//!
//! ## Features
//!
//! - `all-languages` (default): all 18 languages' stemmers, stop words and
//!   abbreviations, and `detect`; `lang-xx` (`lang-en`, `lang-fr`, …) one each.
//! - `detect` (in `all-languages`): [`detect_language`], and a text given no
//!   language is detected; without it, no language means none (the
//!   per-language wasm modules, whose JavaScript detects first).
//! - `cli` (default): the `abridge` command-line tool; turns on `serde`.
//! - `serde`: [`Summary`] implements `serde::Serialize` in the JSON shape
//!   of the JavaScript API (camelCase; UTF-16 `start`/`end` and
//!   `byteStart`/`byteEnd` per sentence; each keyword's `occurrences` as
//!   flat UTF-16 `[start, end, start, end, …]`), which is also what
//!   `abridge --json` prints.
//!
//! ## Guarantees
//!
//! - Any `&str` is valid input and gives a [`Summary`] (possibly empty).
//!   Only out-of-range options are errors ([`Error`]).
//! - No function of this crate panics, whatever the input.
//! - Same input and options, same output, on every platform.
//! - Chosen sentences are sentences of the input, in document order, and
//!   `&text[s.bytes]` is exactly `s.text`.
//! - Time and memory grow linearly with the input.
#![forbid(unsafe_code)]
// The per-language wasm modules, which readers download, are built with
// `--cfg abridge_small` (wasm-pack.toml `rustflags`, under the
// RUSTC_BOOTSTRAP=1 their build already sets for -Zbuild-std): the functions
// marked `#[cfg_attr(abridge_small, optimize(size))]`, which run once per call
// or once per candidate sentence break rather than once per word (the
// per-word loops are functions of their own, built for speed), are then
// optimised for size. Every other build (native, the all-language module, the
// wasm tests) ignores the attribute.
#![cfg_attr(abridge_small, feature(optimize_attribute))]
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod analyze;
mod bounds;
mod case;
mod error;
mod hash;
mod language;
mod score;
mod segment;
mod select;
#[cfg(feature = "serde")]
mod serialize;
mod summarizer;
mod summary;
mod tokenize;
mod uax29;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The wasm builds' allocator: talc, 1.2 KB (brotli) smaller than std's
/// dlmalloc in every module and as fast (Cargo.toml has the figures).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use error::Error;
#[cfg(feature = "detect")]
pub use language::detect_language;
pub use language::Language;
pub use summarizer::{Length, Preset, Summarizer, SummarizerBuilder, Weights, MAX_KEYWORDS};
pub use summary::{Keyword, ScoreParts, Sentence, Stats, Summary};

use std::ops::Range;

/// Summarises `text` with the default settings and the given length.
///
/// # Errors
///
/// Only for an out-of-range length: 0 sentences, words or characters, or a
/// ratio outside `(0, 1]`. Text is never an error.
///
/// ```
/// let text = "Storms hit the coast on Sunday. Thousands lost power. \
///             Crews worked through the night to restore it.";
/// let summary = abridge::summarize(text, abridge::Length::Sentences(1))?;
/// assert_eq!(summary.sentences.len(), 1);
/// assert!(abridge::summarize(text, abridge::Length::Ratio(0.0)).is_err());
/// # Ok::<(), abridge::Error>(())
/// ```
pub fn summarize(text: &str, length: Length) -> Result<Summary<'_>, Error> {
    Ok(Summarizer::builder()
        .length(length)
        .build()?
        .summarize(text))
}

/// Splits `text` into sentences, as the summariser sees them: trimmed byte
/// ranges, in order. Pass a language for its abbreviations, or `None` to
/// detect it (without the `detect` feature, `None` is no language).
///
/// ```
/// let text = "Dr. Smith met U.S. Secretary of State Blinken. J. K. Rowling wrote.";
/// let parts: Vec<&str> = abridge::split_sentences(text, None)
///     .into_iter()
///     .map(|r| &text[r])
///     .collect();
/// assert_eq!(parts, ["Dr. Smith met U.S. Secretary of State Blinken.", "J. K. Rowling wrote."]);
/// ```
pub fn split_sentences(text: &str, language: Option<Language>) -> Vec<Range<usize>> {
    let language = language.or_else(|| language::detected(text));
    segment::split(text, language)
        .into_iter()
        .map(|s| s.bytes)
        .collect()
}
