//! Options, the validated builder, and the pipeline that ties the stages together.

use crate::analyze::{analyze, Analysis};
use crate::error::{int, show};
use crate::select::{select, Budget, Candidate};
use crate::{score, Error, Keyword, Language, ScoreParts, Sentence, Stats, Summary};
use std::ops::Range;

/// How long the summary may be.
///
/// ```
/// use abridge::{summarize, Length};
///
/// let text = "One short sentence here. Two short sentences here. Three short sentences here.";
/// assert_eq!(summarize(text, Length::Sentences(2)).unwrap().sentences.len(), 2);
/// assert_eq!(summarize(text, Length::Ratio(0.34)).unwrap().sentences.len(), 1);
/// assert!(summarize(text, Length::Words(8)).unwrap().stats.words_out <= 8);
/// assert!(summarize(text, Length::Chars(30)).unwrap().to_text().chars().count() <= 30);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// At most this many sentences (at least 1).
    Sentences(usize),
    /// This share of the text's eligible sentences (those that can be chosen:
    /// not headings, captions, bylines or fragments under 3 words), rounded,
    /// at least one: `0 < ratio <= 1`. Other filters (`min_words`,
    /// `skip_questions`…) may then leave fewer.
    Ratio(f64),
    /// At most this many words (at least 1).
    Words(usize),
    /// At most this many characters of [`Summary::to_text`] (at least 1).
    Chars(usize),
    /// A named length: short (3 sentences), medium (5) or long (7).
    Preset(Preset),
}

/// Named lengths: [`Length::Preset`].
///
/// ```
/// assert_eq!("medium".parse::<abridge::Preset>().unwrap(), abridge::Preset::Medium);
/// assert_eq!(abridge::Preset::Long.sentences(), 7);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// 3 sentences.
    Short,
    /// 5 sentences.
    Medium,
    /// 7 sentences.
    Long,
}

impl Preset {
    /// The number of sentences this preset stands for.
    ///
    /// ```
    /// assert_eq!(abridge::Preset::Short.sentences(), 3);
    /// ```
    pub fn sentences(self) -> usize {
        match self {
            Preset::Short => 3,
            Preset::Medium => 5,
            Preset::Long => 7,
        }
    }
}

impl std::str::FromStr for Preset {
    type Err = Error;

    #[cfg_attr(abridge_small, optimize(size))]
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "short" => Ok(Preset::Short),
            "medium" => Ok(Preset::Medium),
            "long" => Ok(Preset::Long),
            _ => Err(Error::new(
                "length",
                ["must be \"short\", \"medium\" or \"long\", got \"", s, "\""].concat(),
            )),
        }
    }
}

/// Weights of the score's parts. Each must be finite and in `0..=100`.
///
/// The defaults were tuned on the development sets in `eval/` (CNN/DailyMail
/// and five other languages; BBC is held out), never per document.
///
/// ```
/// let w = abridge::Weights { position: 0.0, ..Default::default() };
/// let s = abridge::Summarizer::builder().weights(w).build().unwrap();
/// assert_eq!(s.weights().position, 0.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// Term-frequency centrality.
    pub centrality: f64,
    /// Lead and paragraph-start prior.
    pub position: f64,
    /// Overlap with the title or headline.
    pub title: f64,
    /// Sentence-length prior.
    pub length: f64,
    /// Penalty per unit of similarity to already chosen sentences.
    pub redundancy: f64,
}

impl Weights {
    /// The names of the weights, which are also the names of the score's
    /// parts ([`ScoreParts`]), in field order: what the CLI's `--weights`,
    /// the JS `weights` option and [`Weights::set`] accept.
    ///
    /// ```
    /// assert_eq!(abridge::Weights::NAMES[0], "centrality");
    /// ```
    pub const NAMES: [&'static str; 5] =
        ["centrality", "position", "title", "length", "redundancy"];

    /// Sets the weight called `name` (one of [`NAMES`](Self::NAMES)). The
    /// value is checked later, by [`SummarizerBuilder::build`].
    ///
    /// # Errors
    ///
    /// An [`Error`] for option `weights` when `name` is not a weight.
    ///
    /// ```
    /// let mut w = abridge::Weights::default();
    /// w.set("title", 2.0).unwrap();
    /// assert_eq!(w.title, 2.0);
    /// assert_eq!(w.set("colour", 1.0).unwrap_err().option(), "weights");
    /// ```
    #[cfg_attr(abridge_small, optimize(size))]
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), Error> {
        let slot = match name {
            "centrality" => &mut self.centrality,
            "position" => &mut self.position,
            "title" => &mut self.title,
            "length" => &mut self.length,
            "redundancy" => &mut self.redundancy,
            _ => {
                return Err(Error::new(
                    "weights",
                    [
                        "unknown weight \"",
                        name,
                        "\" (expected ",
                        &Weights::NAMES.join(", "),
                        ")",
                    ]
                    .concat(),
                ))
            }
        };
        *slot = value;
        Ok(())
    }

    /// Each weight with its name, in the order of [`NAMES`](Self::NAMES).
    ///
    /// ```
    /// let w = abridge::Weights::default();
    /// assert!(w.iter().all(|(name, value)| abridge::Weights::NAMES.contains(&name) && value >= 0.0));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> {
        Weights::NAMES.into_iter().zip([
            self.centrality,
            self.position,
            self.title,
            self.length,
            self.redundancy,
        ])
    }

    /// The weighted sum of the parts, before the redundancy penalty (which
    /// selection subtracts).
    fn base(&self, p: &ScoreParts) -> f64 {
        self.centrality * p.centrality
            + self.position * p.position
            + self.title * p.title
            + self.length * p.length
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            centrality: 1.0,
            position: 1.83,
            title: 0.75,
            length: 0.3,
            redundancy: 1.0,
        }
    }
}

/// A validated, reusable summariser configuration.
///
/// Build one with [`Summarizer::builder`]; [`summarize`](crate::summarize) is
/// the shortcut for the defaults.
///
/// ```
/// use abridge::{Language, Length, Summarizer};
///
/// let summarizer = Summarizer::builder()
///     .length(Length::Words(40))
///     .language(Language::English)
///     .skip_questions(true)
///     .build()?;
/// let text = "Is this a question? The city council approved the new budget on Monday. \
///             The budget adds money for schools and roads.";
/// let summary = summarizer.summarize(text);
/// assert!(summary.sentences.iter().all(|s| !s.text.ends_with('?')));
/// assert!(summary.stats.words_out <= 40);
/// # Ok::<(), abridge::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Summarizer {
    length: Length,
    language: Option<Language>,
    weights: Weights,
    skip_questions: bool,
    skip_quotes: bool,
    min_words: usize,
    max_words: usize,
    keywords: usize,
}

/// Builds a [`Summarizer`]; every setting is checked once, in [`build`](Self::build).
///
/// ```
/// let err = abridge::Summarizer::builder().min_words(30).max_words(10).build().unwrap_err();
/// assert_eq!(err.option(), "min_words");
/// ```
#[derive(Clone, Debug)]
pub struct SummarizerBuilder {
    config: Summarizer,
}

/// The option an out-of-range weight names: `weights.` and its name
/// ([`Weights::NAMES`], same order; checked by a unit test).
const WEIGHT_OPTIONS: [&str; 5] = [
    "weights.centrality",
    "weights.position",
    "weights.title",
    "weights.length",
    "weights.redundancy",
];

/// The most keywords a summary can report.
pub const MAX_KEYWORDS: usize = 100;
const MAX_WEIGHT: f64 = 100.0;

impl Default for Summarizer {
    fn default() -> Self {
        Summarizer {
            length: Length::Preset(Preset::Short),
            language: None,
            weights: Weights::default(),
            skip_questions: false,
            skip_quotes: false,
            min_words: 4,
            max_words: usize::MAX,
            keywords: 10,
        }
    }
}

impl SummarizerBuilder {
    /// The summary's length budget. Default: [`Preset::Short`] (3 sentences).
    pub fn length(&mut self, length: Length) -> &mut Self {
        self.config.length = length;
        self
    }

    /// Use this language's stop words, stemmer and abbreviations instead of
    /// detecting the language.
    pub fn language(&mut self, language: Language) -> &mut Self {
        self.config.language = Some(language);
        self
    }

    /// Detect the language from the text (the default).
    pub fn auto_language(&mut self) -> &mut Self {
        self.config.language = None;
        self
    }

    /// Weights of the score's parts.
    pub fn weights(&mut self, weights: Weights) -> &mut Self {
        self.config.weights = weights;
        self
    }

    /// Never choose questions. Default: false.
    pub fn skip_questions(&mut self, yes: bool) -> &mut Self {
        self.config.skip_questions = yes;
        self
    }

    /// Never choose sentences that are mostly a quotation (over half their
    /// characters inside quotation marks). Default: false.
    pub fn skip_quotes(&mut self, yes: bool) -> &mut Self {
        self.config.skip_quotes = yes;
        self
    }

    /// Never choose sentences with fewer words. Default: 4.
    pub fn min_words(&mut self, n: usize) -> &mut Self {
        self.config.min_words = n;
        self
    }

    /// Never choose sentences with more words (at least 1). Default: no limit.
    pub fn max_words(&mut self, n: usize) -> &mut Self {
        self.config.max_words = n;
        self
    }

    /// How many keywords to report, up to [`MAX_KEYWORDS`]. Default: 10.
    pub fn keywords(&mut self, n: usize) -> &mut Self {
        self.config.keywords = n;
        self
    }

    /// Checks every setting and returns the summariser.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the first option out of range: `sentences`, `words`
    /// or `chars` of 0, a `ratio` outside `(0, 1]`, a weight that is negative,
    /// above 100 or not finite, `max_words` of 0, `min_words` above
    /// `max_words`, or more than [`MAX_KEYWORDS`] keywords.
    ///
    /// ```
    /// use abridge::{Length, Summarizer, Weights};
    /// assert!(Summarizer::builder().length(Length::Sentences(0)).build().is_err());
    /// let w = Weights { title: -1.0, ..Default::default() };
    /// assert_eq!(Summarizer::builder().weights(w).build().unwrap_err().option(), "weights.title");
    /// ```
    #[cfg_attr(abridge_small, optimize(size))]
    pub fn build(&self) -> Result<Summarizer, Error> {
        let c = &self.config;
        match c.length {
            Length::Sentences(0) => return Err(at_least_one("sentences")),
            Length::Words(0) => return Err(at_least_one("words")),
            Length::Chars(0) => return Err(at_least_one("chars")),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(Error::new(
                    "ratio",
                    ["must be greater than 0 and at most 1, got ", &show(r)].concat(),
                ))
            }
            _ => {}
        }
        let w = &c.weights;
        if let Some((i, (_, value))) = w
            .iter()
            .enumerate()
            .find(|(_, (_, value))| !(0.0..=MAX_WEIGHT).contains(value))
        {
            return Err(Error::new(
                WEIGHT_OPTIONS[i],
                ["must be a number from 0 to 100, got ", &show(value)].concat(),
            ));
        }
        if c.max_words == 0 {
            return Err(at_least_one("max_words"));
        }
        if c.min_words > c.max_words {
            return Err(Error::new(
                "min_words",
                [
                    "must not be greater than the maximum sentence length (",
                    &int(c.max_words as u64),
                    "), got ",
                    &int(c.min_words as u64),
                ]
                .concat(),
            ));
        }
        if c.keywords > MAX_KEYWORDS {
            return Err(Error::new(
                "keywords",
                [
                    "must be from 0 to ",
                    &int(MAX_KEYWORDS as u64),
                    ", got ",
                    &int(c.keywords as u64),
                ]
                .concat(),
            ));
        }
        Ok(c.clone())
    }
}

#[cfg_attr(abridge_small, optimize(size))]
fn at_least_one(option: &'static str) -> Error {
    Error::new(option, "must be at least 1, got 0")
}

impl Summarizer {
    /// A builder starting from the defaults.
    ///
    /// ```
    /// let s = abridge::Summarizer::builder().build().unwrap();
    /// assert_eq!(s, abridge::Summarizer::default());
    /// ```
    pub fn builder() -> SummarizerBuilder {
        SummarizerBuilder {
            config: Summarizer::default(),
        }
    }

    /// The weights in use.
    ///
    /// ```
    /// assert_eq!(abridge::Summarizer::default().weights(), abridge::Weights::default());
    /// ```
    pub fn weights(&self) -> Weights {
        self.weights
    }

    /// The language set in the options, or `None` when it is detected per text.
    ///
    /// ```
    /// let s = abridge::Summarizer::builder().language(abridge::Language::Danish).build().unwrap();
    /// assert_eq!(s.language(), Some(abridge::Language::Danish));
    /// assert_eq!(abridge::Summarizer::default().language(), None);
    /// ```
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// Summarises `text`. Never fails and never panics: text with nothing to
    /// summarise gives an empty summary.
    ///
    /// ```
    /// let s = abridge::Summarizer::default();
    /// assert!(s.summarize("").sentences.is_empty());
    /// assert!(s.summarize("!!! ???").sentences.is_empty());
    /// ```
    pub fn summarize<'a>(&self, text: &'a str) -> Summary<'a> {
        self.run(text, None)
    }

    /// Summarises `text` whose title or headline is `title`: sentences that
    /// share its terms score higher. Without a title, a headline-like first
    /// line of the text plays that part.
    ///
    /// ```
    /// let text = "Rain is expected on Monday in the north. The mayor opened a new bridge today.";
    /// let s = abridge::Summarizer::builder()
    ///     .length(abridge::Length::Sentences(1))
    ///     .weights(abridge::Weights { title: 10.0, ..Default::default() })
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(s.summarize_with_title(text, "Mayor opens bridge").sentences[0].index, 1);
    /// ```
    pub fn summarize_with_title<'a>(&self, text: &'a str, title: &str) -> Summary<'a> {
        self.run(text, Some(title))
    }

    #[cfg_attr(abridge_small, optimize(size))]
    fn run<'a>(&self, text: &'a str, title: Option<&str>) -> Summary<'a> {
        let language = self.language.or_else(|| crate::language::detected(text));
        let analysis = analyze(text, language, title);
        let parts = score::parts(&analysis);
        let w = &self.weights;

        let candidates: Vec<Candidate<'_>> = analysis
            .sentences
            .iter()
            .zip(&parts)
            .enumerate()
            .filter(|(_, (s, _))| {
                s.eligible
                    && s.words >= self.min_words
                    && s.words <= self.max_words
                    && !(self.skip_questions && s.question)
                    && !(self.skip_quotes && s.quoted > 0.5)
            })
            .map(|(index, (s, p))| Candidate {
                index,
                score: w.base(p),
                words: s.words,
                chars: s.chars,
                terms: &s.terms,
            })
            .collect();
        let eligible = analysis.sentences.iter().filter(|s| s.eligible).count();
        let budget = match self.length {
            Length::Sentences(n) => Budget::Sentences(n),
            Length::Preset(p) => Budget::Sentences(p.sentences()),
            Length::Ratio(r) => Budget::Sentences(((eligible as f64 * r).round() as usize).max(1)),
            Length::Words(n) => Budget::Words(n),
            Length::Chars(n) => Budget::Chars(n),
        };
        let chosen = select(&candidates, budget, w.redundancy, &analysis.tf);

        let sentences: Vec<Sentence<'a>> = chosen
            .iter()
            .map(|c| {
                let info = &analysis.sentences[c.index];
                let mut p = parts[c.index];
                p.redundancy = c.redundancy;
                Sentence {
                    index: c.index,
                    text: &text[info.span.bytes.clone()],
                    bytes: info.span.bytes.clone(),
                    utf16: info.utf16.clone(),
                    score: c.score,
                    parts: p,
                }
            })
            .collect();
        let stats = Stats {
            sentences_in: analysis.sentences.len(),
            sentences_out: sentences.len(),
            words_in: analysis.sentences.iter().map(|s| s.words).sum(),
            words_out: chosen
                .iter()
                .map(|c| analysis.sentences[c.index].words)
                .sum(),
        };
        Summary {
            keywords: keywords(text, &analysis, self.keywords),
            sentences,
            language,
            stats,
        }
    }
}

/// The `n` most frequent terms, each shown by its most frequent written form.
#[cfg_attr(abridge_small, optimize(size))]
fn keywords(text: &str, a: &Analysis, n: usize) -> Vec<Keyword> {
    if n == 0 {
        return Vec::new();
    }
    // Most frequent first; ties go to the term seen first (lower id). One u64
    // key per term (inverted frequency, then id) so a plain unstable sort does.
    let mut keys: Vec<u64> = (0..a.tf.len() as u32)
        .filter(|&t| a.tf[t as usize] > 0)
        .map(|t| (u64::from(u32::MAX - a.tf[t as usize]) << 32) | u64::from(t))
        .collect();
    keys.sort_unstable();
    let order: Vec<u32> = keys.iter().take(n).map(|&k| k as u32).collect();
    let Some(&top) = order.first() else {
        return Vec::new();
    };
    let top_tf = f64::from(a.tf[top as usize]);

    // Each term's place among the keywords (u32::MAX: none).
    let mut wanted = vec![u32::MAX; a.tf.len()];
    for (i, &t) in order.iter().enumerate() {
        wanted[t as usize] = i as u32;
    }
    // Per keyword, in one pass over the tokens (in text order): where each
    // occurrence is, in bytes and UTF-16.
    let mut bytes: Vec<Vec<Range<usize>>> = vec![Vec::new(); order.len()];
    let mut utf16: Vec<Vec<Range<usize>>> = vec![Vec::new(); order.len()];
    let mut at = Utf16Cursor::default();
    for tok in &a.tokens {
        if let Some(&slot) = wanted.get(tok.term as usize).filter(|&&s| s != u32::MAX) {
            utf16[slot as usize].push(at.range(text, tok.bytes.clone()));
            bytes[slot as usize].push(tok.bytes.clone());
        }
    }
    order
        .iter()
        .zip(bytes.into_iter().zip(utf16))
        .map(|(&t, (bytes, utf16))| {
            // Most frequent written form; on a tie, the one seen first. The
            // occurrences sorted by form (then order), so each form is a run
            // whose first entry is its first occurrence: O(n log n) however
            // many forms a term has (a text may write one word in thousands
            // of ways, "aBc", "AbC", …).
            let mut written: Vec<(&str, u32)> = (0u32..)
                .zip(&bytes)
                .map(|(i, r)| (&text[r.clone()], i))
                .collect();
            written.sort_unstable();
            let mut best: Option<(usize, std::cmp::Reverse<u32>, &str)> = None;
            for run in written.chunk_by(|x, y| x.0 == y.0) {
                let candidate = (run.len(), std::cmp::Reverse(run[0].1), run[0].0);
                if best.is_none_or(|b| (candidate.0, candidate.1) > (b.0, b.1)) {
                    best = Some(candidate);
                }
            }
            let word = best.map(|b| b.2.to_owned()).unwrap_or_default();
            Keyword {
                word,
                stem: a.stems[t as usize].to_string(),
                weight: f64::from(a.tf[t as usize]) / top_tf,
                count: a.tf[t as usize] as usize,
                bytes,
                utf16,
            }
        })
        .collect()
}

/// Converts byte ranges that come in increasing start order to UTF-16
/// ranges, counting each stretch of text once.
#[derive(Default)]
struct Utf16Cursor {
    byte: usize,
    unit: usize,
}

impl Utf16Cursor {
    fn range(&mut self, text: &str, bytes: Range<usize>) -> Range<usize> {
        if bytes.start < self.byte {
            // Overlapping bigrams: step back to the start of the text.
            *self = Utf16Cursor::default();
        }
        self.unit += utf16_len(&text[self.byte..bytes.start]);
        self.byte = bytes.start;
        self.unit..self.unit + utf16_len(&text[bytes])
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_options_follow_the_names() {
        for (option, name) in WEIGHT_OPTIONS.iter().zip(Weights::NAMES) {
            assert_eq!(*option, format!("weights.{name}"));
        }
    }
}
