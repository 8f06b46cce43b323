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

    /// What was wrong, without the option name: `"must be at least 1, got 0"`.
    ///
    /// ```
    /// let err = abridge::summarize("Some text.", abridge::Length::Words(0)).unwrap_err();
    /// assert_eq!(err.reason(), "must be at least 1, got 0");
    /// ```
    pub fn reason(&self) -> &str {
        &self.message
    }
}

/// Formats a number for an error message without pulling the float
/// formatting machinery (about 15 KB of WebAssembly) into the build:
/// integers as integers, others to at most six decimals.
pub(crate) fn show(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "infinity" } else { "-infinity" }.into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if a >= 1e15 {
        return format!("{sign}{}", a as u64);
    }
    let micros = (a * 1e6).round() as u64;
    let (int, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        if int == 0 && a > 0.0 {
            return format!("{sign}0.000000 (rounded)");
        }
        return format!("{sign}{int}");
    }
    let frac = format!("{frac:06}");
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid option `{}`: {}", self.option, self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::show;

    #[test]
    fn numbers_in_messages() {
        assert_eq!(show(1.5), "1.5");
        assert_eq!(show(-2.0), "-2");
        assert_eq!(show(0.125), "0.125");
        assert_eq!(show(f64::NAN), "NaN");
        assert_eq!(show(f64::NEG_INFINITY), "-infinity");
        assert_eq!(show(1e-9), "0.000000 (rounded)");
        assert_eq!(show(0.0), "0");
    }
}
