//! Fuzz inputs → options and text, and the checks every run must pass.
//!
//! Shared by the libFuzzer targets (`fuzz/fuzz_targets/*.rs`) and by
//! `tests/regressions.rs`, which replays saved inputs through the very same
//! functions under plain `cargo test`. Needs `crate::common` (the integration
//! tests' `tests/common/mod.rs`) in the including crate.
//!
//! # Input layout of the `summarize` target
//!
//! Inputs shorter than [`HEADER`] bytes are all text, with default options.
//! Otherwise the first `HEADER` bytes are options and the rest is text (and,
//! when the title flag is set, a title taken from the front of the rest):
//!
//! | byte | meaning |
//! |---|---|
//! | 0 | length kind: sentences, ratio, words, chars, preset, none (default) |
//! | 1 | how the length value is chosen: 0, 1, `usize::MAX`, `u32::MAX`, small, typical (ratio: `MIN_POSITIVE`, subnormal, 0, 1, NaN, 1.5, ∞, −0.5, 1−ε, or from bytes 2..6) |
//! | 2..6 | a `u32` value (little-endian) |
//! | 6 | language: auto, or one of `Language::ALL` |
//! | 7 | flags: skip questions, skip quotes, min words, max words, weights, keywords, title, `summarize` shortcut |
//! | 8, 9 | min and max words (see [`word_limit`]) |
//! | 10..15 | the five weights (see [`weight`]) |
//! | 15 | keyword count (0..=127; above 100 is invalid) |
//! | 16 | title length in bytes (0..=63) |
//!
//! Invalid option combinations are deliberate: `build` must then fail with
//! an error naming one of the invalid options, never panic, and must succeed
//! whenever every option is valid.

use std::ops::Range;

use abridge::{Language, Length, Preset, Summarizer, Summary, Weights};
use unicode_segmentation::UnicodeSegmentation;

use crate::common::assert_invariants;

/// Option bytes at the front of a `summarize` input.
pub const HEADER: usize = 17;

/// Options decoded from a fuzz input; `None` means "not set" (the default).
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub length: Option<Length>,
    pub language: Option<Language>,
    pub skip_questions: bool,
    pub skip_quotes: bool,
    pub min_words: Option<usize>,
    pub max_words: Option<usize>,
    pub weights: Option<Weights>,
    pub keywords: Option<usize>,
    /// Call `abridge::summarize` too and compare (only with a length alone).
    pub shortcut: bool,
}

/// A decoded `summarize` input.
#[derive(Clone, Debug)]
pub struct Case {
    pub options: Options,
    pub text: String,
    pub title: Option<String>,
}

fn count(selector: u8, value: u32) -> usize {
    match selector % 8 {
        0 => 0,
        1 => 1,
        2 => usize::MAX,
        3 => u32::MAX as usize,
        4 => (value % 16) as usize,
        _ => (value % 1000) as usize,
    }
}

fn ratio(selector: u8, value: u32) -> f64 {
    match selector % 12 {
        0 => f64::MIN_POSITIVE,
        1 => f64::from_bits(1), // the smallest subnormal
        2 => 1.0,
        3 => 0.0,
        4 => f64::NAN,
        5 => 1.5,
        6 => f64::INFINITY,
        7 => -0.5,
        8 => 1.0 - f64::EPSILON,
        _ => f64::from(value) / f64::from(u32::MAX),
    }
}

/// Min/max words: mostly small, sometimes 0, `usize::MAX` or huge.
pub fn word_limit(b: u8) -> usize {
    match b {
        0..=199 => usize::from(b % 50),
        200..=219 => 0,
        220..=239 => usize::MAX,
        _ => usize::from(b) << 20,
    }
}

/// One weight: mostly in 0..=10, sometimes a boundary or an invalid value.
pub fn weight(b: u8) -> f64 {
    match b % 16 {
        0 => 0.0,
        1 => 100.0,
        2 => f64::NAN,
        3 => -1.0,
        4 => f64::INFINITY,
        5 => 100.000_001,
        6 => -0.0,
        7 => f64::MIN_POSITIVE,
        _ => f64::from(b) / 25.5,
    }
}

/// Splits a `summarize` input into options, text and title.
pub fn decode(data: &[u8]) -> Case {
    if data.len() < HEADER {
        return Case {
            options: Options::default(),
            text: String::from_utf8_lossy(data).into_owned(),
            title: None,
        };
    }
    let (h, rest) = data.split_at(HEADER);
    let value = u32::from_le_bytes([h[2], h[3], h[4], h[5]]);
    let length = match h[0] % 6 {
        0 => Some(Length::Sentences(count(h[1], value))),
        1 => Some(Length::Ratio(ratio(h[1], value))),
        2 => Some(Length::Words(count(h[1], value))),
        3 => Some(Length::Chars(count(h[1], value))),
        4 => Some(Length::Preset(
            [Preset::Short, Preset::Medium, Preset::Long][(value % 3) as usize],
        )),
        _ => None,
    };
    let language = match usize::from(h[6]) % (Language::ALL.len() + 1) {
        0 => None,
        k => Some(Language::ALL[k - 1]),
    };
    let flag = |bit: u8| h[7] & (1 << bit) != 0;
    let weights = flag(4).then(|| {
        let mut w = Weights::default();
        for (name, &byte) in Weights::NAMES.iter().zip(&h[10..15]) {
            w.set(name, weight(byte)).unwrap();
        }
        w
    });
    let options = Options {
        length,
        language,
        skip_questions: flag(0),
        skip_quotes: flag(1),
        min_words: flag(2).then(|| word_limit(h[8])),
        max_words: flag(3).then(|| word_limit(h[9])),
        weights,
        keywords: flag(5).then_some(usize::from(h[15] % 128)),
        shortcut: flag(7),
    };
    let (title, text) = if flag(6) {
        let n = usize::from(h[16] % 64).min(rest.len());
        let (t, rest) = rest.split_at(n);
        (Some(String::from_utf8_lossy(t).into_owned()), rest)
    } else {
        (None, rest)
    };
    Case {
        options,
        text: String::from_utf8_lossy(text).into_owned(),
        title,
    }
}

/// The options `build` must reject (by the documented ranges, not by
/// asking the library).
pub fn invalid_options(o: &Options) -> Vec<String> {
    let mut bad = Vec::new();
    match o.length {
        Some(Length::Sentences(0)) => bad.push("sentences".into()),
        Some(Length::Words(0)) => bad.push("words".into()),
        Some(Length::Chars(0)) => bad.push("chars".into()),
        Some(Length::Ratio(r)) if !(r > 0.0 && r <= 1.0) => bad.push("ratio".into()),
        _ => {}
    }
    if let Some(w) = o.weights {
        for (name, v) in w.iter() {
            if !(0.0..=100.0).contains(&v) {
                bad.push(format!("weights.{name}"));
            }
        }
    }
    let min = o.min_words.unwrap_or(4);
    let max = o.max_words.unwrap_or(usize::MAX);
    if max == 0 {
        bad.push("max_words".into());
    }
    if min > max {
        bad.push("min_words".into());
    }
    if o.keywords.is_some_and(|k| k > abridge::MAX_KEYWORDS) {
        bad.push("keywords".into());
    }
    bad
}

/// Builds the summariser; `Err` carries the option the library named.
pub fn build(o: &Options) -> Result<Summarizer, abridge::Error> {
    let mut b = Summarizer::builder();
    if let Some(l) = o.length {
        b.length(l);
    }
    if let Some(l) = o.language {
        b.language(l);
    }
    b.skip_questions(o.skip_questions)
        .skip_quotes(o.skip_quotes);
    if let Some(n) = o.min_words {
        b.min_words(n);
    }
    if let Some(n) = o.max_words {
        b.max_words(n);
    }
    if let Some(w) = o.weights {
        b.weights(w);
    }
    if let Some(k) = o.keywords {
        b.keywords(k);
    }
    b.build()
}

/// Closing marks skipped when looking for a sentence's final punctuation.
const CLOSERS: &str = "\"'”’»)]}」』›";

fn is_question(s: &str) -> bool {
    let end = s.trim_end_matches(|c: char| CLOSERS.contains(c) || c.is_whitespace());
    matches!(end.chars().next_back(), Some('?' | '？' | '؟'))
}

/// Everything a summary must satisfy for these options, beyond
/// [`assert_invariants`]: the budget, the word limits, the skip flags, the
/// ranges of score parts and keywords.
pub fn assert_summary(case: &Case, summary: &Summary<'_>) {
    let text = case.text.as_str();
    let o = &case.options;
    assert_invariants(text, summary, o.language);
    match o.language {
        Some(l) => assert_eq!(summary.language, Some(l), "language set in the options"),
        None => assert_eq!(summary.language, abridge::detect_language(text)),
    }

    let n = summary.sentences.len();
    let words: Vec<usize> = summary
        .sentences
        .iter()
        .map(|s| s.text.unicode_words().count())
        .collect();
    assert_eq!(
        words.iter().sum::<usize>(),
        summary.stats.words_out,
        "words_out"
    );
    match o.length.unwrap_or(Length::Preset(Preset::Short)) {
        Length::Sentences(k) => assert!(n <= k, "{n} sentences > {k}"),
        Length::Preset(p) => assert!(n <= p.sentences(), "{n} sentences > {p:?}"),
        Length::Ratio(r) => {
            let most = ((summary.stats.sentences_in as f64 * r).round() as usize).max(1);
            assert!(
                n <= most,
                "{n} sentences > ratio {r} of {}",
                summary.stats.sentences_in
            );
        }
        Length::Words(k) => assert!(summary.stats.words_out <= k, "words over budget {k}"),
        Length::Chars(k) => {
            let chars = summary.to_text().chars().count();
            assert!(chars <= k, "{chars} chars > {k}");
        }
    }
    let min = o.min_words.unwrap_or(4).max(3); // under 3 words is never a sentence
    let max = o.max_words.unwrap_or(usize::MAX);
    for (s, &w) in summary.sentences.iter().zip(&words) {
        assert!(
            (min..=max).contains(&w),
            "{w} words outside {min}..={max}: {:?}",
            s.text
        );
        assert!(
            !(o.skip_questions && is_question(s.text)),
            "a question: {:?}",
            s.text
        );
        assert!(s.score.is_finite());
        let p = s.parts;
        for (name, v) in p.iter() {
            assert!((0.0..=1.0).contains(&v), "parts.{name} = {v}");
        }
        assert!(p.redundancy < 0.6, "a near-duplicate was chosen");
    }
    assert!(summary.keywords.len() <= o.keywords.unwrap_or(10));
    for pair in summary.keywords.windows(2) {
        assert!(pair[0].weight >= pair[1].weight, "keywords out of order");
    }
    for k in &summary.keywords {
        assert!(k.count >= 1 && k.weight > 0.0 && k.weight <= 1.0, "{k:?}");
        // Not checked: a non-empty `k.stem`. Some Snowball stemmers reduce
        // a short word to "" (Greek "ανε"), found by this fuzzer; reported
        // separately (tests/data/regressions/summarize-4da1206afaac).
        assert!(!k.word.is_empty(), "{k:?}");
    }
}

/// The `summarize` target: decode, build (checking errors), summarise,
/// check, and check that a second run gives the same summary.
pub fn summarize(data: &[u8]) {
    let case = decode(data);
    let o = &case.options;
    let bad = invalid_options(o);
    let summarizer = match build(o) {
        Ok(s) => {
            assert!(
                bad.is_empty(),
                "build accepted invalid options {bad:?}: {o:?}"
            );
            s
        }
        Err(e) => {
            assert!(
                bad.iter().any(|b| b == e.option()),
                "build rejected {:?} ({e}) but the invalid options are {bad:?}: {o:?}",
                e.option()
            );
            assert!(e.to_string().contains(e.option()), "{e}");
            assert!(!e.reason().is_empty());
            return;
        }
    };
    let text = case.text.as_str();
    let run = || match &case.title {
        Some(t) => summarizer.summarize_with_title(text, t),
        None => summarizer.summarize(text),
    };
    let summary = run();
    assert_summary(&case, &summary);
    assert_eq!(run(), summary, "not deterministic");
    let only_length = o.language.is_none()
        && !o.skip_questions
        && !o.skip_quotes
        && o.min_words.is_none()
        && o.max_words.is_none()
        && o.weights.is_none()
        && o.keywords.is_none()
        && case.title.is_none();
    if o.shortcut && only_length {
        let length = o.length.unwrap_or(Length::Preset(Preset::Short));
        assert_eq!(abridge::summarize(text, length).as_ref(), Ok(&summary));
    }
}

/// Checks `ranges` as a sentence split of `text`: in order, non-empty,
/// non-overlapping, on char boundaries, trimmed, with only whitespace
/// between them and around them.
pub fn assert_split(text: &str, ranges: &[Range<usize>]) {
    let mut pos = 0;
    for r in ranges {
        assert!(r.start >= pos, "overlap or out of order at {r:?}");
        assert!(r.start < r.end && r.end <= text.len(), "bad range {r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let s = &text[r.clone()];
        assert_eq!(s.trim(), s, "not trimmed: {r:?}");
        let gap = &text[pos..r.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "not only whitespace between sentences: {gap:?}"
        );
        pos = r.end;
    }
    assert!(
        text[pos..].chars().all(char::is_whitespace),
        "text lost at the end"
    );
}

/// The `split` target: byte 0 picks the language (or none, or detection),
/// the rest is text.
pub fn split(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        assert!(abridge::split_sentences("", None).is_empty());
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let lang = match usize::from(first) % (Language::ALL.len() + 1) {
        0 => None,
        k => Some(Language::ALL[k - 1]),
    };
    let ranges = abridge::split_sentences(&text, lang);
    assert_split(&text, &ranges);
    assert_eq!(
        abridge::split_sentences(&text, lang),
        ranges,
        "not deterministic"
    );
    if lang.is_none() {
        let detected = abridge::detect_language(&text);
        assert_eq!(abridge::split_sentences(&text, detected), ranges);
    }
}
