//! The one error type: a bad option.

use std::fmt;

/// An invalid option passed to [`SummarizerBuilder::build`](crate::SummarizerBuilder::build)
/// or to [`summarize`](crate::summarize).
///
/// Text is never an error: every string, including the empty one, gives a
/// [`Summary`](crate::Summary). Only settings outside their allowed range are
/// rejected, and the message names the option and the range.
///
/// ```
/// use abridge::{Length, Summarizer};
///
/// let err = Summarizer::builder().length(Length::Ratio(1.5)).build().unwrap_err();
/// assert_eq!(err.option(), "ratio");
/// assert!(err.to_string().contains("ratio"));
/// assert!(err.to_string().contains("1.5"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    option: &'static str,
    message: String,
}

impl Error {
    pub(crate) fn new(option: &'static str, message: impl Into<String>) -> Self {
        Error {
            option,
            message: message.into(),
        }
    }

    /// The name of the offending option, in snake case (`"min_words"`).
    ///
    /// ```
    /// let err = abridge::summarize("Some text.", abridge::Length::Sentences(0)).unwrap_err();
    /// assert_eq!(err.option(), "sentences");
    /// ```
    pub fn option(&self) -> &'static str {
        self.option
    }

    /// What was wrong, without the option name: `"must be from 1 to 10000, got 0"`.
    ///
    /// ```
    /// let err = abridge::summarize("Some text.", abridge::Length::Words(0)).unwrap_err();
    /// assert!(err.reason().starts_with("must be"));
    /// ```
    pub fn reason(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid option `{}`: {}", self.option, self.message)
    }
}

impl std::error::Error for Error {}
