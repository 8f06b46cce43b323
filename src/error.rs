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
#[cfg_attr(abridge_small, optimize(size))]
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
        return [sign, &int(a as u64)].concat();
    }
    let micros = (a * 1e6).round() as u64;
    let (whole, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        if whole == 0 && a > 0.0 {
            return [sign, "0.000000 (rounded)"].concat();
        }
        return [sign, &int(whole)].concat();
    }
    // Six digits (1_000_000 + frac has seven), without trailing zeros.
    let digits = int(1_000_000 + frac);
    [sign, &int(whole), ".", digits[1..].trim_end_matches('0')].concat()
}

/// `n` in decimal. Messages are put together without `format!`: core::fmt
/// would add about a kilobyte (brotli) to every wasm module.
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn int(n: u64) -> String {
    let mut digits = String::new();
    let mut n = n;
    loop {
        digits.insert(0, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            return digits;
        }
    }
}

impl Error {
    /// The whole message, as [`Display`](fmt::Display) writes it.
    pub(crate) fn text(&self) -> String {
        ["invalid option `", self.option, "`: ", &self.message].concat()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::{int, show};

    #[test]
    fn numbers_in_messages() {
        assert_eq!(show(1.5), "1.5");
        assert_eq!(show(-2.0), "-2");
        assert_eq!(show(0.125), "0.125");
        assert_eq!(show(f64::NAN), "NaN");
        assert_eq!(show(f64::NEG_INFINITY), "-infinity");
        assert_eq!(show(1e-9), "0.000000 (rounded)");
        assert_eq!(show(0.0), "0");
        assert_eq!(show(3.000_05), "3.00005");
        assert_eq!(show(-1e16), "-10000000000000000");
        assert_eq!(int(0), "0");
        assert_eq!(int(u64::MAX), u64::MAX.to_string());
    }
}
