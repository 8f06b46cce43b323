//! What a summary holds: positions and scores, borrowed from the input.

use std::ops::Range;

use crate::Language;

/// The result of summarising one text.
///
/// Sentences are in document order and borrow their text from the input.
///
/// ```
/// let text = "Cats sleep a lot. Cats sleep in the sun. Dogs bark at the mail carrier every day.";
/// let summary = abridge::summarize(text, abridge::Length::Sentences(2)).unwrap();
/// assert_eq!(summary.sentences.len(), 2);
/// assert!(summary.sentences[0].index < summary.sentences[1].index);
/// assert_eq!(summary.stats.sentences_in, 3);
/// assert_eq!(summary.language, Some(abridge::Language::English));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence<'a>>,
    /// The most central terms of the text, most important first.
    pub keywords: Vec<Keyword>,
    /// The language used for stop words and stemming: the one set in the
    /// options, or the detected one; `None` for text in another script.
    pub language: Option<Language>,
    /// Counts of sentences and words in and out.
    pub stats: Stats,
}

impl Summary<'_> {
    /// The chosen sentences joined by single spaces: the summary as plain text.
    ///
    /// ```
    /// let text = "It was a fine day. The children played outside.";
    /// let s = abridge::summarize(text, abridge::Length::Sentences(5)).unwrap();
    /// assert_eq!(s.to_text(), text);
    /// ```
    pub fn to_text(&self) -> String {
        let parts: Vec<&str> = self.sentences.iter().map(|s| s.text).collect();
        parts.join(" ")
    }
}

/// One chosen sentence: where it is in the input and why it was chosen.
///
/// ```
/// let text = "🚀 Rocket prices rose again. Rice prices rose the most.";
/// let s = abridge::summarize(text, abridge::Length::Sentences(2)).unwrap();
/// let last = &s.sentences[1];
/// assert_eq!(&text[last.bytes.clone()], last.text);
/// // JavaScript indexes strings in UTF-16 code units: the rocket counts 2.
/// assert_eq!(last.bytes, 31..57);
/// assert_eq!(last.utf16, 29..55);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence<'a> {
    /// Index among all sentences of the input (0-based, headings included).
    pub index: usize,
    /// The sentence, trimmed: `&input[bytes]`.
    pub text: &'a str,
    /// Byte range in the input.
    pub bytes: Range<usize>,
    /// Range in UTF-16 code units, for JavaScript's `text.slice(start, end)`.
    pub utf16: Range<usize>,
    /// The total score: `parts` weighted by [`Weights`](crate::Weights),
    /// less the redundancy penalty.
    pub score: f64,
    /// The parts of the score, each in `0..=1`, before weighting.
    pub parts: ScoreParts,
}

/// The parts a sentence's score is made of, each in `0.0..=1.0`.
///
/// See the crate documentation for how each is computed.
///
/// ```
/// let s = abridge::summarize("A lone sentence about the weather.", abridge::Length::Sentences(1)).unwrap();
/// let p = s.sentences[0].parts;
/// assert_eq!(p.position, 1.0); // the first sentence
/// assert_eq!(p.redundancy, 0.0);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ScoreParts {
    /// How central its terms are to the whole text (term-frequency centrality).
    pub centrality: f64,
    /// Lead and paragraph-start prior.
    pub position: f64,
    /// Overlap with the title or headline.
    pub title: f64,
    /// Length prior: 1 for sentences of a typical length.
    pub length: f64,
    /// Similarity to the sentences chosen before it (subtracted).
    pub redundancy: f64,
}

impl ScoreParts {
    /// Each part with its name ([`Weights::NAMES`](crate::Weights::NAMES)), in field order.
    ///
    /// ```
    /// let p = abridge::ScoreParts { title: 0.5, ..Default::default() };
    /// assert_eq!(p.iter().nth(2), Some(("title", 0.5)));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> {
        crate::Weights::NAMES.into_iter().zip([
            self.centrality,
            self.position,
            self.title,
            self.length,
            self.redundancy,
        ])
    }
}

/// A central term, shown by its most frequent written form, and every place
/// it occurs (all its forms).
///
/// ```
/// let text = "Kuleba met Blinken. Kuleba spoke. Blinken listened to Kuleba.";
/// let s = abridge::summarize(text, abridge::Length::Sentences(1)).unwrap();
/// let k = &s.keywords[0];
/// assert_eq!(k.word, "Kuleba");
/// assert_eq!(k.count, 3);
/// assert_eq!(k.weight, 1.0);
/// assert_eq!(k.bytes, [0..6, 20..26, 54..60]);
/// assert!(k.bytes.iter().all(|r| &text[r.clone()] == "Kuleba"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The most frequent surface form ("Ukraine").
    pub word: String,
    /// The stem that groups its forms ("ukrain").
    pub stem: String,
    /// Relative weight: 1.0 for the top keyword.
    pub weight: f64,
    /// How often the stem occurs in the text.
    pub count: usize,
    /// Byte ranges of its `count` occurrences in the input, in order. Ranges
    /// of Chinese or Japanese character bigrams can overlap ("人人人").
    pub bytes: Vec<Range<usize>>,
    /// The same occurrences in UTF-16 code units, for JavaScript.
    ///
    /// ```
    /// let text = "🚀 Rockets fly. Rockets land again and again and again.";
    /// let s = abridge::summarize(text, abridge::Length::Sentences(1)).unwrap();
    /// let k = s.keywords.iter().find(|k| k.word == "Rockets").unwrap();
    /// assert_eq!(k.bytes[0], 5..12);
    /// assert_eq!(k.utf16[0], 3..10); // the rocket is 4 bytes, 2 UTF-16 units
    /// ```
    pub utf16: Vec<Range<usize>>,
}

/// Counts of sentences and words, in the input and in the summary.
///
/// ```
/// let text = "One two three four. Five six seven eight nine.";
/// let s = abridge::summarize(text, abridge::Length::Sentences(1)).unwrap();
/// assert_eq!((s.stats.sentences_in, s.stats.words_in), (2, 9));
/// assert_eq!(s.stats.sentences_out, 1);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Sentences in the input (headings and captions included).
    pub sentences_in: usize,
    /// Sentences in the summary.
    pub sentences_out: usize,
    /// Words in the input.
    pub words_in: usize,
    /// Words in the summary.
    pub words_out: usize,
}
