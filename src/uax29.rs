//! UAX #29 word and sentence bounds from one compact table of our own, the
//! same as unicode-segmentation 1.13 gives them going forward
//! (`split_word_bounds`, `split_sentence_bound_indices`).
//!
//! unicode-segmentation's word, sentence and emoji tables are ~50 KB of
//! every wasm module before compression; with its two state machines they
//! cost 11.9 KB of the English module (brotli). Here one table gives each
//! code point its word-break class, its sentence-break class and whether
//! it is Extended_Pictographic. Most letters take their sentence-break class
//! (Upper, Lower, OLetter) from the standard library's `is_uppercase`,
//! `is_lowercase` and `is_alphabetic` (which abridge links anyway), so the
//! alternating capitals and small letters of Latin, Greek and Cyrillic need
//! no runs of their own: [`KINDS`] marks those "derived". The word-break
//! class is never derived: every character of a word is looked up, and an
//! `is_alphabetic` call for each made text in other scripts a third slower
//! (the native CLI on 3,000 copies of the Russian, Greek, Arabic and Tamil
//! samples, 5 alternating runs, median CPU time: 1.26 s derived, 0.76 s
//! not, 0.92 s with unicode-segmentation), for 795 runs fewer (267 B of the
//! English module, brotli). The table is 2,408 runs of 35 kinds: [`VALUES`]
//! and [`LENGTHS`], 4.9 KB. The state machines
//! ([`word_end`], [`sentence_breaks`]) follow unicode-segmentation's
//! forward iterators rule for rule, so their quirks are kept.
//!
//! unicode-segmentation stays the reference: the tests find every code
//! point's classes from its behaviour (each class reacts differently to a
//! few neighbours) and compare them with the table, which they print again
//! when a Unicode update changes a class; the proptests compare the bounds.
//! Format behaves exactly as Extend in both algorithms, so it is Extend here.

use std::sync::OnceLock;

/// Word-break classes (UAX #29 Word_Break; Format is [`Wb::Extend`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Wb {
    Any,
    ALetter,
    Hebrew,
    Numeric,
    Katakana,
    ExtendNumLet,
    Regional,
    Zwj,
    WSegSpace,
    Extend,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,
    Cr,
    Lf,
    Newline,
}

/// Every [`Wb`], in the order of their codes in [`KINDS`].
const WBS: [Wb; 18] = [
    Wb::Any,
    Wb::ALetter,
    Wb::Hebrew,
    Wb::Numeric,
    Wb::Katakana,
    Wb::ExtendNumLet,
    Wb::Regional,
    Wb::Zwj,
    Wb::WSegSpace,
    Wb::Extend,
    Wb::MidLetter,
    Wb::MidNum,
    Wb::MidNumLet,
    Wb::SingleQuote,
    Wb::DoubleQuote,
    Wb::Cr,
    Wb::Lf,
    Wb::Newline,
];

/// Sentence-break classes (UAX #29 Sentence_Break; Format is [`Sb::Extend`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Sb {
    Any,
    ATerm,
    STerm,
    Close,
    Sp,
    Sep,
    Cr,
    Lf,
    Extend,
    Numeric,
    SContinue,
    Upper,
    Lower,
    OLetter,
}

/// Every [`Sb`], in the order of their codes in [`KINDS`].
const SBS: [Sb; 14] = [
    Sb::Any,
    Sb::ATerm,
    Sb::STerm,
    Sb::Close,
    Sb::Sp,
    Sb::Sep,
    Sb::Cr,
    Sb::Lf,
    Sb::Extend,
    Sb::Numeric,
    Sb::SContinue,
    Sb::Upper,
    Sb::Lower,
    Sb::OLetter,
];

/// A sentence-break code in [`KINDS`] that means "derived from the
/// standard library": Upper if `is_uppercase`, Lower if `is_lowercase`,
/// OLetter if `is_alphabetic`, else Any.
const D: u8 = 31;

/// `(word-break code, sentence-break code)`: indexes into [`WBS`] and
/// [`SBS`] (or [`D`]). A byte of [`VALUES`] is an index into this, plus 0x80
/// for Extended_Pictographic.
#[rustfmt::skip]
const KINDS: [(u8, u8); 35] = [
    (0, 31), (0, 4), (16, 7), (17, 4), (15, 6), (8, 4), (0, 2), (14, 3), (13, 3), (0, 3), (11, 10), (0, 10), (12, 1), (3, 9), (10, 10), (1, 31),
    (5, 31), (17, 5), (9, 8), (10, 31), (1, 11), (11, 2), (2, 31), (1, 13), (11, 9), (1, 8), (0, 8), (7, 8), (12, 3), (5, 4), (11, 31), (4, 31),
    (12, 31), (6, 31), (9, 31),
];

/// The class of each run of code points (see [`KINDS`]), from U+0000 on.
#[rustfmt::skip]
const VALUES: [u8; 2408] = [
    0, 1, 2, 3, 4, 0, 5, 6, 7, 0, 8, 9, 0, 10, 11, 12,
    0, 13, 14, 10, 0, 6, 0, 15, 9, 0, 9, 0, 16, 0, 15, 9,
    0, 9, 0, 17, 0, 1, 0, 128, 15, 9, 0, 18, 128, 0, 15, 0,
    19, 15, 0, 15, 9, 0, 15, 0, 15, 0, 15, 20, 15, 20, 15, 20,
    15, 20, 15, 0, 15, 18, 15, 0, 15, 0, 15, 10, 15, 0, 15, 19,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18, 15, 0, 15, 0, 15,
    11, 15, 19, 15, 21, 15, 0, 18, 0, 18, 0, 18, 0, 18, 0, 18,
    0, 22, 0, 22, 23, 19, 0, 13, 0, 10, 0, 18, 0, 18, 6, 15,
    18, 13, 0, 13, 24, 0, 15, 18, 15, 6, 15, 18, 13, 0, 18, 15,
    18, 0, 18, 15, 13, 15, 0, 15, 6, 0, 25, 15, 18, 15, 18, 0,
    15, 18, 15, 0, 13, 15, 18, 15, 0, 10, 6, 15, 0, 18, 0, 15,
    18, 15, 18, 15, 18, 15, 18, 0, 6, 0, 6, 0, 6, 0, 15, 18,
    0, 15, 0, 15, 0, 15, 13, 0, 18, 15, 18, 13, 18, 15, 18, 15,
    18, 15, 18, 15, 18, 6, 13, 0, 15, 18, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 18, 15, 18, 0, 18, 0, 18, 15, 0,
    18, 0, 15, 0, 15, 18, 0, 13, 15, 0, 15, 0, 18, 0, 18, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18, 0,
    18, 0, 18, 0, 18, 0, 18, 0, 15, 0, 15, 0, 13, 18, 15, 18,
    0, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18,
    15, 18, 0, 18, 0, 18, 0, 15, 0, 15, 18, 0, 13, 0, 15, 18,
    0, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18,
    15, 18, 0, 18, 0, 18, 0, 18, 0, 15, 0, 15, 18, 0, 13, 0,
    15, 0, 18, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 18, 0, 18, 0, 18, 0, 15, 0, 18,
    0, 13, 0, 18, 15, 0, 15, 0, 15, 0, 15, 0, 18, 15, 18, 0,
    18, 0, 18, 0, 18, 0, 15, 0, 15, 0, 15, 18, 0, 13, 0, 15,
    18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18, 15, 18, 0,
    18, 0, 18, 0, 18, 0, 15, 0, 15, 18, 0, 13, 0, 15, 18, 0,
    18, 15, 0, 15, 0, 15, 18, 15, 18, 0, 18, 0, 18, 15, 0, 15,
    18, 0, 15, 18, 0, 13, 0, 15, 0, 18, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 18, 0, 18, 0, 18, 0, 18, 0, 13, 0, 18,
    0, 18, 0, 18, 0, 18, 0, 13, 0, 18, 0, 18, 0, 18, 0, 13,
    0, 15, 0, 18, 0, 13, 0, 18, 0, 18, 0, 18, 9, 18, 15, 0,
    15, 0, 18, 0, 18, 15, 18, 0, 18, 0, 18, 0, 18, 0, 13, 6,
    0, 18, 0, 18, 0, 18, 0, 18, 0, 18, 0, 18, 0, 18, 13, 18,
    0, 15, 0, 15, 0, 15, 0, 23, 0, 15, 23, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18, 0, 6, 0, 6,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 6, 15, 5, 15, 9, 0, 15,
    0, 15, 0, 15, 18, 0, 15, 18, 6, 0, 15, 18, 0, 15, 0, 15,
    0, 18, 0, 18, 6, 0, 18, 0, 13, 0, 11, 6, 0, 11, 6, 0,
    18, 13, 0, 15, 0, 15, 18, 15, 18, 15, 0, 15, 0, 15, 0, 18,
    0, 18, 0, 6, 13, 0, 13, 0, 15, 18, 0, 18, 0, 18, 0, 18,
    13, 0, 13, 0, 6, 0, 18, 0, 18, 0, 18, 15, 18, 15, 0, 6,
    13, 6, 0, 6, 0, 18, 0, 6, 18, 15, 18, 15, 13, 15, 18, 0,
    15, 18, 0, 6, 0, 13, 0, 15, 13, 15, 6, 15, 0, 23, 0, 23,
    0, 18, 0, 18, 15, 18, 15, 18, 15, 18, 15, 0, 15, 18, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 20, 15, 20, 15, 20, 15, 0, 15, 20, 0, 15, 0, 15, 0, 15,
    20, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 20, 0, 5, 1, 5,
    26, 18, 27, 18, 0, 11, 0, 28, 9, 0, 12, 0, 19, 17, 18, 29,
    0, 9, 0, 134, 6, 0, 16, 0, 30, 9, 6, 134, 0, 16, 0, 5,
    18, 0, 18, 0, 15, 0, 9, 15, 0, 9, 0, 15, 0, 18, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 128, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 143, 0, 15, 0, 15, 0, 15, 0, 15, 0, 128, 0,
    128, 0, 9, 0, 128, 0, 128, 9, 0, 128, 0, 128, 0, 128, 0, 15,
    143, 15, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 128, 0, 9, 0, 128, 0, 9, 0, 128,
    0, 128, 0, 128, 0, 128, 0, 9, 0, 9, 0, 128, 0, 9, 0, 9,
    0, 9, 0, 128, 0, 128, 0, 128, 0, 128, 0, 15, 0, 15, 18, 15,
    0, 6, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    18, 9, 0, 9, 0, 9, 0, 6, 15, 0, 6, 0, 9, 0, 6, 9,
    0, 5, 11, 6, 0, 15, 0, 9, 0, 9, 0, 9, 0, 18, 128, 31,
    0, 15, 128, 0, 18, 31, 0, 31, 0, 31, 0, 15, 0, 15, 0, 15,
    0, 31, 0, 128, 0, 128, 0, 31, 0, 31, 0, 15, 0, 15, 0, 6,
    15, 0, 6, 15, 13, 15, 0, 15, 18, 0, 18, 0, 15, 18, 15, 18,
    0, 6, 0, 6, 0, 15, 0, 15, 18, 15, 18, 15, 18, 15, 18, 0,
    18, 0, 15, 0, 6, 0, 18, 15, 18, 0, 6, 13, 0, 18, 15, 0,
    15, 0, 15, 18, 13, 15, 18, 0, 6, 15, 18, 0, 15, 0, 18, 15,
    18, 0, 6, 0, 15, 13, 0, 18, 0, 13, 0, 15, 18, 0, 15, 18,
    15, 18, 0, 13, 0, 6, 0, 18, 0, 18, 0, 18, 0, 18, 0, 18,
    0, 18, 0, 15, 18, 6, 15, 18, 0, 15, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 18, 6, 18, 0, 13, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 22, 18, 22, 0, 22, 0, 22, 0, 22, 0,
    22, 0, 22, 0, 22, 15, 0, 15, 9, 0, 15, 0, 15, 0, 15, 0,
    18, 11, 6, 14, 11, 6, 9, 0, 18, 0, 11, 16, 9, 0, 9, 0,
    16, 10, 11, 12, 0, 10, 14, 6, 11, 9, 0, 11, 0, 15, 0, 15,
    0, 18, 0, 6, 0, 32, 9, 0, 10, 11, 12, 0, 13, 14, 10, 0,
    6, 0, 15, 9, 0, 9, 0, 16, 0, 15, 9, 0, 9, 0, 9, 6,
    9, 11, 0, 31, 18, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 18,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15,
    0, 18, 0, 15, 0, 15, 0, 18, 0, 15, 0, 15, 0, 15, 18, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 13, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 18, 0, 18, 0, 18, 15, 0, 15, 0, 15, 0, 18, 0, 18, 0,
    6, 0, 15, 0, 15, 0, 15, 0, 15, 18, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 18, 0, 13, 0, 13, 15,
    0, 18, 0, 15, 0, 15, 0, 18, 0, 15, 0, 15, 0, 18, 15, 0,
    15, 0, 15, 18, 0, 6, 0, 15, 18, 6, 0, 15, 0, 15, 0, 18,
    15, 18, 6, 0, 13, 18, 15, 18, 15, 0, 18, 15, 18, 0, 13, 6,
    18, 0, 13, 0, 15, 0, 13, 0, 18, 15, 18, 0, 13, 0, 6, 15,
    18, 15, 0, 15, 18, 0, 15, 0, 18, 15, 18, 15, 6, 0, 18, 6,
    18, 13, 15, 0, 15, 0, 6, 0, 15, 0, 15, 18, 6, 0, 6, 0,
    18, 15, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 6, 0, 15,
    18, 0, 13, 0, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 18, 15, 18, 0, 18, 0, 18, 0, 15, 0, 18, 0, 15, 18,
    0, 18, 0, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 18, 0,
    18, 0, 18, 0, 18, 0, 18, 15, 18, 15, 6, 0, 18, 0, 15, 18,
    15, 6, 0, 13, 0, 18, 15, 0, 15, 18, 15, 0, 15, 0, 13, 0,
    15, 18, 0, 18, 0, 6, 0, 6, 15, 18, 0, 15, 18, 6, 0, 15,
    0, 13, 0, 15, 18, 15, 0, 13, 0, 13, 0, 18, 0, 13, 0, 6,
    0, 15, 18, 0, 15, 13, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15,
    18, 0, 18, 0, 18, 15, 18, 15, 18, 6, 0, 6, 0, 13, 0, 15,
    0, 15, 18, 0, 18, 15, 0, 15, 18, 0, 15, 18, 15, 18, 15, 18,
    0, 6, 0, 18, 0, 15, 18, 15, 18, 0, 6, 15, 0, 15, 0, 18,
    0, 15, 0, 13, 0, 15, 0, 15, 18, 0, 18, 15, 6, 0, 13, 0,
    15, 0, 18, 0, 18, 0, 15, 0, 15, 0, 15, 18, 0, 18, 0, 18,
    0, 18, 15, 18, 0, 13, 0, 15, 0, 15, 0, 15, 18, 0, 18, 0,
    18, 15, 0, 13, 0, 15, 0, 13, 0, 15, 18, 6, 0, 18, 15, 18,
    15, 0, 15, 18, 0, 18, 6, 0, 13, 18, 0, 15, 0, 15, 0, 15,
    0, 15, 0, 15, 0, 15, 18, 15, 18, 0, 15, 0, 15, 0, 15, 18,
    13, 0, 15, 0, 15, 0, 13, 0, 6, 15, 0, 13, 0, 15, 0, 18,
    6, 0, 15, 18, 6, 0, 15, 6, 0, 13, 0, 15, 0, 15, 0, 15,
    0, 6, 13, 0, 15, 0, 6, 0, 15, 0, 15, 0, 15, 0, 18, 15,
    18, 0, 18, 15, 0, 15, 0, 15, 18, 0, 18, 0, 31, 0, 31, 0,
    31, 0, 31, 0, 31, 0, 31, 0, 31, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 18, 6, 18, 0, 13, 0, 18, 0, 18, 0, 18, 0, 18, 0,
    18, 0, 18, 0, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 13, 0, 18, 0, 18, 0, 18, 0, 18, 0, 6, 0, 18, 0,
    18, 0, 15, 0, 15, 0, 18, 0, 18, 0, 18, 0, 18, 0, 18, 0,
    15, 0, 18, 0, 15, 0, 18, 15, 0, 13, 0, 15, 0, 15, 18, 0,
    15, 18, 13, 0, 15, 18, 13, 0, 15, 18, 15, 13, 0, 15, 0, 15,
    18, 15, 18, 15, 18, 15, 18, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 18, 0, 15, 18, 15, 0, 13, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0,
    15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 15, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 15, 0, 15, 0,
    143, 15, 143, 15, 0, 128, 0, 128, 0, 128, 33, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 34, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 9, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0,
    128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 128, 0, 13, 0,
    128, 0, 18, 0, 18, 0, 18, 0,
];

/// The length of each run, LEB128 (seven bits a byte, low bits first).
#[rustfmt::skip]
const LENGTHS: [u8; 2488] = [
    9, 1, 1, 2, 1, 18, 1, 1, 1, 4, 1, 2, 2, 1, 1, 1,
    1, 10, 1, 1, 3, 1, 1, 26, 1, 1, 1, 1, 1, 1, 26, 1,
    1, 1, 7, 1, 26, 1, 8, 1, 1, 1, 1, 1, 1, 6, 1, 1,
    1, 1, 1, 1, 1, 4, 23, 1, 31, 1, 205, 1, 1, 2, 1, 2,
    1, 38, 1, 229, 1, 6, 34, 112, 5, 1, 2, 2, 4, 1, 1, 6,
    1, 1, 3, 1, 1, 1, 20, 1, 83, 1, 139, 1, 1, 7, 166, 1,
    1, 38, 2, 4, 1, 1, 1, 41, 1, 1, 6, 45, 1, 1, 1, 2,
    1, 2, 1, 1, 8, 27, 4, 4, 1, 1, 11, 6, 6, 2, 2, 11,
    1, 1, 3, 43, 21, 10, 1, 1, 1, 1, 2, 1, 99, 1, 1, 7,
    1, 1, 6, 2, 2, 1, 4, 2, 10, 3, 2, 1, 3, 12, 1, 1,
    1, 30, 27, 2, 89, 11, 1, 14, 10, 33, 9, 2, 2, 1, 1, 1,
    2, 1, 2, 22, 4, 1, 9, 1, 3, 1, 5, 9, 1, 1, 1, 3,
    2, 1, 25, 3, 4, 11, 5, 24, 1, 7, 2, 5, 9, 42, 24, 1,
    33, 54, 3, 1, 18, 1, 7, 10, 2, 2, 10, 1, 16, 3, 1, 8,
    2, 2, 2, 22, 1, 7, 1, 1, 3, 4, 2, 1, 1, 7, 2, 2,
    2, 3, 1, 8, 1, 4, 2, 1, 3, 2, 2, 10, 2, 10, 1, 1,
    1, 2, 3, 1, 6, 4, 2, 2, 22, 1, 7, 1, 2, 1, 2, 1,
    2, 2, 1, 1, 5, 4, 2, 2, 3, 3, 1, 7, 4, 1, 1, 7,
    10, 2, 3, 1, 11, 3, 1, 9, 1, 3, 1, 22, 1, 7, 1, 2,
    1, 5, 2, 1, 1, 8, 1, 3, 1, 3, 2, 1, 15, 2, 2, 2,
    10, 9, 1, 6, 1, 3, 1, 8, 2, 2, 2, 22, 1, 7, 1, 2,
    1, 5, 2, 1, 1, 7, 2, 2, 2, 3, 7, 3, 4, 2, 1, 3,
    2, 2, 10, 1, 1, 16, 1, 1, 1, 6, 3, 3, 1, 4, 3, 2,
    1, 1, 1, 2, 3, 2, 3, 3, 3, 12, 4, 5, 3, 3, 1, 4,
    2, 1, 6, 1, 14, 10, 16, 5, 8, 1, 3, 1, 23, 1, 16, 2,
    1, 1, 7, 1, 3, 1, 4, 7, 2, 1, 3, 1, 2, 2, 2, 2,
    2, 10, 16, 1, 3, 1, 8, 1, 3, 1, 23, 1, 10, 1, 5, 2,
    1, 1, 7, 1, 3, 1, 4, 7, 2, 5, 3, 1, 2, 2, 2, 10,
    1, 2, 1, 12, 4, 9, 1, 3, 1, 41, 2, 1, 7, 1, 3, 1,
    4, 1, 5, 3, 1, 7, 3, 2, 2, 10, 10, 6, 1, 3, 1, 18,
    3, 24, 1, 9, 1, 1, 2, 7, 3, 1, 4, 6, 1, 1, 1, 8,
    6, 10, 2, 2, 61, 1, 2, 7, 12, 8, 1, 10, 87, 1, 2, 9,
    11, 7, 1, 10, 38, 1, 23, 2, 6, 10, 11, 1, 1, 1, 1, 1,
    4, 2, 8, 1, 36, 4, 20, 1, 2, 5, 11, 1, 36, 9, 1, 100,
    20, 1, 10, 2, 10, 4, 4, 3, 1, 3, 2, 7, 3, 4, 13, 12,
    1, 1, 10, 4, 2, 38, 1, 1, 5, 1, 2, 43, 1, 1, 3, 201,
    2, 1, 4, 2, 7, 1, 1, 1, 4, 2, 41, 1, 4, 2, 33, 1,
    4, 2, 7, 1, 1, 1, 4, 2, 15, 1, 57, 1, 4, 2, 67, 2,
    3, 2, 1, 4, 2, 23, 16, 16, 86, 2, 6, 3, 236, 4, 1, 1,
    17, 1, 26, 2, 3, 75, 3, 11, 7, 18, 4, 9, 19, 3, 2, 9,
    18, 2, 12, 13, 1, 3, 1, 2, 64, 32, 2, 7, 1, 2, 10, 24,
    1, 1, 4, 1, 1, 1, 5, 10, 6, 89, 7, 5, 2, 34, 1, 1,
    5, 70, 10, 31, 1, 12, 4, 12, 8, 2, 10, 128, 1, 11, 37, 23,
    5, 57, 10, 1, 29, 2, 1, 10, 6, 10, 14, 4, 4, 46, 2, 12,
    20, 5, 47, 17, 8, 1, 2, 10, 2, 2, 2, 11, 9, 9, 3, 3,
    30, 13, 2, 10, 44, 14, 12, 36, 20, 3, 2, 3, 10, 3, 3, 10,
    36, 2, 11, 5, 43, 2, 3, 16, 3, 1, 21, 4, 1, 6, 1, 2,
    3, 1, 5, 192, 1, 64, 150, 2, 2, 6, 2, 38, 2, 6, 2, 8,
    1, 1, 1, 1, 1, 1, 1, 31, 2, 8, 8, 8, 8, 8, 8, 5,
    1, 6, 1, 1, 1, 3, 3, 1, 6, 1, 3, 4, 2, 6, 4, 13,
    5, 3, 1, 6, 1, 3, 7, 1, 3, 1, 1, 1, 2, 3, 2, 3,
    2, 6, 4, 1, 2, 1, 2, 5, 1, 9, 2, 1, 1, 1, 1, 2,
    3, 1, 2, 2, 1, 10, 1, 10, 1, 5, 1, 10, 1, 1, 11, 2,
    1, 13, 2, 1, 13, 51, 33, 17, 1, 4, 1, 2, 10, 1, 1, 3,
    5, 4, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 10, 1, 2, 4,
    5, 5, 4, 1, 17, 41, 11, 6, 15, 2, 221, 2, 4, 14, 2, 12,
    1, 2, 164, 1, 1, 25, 11, 4, 3, 187, 1, 12, 1, 39, 192, 1,
    2, 10, 1, 9, 1, 58, 4, 1, 5, 9, 1, 2, 1, 2, 2, 2,
    1, 4, 1, 2, 1, 1, 2, 2, 1, 3, 1, 3, 2, 8, 3, 5,
    1, 1, 1, 5, 12, 11, 2, 2, 1, 1, 2, 1, 1, 18, 1, 2,
    2, 18, 6, 1, 1, 1, 2, 3, 2, 5, 1, 2, 2, 4, 2, 11,
    2, 5, 2, 2, 1, 5, 2, 1, 1, 1, 2, 20, 2, 5, 6, 1,
    4, 2, 1, 4, 1, 2, 1, 2, 6, 1, 1, 2, 1, 1, 1, 1,
    1, 6, 1, 3, 1, 6, 1, 10, 2, 15, 1, 2, 1, 4, 1, 1,
    1, 4, 3, 1, 1, 3, 6, 2, 2, 3, 14, 31, 3, 9, 1, 14,
    1, 14, 1, 5, 2, 31, 10, 196, 2, 2, 77, 22, 63, 4, 32, 2,
    135, 2, 3, 19, 2, 51, 1, 4, 1, 170, 1, 229, 1, 6, 4, 3,
    2, 5, 3, 4, 38, 1, 1, 5, 1, 2, 56, 7, 1, 15, 1, 23,
    9, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7,
    1, 32, 14, 14, 2, 2, 10, 4, 1, 1, 12, 1, 5, 1, 16, 2,
    8, 163, 3, 1, 1, 1, 2, 1, 2, 10, 2, 8, 1, 3, 10, 6,
    1, 5, 5, 2, 1, 91, 2, 2, 3, 91, 1, 4, 5, 43, 1, 94,
    17, 32, 48, 16, 151, 1, 1, 1, 1, 54, 47, 1, 88, 168, 217, 1,
    141, 9, 67, 46, 1, 1, 141, 2, 1, 2, 16, 10, 2, 20, 47, 4,
    1, 10, 1, 31, 2, 80, 2, 1, 1, 3, 1, 16, 213, 1, 20, 17,
    1, 3, 1, 4, 1, 23, 5, 4, 1, 19, 52, 2, 2, 8, 2, 50,
    18, 8, 2, 10, 6, 18, 6, 3, 1, 1, 2, 1, 10, 28, 8, 1,
    1, 23, 13, 12, 29, 3, 4, 47, 14, 7, 2, 5, 1, 10, 11, 1,
    10, 10, 6, 41, 14, 9, 3, 1, 8, 2, 2, 10, 3, 3, 27, 3,
    50, 1, 1, 3, 2, 2, 5, 2, 1, 1, 30, 11, 5, 2, 3, 2,
    10, 6, 2, 6, 2, 6, 9, 7, 1, 7, 1, 58, 6, 115, 8, 1,
    2, 2, 10, 6, 164, 87, 12, 23, 4, 49, 132, 70, 7, 12, 5, 5,
    1, 1, 10, 1, 13, 1, 5, 1, 1, 1, 2, 1, 2, 1, 10, 98,
    33, 235, 2, 2, 16, 64, 2, 54, 40, 12, 4, 16, 2, 1, 1, 1,
    2, 2, 7, 16, 1, 2, 2, 16, 2, 2, 4, 3, 1, 1, 1, 1,
    1, 1, 2, 1, 6, 4, 1, 12, 5, 1, 135, 1, 2, 1, 1, 1,
    5, 1, 2, 2, 1, 1, 1, 1, 10, 1, 1, 3, 1, 1, 26, 1,
    1, 1, 1, 1, 1, 26, 1, 1, 1, 1, 2, 1, 2, 1, 1, 56,
    2, 31, 3, 6, 2, 6, 2, 6, 2, 3, 28, 3, 4, 12, 1, 26,
    1, 19, 1, 2, 1, 15, 2, 14, 34, 123, 69, 53, 136, 1, 1, 130,
    1, 29, 3, 49, 15, 1, 31, 32, 13, 30, 5, 38, 5, 5, 30, 2,
    36, 4, 8, 1, 5, 42, 158, 1, 2, 10, 6, 36, 4, 36, 4, 40,
    8, 52, 12, 11, 1, 15, 1, 7, 1, 2, 1, 11, 1, 15, 1, 7,
    1, 2, 3, 52, 12, 183, 2, 9, 22, 10, 8, 24, 6, 1, 42, 1,
    9, 69, 6, 2, 1, 1, 44, 1, 2, 3, 1, 2, 23, 10, 23, 9,
    31, 65, 19, 1, 2, 10, 22, 10, 26, 6, 26, 38, 56, 6, 2, 64,
    1, 3, 1, 2, 5, 4, 4, 1, 3, 1, 29, 2, 3, 4, 1, 22,
    2, 8, 29, 3, 29, 35, 8, 1, 28, 2, 25, 54, 10, 22, 10, 19,
    13, 18, 110, 73, 55, 51, 13, 51, 13, 36, 4, 8, 10, 6, 10, 28,
    3, 5, 1, 23, 250, 1, 42, 1, 2, 3, 2, 16, 6, 50, 6, 29,
    10, 1, 8, 22, 11, 4, 5, 22, 18, 4, 4, 38, 21, 27, 23, 9,
    3, 53, 15, 2, 29, 10, 1, 2, 2, 1, 9, 4, 45, 11, 2, 1,
    4, 1, 10, 1, 2, 25, 7, 10, 6, 3, 36, 14, 1, 10, 1, 3,
    1, 2, 1, 8, 35, 1, 2, 1, 9, 3, 48, 14, 4, 2, 2, 4,
    1, 2, 10, 1, 1, 1, 1, 2, 32, 18, 1, 25, 12, 2, 1, 2,
    1, 1, 2, 1, 62, 7, 1, 1, 1, 4, 1, 15, 1, 10, 1, 6,
    47, 12, 5, 10, 6, 4, 1, 8, 2, 2, 2, 22, 1, 7, 1, 2,
    1, 5, 1, 2, 1, 7, 2, 2, 2, 3, 2, 1, 6, 1, 5, 5,
    2, 2, 7, 3, 5, 11, 10, 1, 1, 2, 1, 1, 38, 1, 1, 9,
    1, 1, 2, 1, 1, 4, 1, 5, 1, 1, 1, 2, 11, 2, 29, 53,
    18, 4, 2, 3, 10, 4, 1, 3, 30, 48, 20, 2, 1, 1, 8, 10,
    166, 1, 47, 7, 2, 9, 1, 2, 5, 15, 4, 2, 34, 48, 17, 2,
    1, 1, 11, 10, 38, 43, 13, 1, 7, 10, 6, 20, 57, 15, 4, 10,
    2, 3, 193, 1, 44, 15, 101, 64, 10, 21, 8, 2, 1, 2, 8, 1,
    2, 1, 24, 6, 1, 2, 2, 4, 1, 1, 1, 2, 1, 1, 1, 9,
    10, 70, 8, 2, 39, 7, 2, 7, 1, 1, 1, 1, 27, 1, 10, 40,
    7, 1, 4, 3, 2, 3, 1, 8, 1, 11, 46, 16, 1, 2, 1, 18,
    73, 103, 8, 88, 33, 15, 10, 6, 9, 1, 37, 8, 1, 8, 1, 2,
    13, 10, 24, 30, 2, 22, 1, 14, 73, 7, 1, 2, 1, 38, 6, 3,
    1, 1, 2, 1, 7, 1, 1, 8, 10, 6, 6, 1, 2, 1, 32, 5,
    1, 2, 1, 5, 1, 7, 10, 6, 44, 4, 10, 246, 1, 19, 4, 2,
    7, 2, 1, 1, 13, 1, 34, 7, 3, 5, 2, 11, 10, 1, 85, 1,
    79, 154, 7, 102, 111, 17, 196, 1, 204, 20, 97, 15, 176, 8, 17, 6,
    15, 10, 155, 31, 5, 199, 4, 185, 53, 30, 18, 10, 198, 13, 185, 4,
    7, 31, 1, 10, 4, 2, 79, 1, 10, 6, 30, 2, 5, 1, 10, 48,
    7, 2, 7, 4, 1, 11, 10, 9, 21, 5, 19, 176, 3, 45, 1, 2,
    10, 198, 1, 64, 24, 1, 7, 25, 2, 25, 44, 75, 4, 1, 1, 55,
    7, 4, 13, 64, 2, 1, 1, 1, 11, 2, 254, 127, 4, 1, 7, 1,
    2, 1, 1, 159, 2, 3, 50, 1, 14, 4, 152, 21, 107, 5, 13, 3,
    9, 7, 10, 3, 2, 1, 4, 204, 32, 10, 134, 4, 46, 2, 23, 158,
    4, 5, 3, 22, 2, 7, 30, 4, 148, 1, 3, 187, 3, 85, 1, 71,
    1, 2, 2, 1, 2, 2, 2, 4, 1, 12, 1, 1, 1, 7, 1, 65,
    1, 4, 2, 8, 1, 7, 1, 28, 1, 4, 1, 5, 1, 1, 3, 7,
    1, 212, 2, 2, 25, 1, 25, 1, 31, 1, 25, 1, 31, 1, 25, 1,
    31, 1, 25, 1, 31, 1, 25, 1, 8, 2, 50, 128, 4, 55, 4, 50,
    8, 1, 14, 1, 3, 1, 18, 5, 1, 15, 208, 8, 31, 6, 6, 213,
    1, 7, 1, 17, 2, 7, 1, 2, 1, 5, 5, 62, 33, 1, 112, 45,
    3, 7, 7, 2, 10, 4, 1, 193, 2, 30, 1, 17, 44, 4, 10, 214,
    3, 28, 4, 10, 214, 1, 30, 2, 1, 10, 197, 1, 31, 1, 3, 1,
    2, 1, 7, 2, 5, 1, 8, 2, 224, 1, 7, 1, 4, 1, 2, 1,
    15, 1, 197, 1, 11, 7, 41, 68, 7, 1, 4, 10, 166, 9, 4, 1,
    27, 1, 2, 1, 1, 2, 1, 1, 10, 1, 4, 1, 1, 1, 1, 6,
    1, 4, 1, 1, 1, 1, 1, 1, 3, 1, 2, 1, 1, 2, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 4, 1, 7, 1,
    4, 1, 4, 1, 1, 1, 10, 1, 17, 5, 3, 1, 5, 1, 17, 200,
    2, 1, 39, 4, 100, 12, 15, 2, 15, 1, 14, 2, 37, 10, 48, 26,
    6, 26, 6, 2, 12, 2, 10, 4, 1, 2, 10, 19, 56, 26, 1, 15,
    10, 1, 20, 1, 2, 9, 1, 4, 9, 23, 6, 188, 1, 2, 112, 2,
    2, 1, 3, 2, 83, 2, 3, 1, 4, 5, 254, 1, 1, 63, 11, 6,
    1, 24, 7, 2, 2, 8, 12, 1, 2, 4, 2, 1, 4, 2, 13, 2,
    2, 1, 8, 2, 9, 1, 5, 3, 12, 3, 8, 3, 2, 1, 1, 1,
    4, 1, 6, 1, 3, 1, 6, 86, 38, 3, 7, 70, 5, 8, 2, 17,
    3, 1, 1, 6, 2, 13, 218, 1, 38, 12, 4, 56, 8, 10, 6, 40,
    8, 30, 2, 12, 4, 2, 14, 9, 39, 12, 47, 1, 10, 1, 185, 1,
    88, 8, 14, 146, 1, 240, 1, 10, 6, 254, 7, 131, 128, 48, 1, 30,
    96, 128, 1, 240, 1, 144, 252, 11,
];

/// [`VALUES`] and [`LENGTHS`] decoded for look-ups.
struct Table {
    /// First code point of each run.
    starts: Vec<u32>,
    /// Its byte of [`VALUES`].
    values: Vec<u8>,
    /// For each 256 code points below [`INDEXED`], the run holding the
    /// first of them, so a look-up searches only a few runs; then the run
    /// holding [`INDEXED`].
    blocks: Vec<u16>,
    /// The value of each ASCII character.
    ascii: [u8; 128],
}

/// Code points below this have a block in [`Table::blocks`].
const INDEXED: u32 = 0x2_0000;

#[cfg_attr(abridge_small, optimize(size))]
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut starts = Vec::with_capacity(VALUES.len());
        let mut start = 0u32;
        let (mut length, mut shift) = (0u32, 0);
        for &byte in &LENGTHS {
            length |= u32::from(byte & 0x7F) << shift;
            shift += 7;
            if byte < 0x80 {
                starts.push(start);
                start += length;
                (length, shift) = (0, 0);
            }
        }
        let mut blocks = Vec::with_capacity((INDEXED >> 8) as usize + 1);
        let mut run = 0;
        for block in 0..=INDEXED >> 8 {
            while starts.get(run + 1).is_some_and(|&s| s <= block << 8) {
                run += 1;
            }
            blocks.push(run as u16);
        }
        let mut table = Table {
            starts,
            values: VALUES.to_vec(),
            blocks,
            ascii: [0; 128],
        };
        for u in 0..128 {
            table.ascii[u as usize] = table.lookup(u);
        }
        table
    })
}

impl Table {
    fn lookup(&self, u: u32) -> u8 {
        let (lo, hi) = if u < INDEXED {
            let b = (u >> 8) as usize;
            (self.blocks[b] as usize, self.blocks[b + 1] as usize + 1)
        } else {
            (
                self.blocks[self.blocks.len() - 1] as usize,
                self.starts.len(),
            )
        };
        let i = lo + self.starts[lo..hi].partition_point(|&s| s <= u) - 1;
        self.values[i]
    }

    fn value(&self, c: char) -> u8 {
        match self.ascii.get(c as usize) {
            Some(&v) => v,
            None => self.lookup(c as u32),
        }
    }
}

/// The word-break class of `c`.
pub(crate) fn word_class(c: char) -> Wb {
    WBS[usize::from(KINDS[usize::from(table().value(c) & 0x7F)].0)]
}

/// Whether `c` is Extended_Pictographic.
fn pictographic(c: char) -> bool {
    table().value(c) & 0x80 != 0
}

/// Whether `c` is of the STerm, ATerm or Sep class (after which a
/// sentence may end), without deriving a letter's class.
pub(crate) fn terminal_or_separator(c: char) -> bool {
    let code = KINDS[usize::from(table().value(c) & 0x7F)].1;
    code != D
        && matches!(
            SBS[usize::from(code)],
            Sb::STerm | Sb::ATerm | Sb::Sep | Sb::Cr | Sb::Lf
        )
}

/// The sentence-break class of `c`.
pub(crate) fn sentence_class(c: char) -> Sb {
    let code = KINDS[usize::from(table().value(c) & 0x7F)].1;
    if code != D {
        SBS[usize::from(code)]
    } else if c.is_uppercase() {
        Sb::Upper
    } else if c.is_lowercase() {
        Sb::Lower
    } else if c.is_alphabetic() {
        Sb::OLetter
    } else {
        Sb::Any
    }
}

/// What a run of Extend, Format or ZWJ characters waits for (WB4).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    None,
    Letter,
    HebrewLetter,
    QuoteLetter,
    Numeric,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Letter,
    HebrewLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    RegionalHalf,
    RegionalFull,
    FormatExtend(Want),
    Zwj,
    Emoji,
    WSegSpace,
}

/// The class of the character after the one at `i`, if any.
fn next_class(s: &str, i: usize) -> Option<Wb> {
    let mut chars = s[i..].chars();
    chars.next();
    chars.next().map(word_class)
}

/// Where the first word-bound segment of `s` (not empty) ends: the end of
/// `s.split_word_bounds().next()`.
pub(crate) fn word_end(s: &str) -> usize {
    let mut take = true;
    let (mut idx, mut saved) = (0, 0);
    let mut state = State::Start;
    let mut class = Wb::Any;
    // Extend, Format or ZWJ skipped: WB3d comes before WB4.
    let mut skipped = false;
    for (i, c) in s.char_indices() {
        idx = i;
        // WB3c: ZWJ × Extended_Pictographic, although WB4 folds the ZWJ
        // into the state before it.
        let after_zwj = class == Wb::Zwj;
        class = word_class(c);
        // WB4: Extend, Format and ZWJ join what they follow; at the start a
        // run of them is one segment.
        if state != State::Start && matches!(class, Wb::Extend | Wb::Zwj) {
            skipped = true;
            continue;
        }
        if after_zwj && pictographic(c) {
            state = State::Emoji;
            continue;
        }
        state = match state {
            State::Start if class == Wb::Cr => {
                // WB3, WB3a.
                if next_class(s, idx) == Some(Wb::Lf) {
                    idx += 1;
                }
                break;
            }
            State::Start => match class {
                Wb::ALetter => State::Letter,
                Wb::Hebrew => State::HebrewLetter,
                Wb::Numeric => State::Numeric,
                Wb::Katakana => State::Katakana,
                Wb::ExtendNumLet => State::ExtendNumLet,
                Wb::Regional => State::RegionalHalf,
                Wb::Lf | Wb::Newline => break,
                Wb::Zwj => State::Zwj,
                Wb::WSegSpace => State::WSegSpace,
                _ => {
                    if matches!(next_class(s, idx), Some(Wb::Extend | Wb::Zwj)) {
                        State::FormatExtend(Want::None)
                    } else {
                        // WB999.
                        break;
                    }
                }
            },
            State::WSegSpace if class == Wb::WSegSpace && !skipped => State::WSegSpace,
            State::Letter | State::HebrewLetter => match class {
                // WB5, WB9, WB13a.
                Wb::ALetter => State::Letter,
                Wb::Hebrew => State::HebrewLetter,
                Wb::Numeric => State::Numeric,
                Wb::ExtendNumLet => State::ExtendNumLet,
                // WB7b, WB7a.
                Wb::DoubleQuote if state == State::HebrewLetter => {
                    saved = idx;
                    State::FormatExtend(Want::HebrewLetter)
                }
                Wb::SingleQuote if state == State::HebrewLetter => {
                    State::FormatExtend(Want::QuoteLetter)
                }
                // WB6.
                Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote => {
                    saved = idx;
                    State::FormatExtend(Want::Letter)
                }
                _ => {
                    take = false;
                    break;
                }
            },
            State::Numeric => match class {
                // WB8, WB10, WB13a.
                Wb::Numeric => State::Numeric,
                Wb::ALetter => State::Letter,
                Wb::Hebrew => State::HebrewLetter,
                Wb::ExtendNumLet => State::ExtendNumLet,
                // WB12.
                Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote => {
                    saved = idx;
                    State::FormatExtend(Want::Numeric)
                }
                _ => {
                    take = false;
                    break;
                }
            },
            // WB13, WB13a.
            State::Katakana if class == Wb::Katakana => State::Katakana,
            State::Katakana if class == Wb::ExtendNumLet => State::ExtendNumLet,
            // WB13a, WB13b.
            State::ExtendNumLet => match class {
                Wb::ExtendNumLet => State::ExtendNumLet,
                Wb::ALetter => State::Letter,
                Wb::Hebrew => State::HebrewLetter,
                Wb::Numeric => State::Numeric,
                Wb::Katakana => State::Katakana,
                _ => {
                    take = false;
                    break;
                }
            },
            // WB13c.
            State::RegionalHalf if class == Wb::Regional => State::RegionalFull,
            State::FormatExtend(want) => match want {
                // WB11, WB7, WB7a, WB7c.
                Want::Numeric if class == Wb::Numeric => State::Numeric,
                Want::Letter | Want::QuoteLetter if class == Wb::ALetter => State::Letter,
                Want::Letter | Want::QuoteLetter | Want::HebrewLetter if class == Wb::Hebrew => {
                    State::HebrewLetter
                }
                Want::None | Want::QuoteLetter => {
                    take = false;
                    break;
                }
                // Back up to the middle character (below).
                _ => break,
            },
            _ => {
                take = false;
                break;
            }
        };
    }
    if let State::FormatExtend(Want::Letter | Want::HebrewLetter | Want::Numeric) = state {
        idx = saved;
        take = false;
    }
    if take {
        idx += s[idx..].chars().next().map_or(0, char::len_utf8);
    }
    idx
}

/// A sentence-break class as the sentence rules remember it (runs of Close
/// and of Sp are one part each).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, the latest last.
type Parts = [Part; 4];

fn advance(p: Parts, class: Sb) -> Parts {
    let part = match class {
        Sb::Cr => Part::Cr,
        Sb::Lf => Part::Lf,
        Sb::Sep => Part::Sep,
        Sb::ATerm => Part::ATerm,
        Sb::Upper | Sb::Lower => Part::UpperLower,
        Sb::Close => Part::ClosePlus,
        Sb::Sp => Part::SpPlus,
        Sb::STerm => Part::STerm,
        _ => Part::Other,
    };
    if part == p[3] && matches!(part, Part::ClosePlus | Part::SpPlus) {
        p
    } else {
        [p[1], p[2], p[3], part]
    }
}

fn terminal(p: Part) -> bool {
    matches!(p, Part::ATerm | Part::STerm)
}

/// Where `SATerm Close* Sp*` would have its terminal, if `p` ends so.
fn before_close_sp(p: &Parts) -> Part {
    let mut i = if p[3] == Part::SpPlus { 2 } else { 3 };
    if p[i] == Part::ClosePlus {
        i -= 1;
    }
    p[i]
}

/// SB8: `ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`.
fn sb8(p: &Parts, ahead: &str) -> bool {
    before_close_sp(p) == Part::ATerm
        && ahead.chars().map(sentence_class).find(|c| {
            matches!(
                c,
                Sb::Lower
                    | Sb::OLetter
                    | Sb::Upper
                    | Sb::Sep
                    | Sb::Cr
                    | Sb::Lf
                    | Sb::STerm
                    | Sb::ATerm
            )
        }) == Some(Sb::Lower)
}

/// SB11: `SATerm Close* Sp* ParaSep? ÷`.
fn sb11(p: &Parts) -> bool {
    let mut i = if matches!(p[3], Part::Sep | Part::Cr | Part::Lf) {
        2
    } else {
        3
    };
    if p[i] == Part::SpPlus {
        i -= 1;
    }
    if p[i] == Part::ClosePlus {
        i -= 1;
    }
    terminal(p[i])
}

/// Pushes to `out` where `s` breaks into sentences, plus `offset`: the start
/// of every piece of `s.split_sentence_bound_indices()` but the first.
pub(crate) fn sentence_breaks(s: &str, offset: usize, out: &mut Vec<usize>) {
    let mut parts = [Part::Sot; 4];
    for (i, c) in s.char_indices() {
        let before = parts;
        let class = sentence_class(c);
        parts = advance(parts, class);
        let breaks = match class {
            // SB1: the start of the text is no break to report.
            _ if before[3] == Part::Sot => false,
            // SB3, SB4.
            Sb::Lf if before[3] == Part::Cr => false,
            _ if matches!(before[3], Part::Sep | Part::Cr | Part::Lf) => true,
            // SB5.
            Sb::Extend => {
                parts = before;
                false
            }
            // SB6, SB7.
            Sb::Numeric if before[3] == Part::ATerm => false,
            Sb::Upper if before[2] == Part::UpperLower && before[3] == Part::ATerm => false,
            _ if sb8(&before, &s[i..]) => false,
            // SB8a.
            Sb::SContinue | Sb::STerm | Sb::ATerm if terminal(before_close_sp(&before)) => false,
            // SB9: SATerm Close* × ( Close | Sp | ParaSep ).
            Sb::Close | Sb::Sp | Sb::Sep | Sb::Cr | Sb::Lf
                if terminal(before[if before[3] == Part::ClosePlus { 2 } else { 3 }]) =>
            {
                false
            }
            // SB10.
            Sb::Sp | Sb::Sep | Sb::Cr | Sb::Lf if terminal(before_close_sp(&before)) => false,
            // SB11, SB998.
            _ => sb11(&before),
        };
        if breaks {
            out.push(offset + i);
        }
    }
}

// unicode-segmentation and proptest are native-only dev-dependencies.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// One character of each word-break class.
    const WORD: [(Wb, char); 18] = [
        (Wb::Any, '$'),
        (Wb::ALetter, 'a'),
        (Wb::Hebrew, 'א'),
        (Wb::Numeric, '1'),
        (Wb::Katakana, 'ア'),
        (Wb::ExtendNumLet, '_'),
        (Wb::Regional, '🇦'),
        (Wb::Zwj, '\u{200D}'),
        (Wb::WSegSpace, ' '),
        (Wb::Extend, '\u{301}'),
        (Wb::MidLetter, ':'),
        (Wb::MidNum, ','),
        (Wb::MidNumLet, '.'),
        (Wb::SingleQuote, '\''),
        (Wb::DoubleQuote, '"'),
        (Wb::Cr, '\r'),
        (Wb::Lf, '\n'),
        (Wb::Newline, '\u{B}'),
    ];

    /// Texts around a character (`{}`) in which each word-break class
    /// segments differently (the test below checks that they tell every
    /// two classes apart).
    const WORD_CONTEXTS: [&str; 19] = [
        "{}\n",
        "\r{}",
        "{}\u{301}",
        "a{}a",
        "1{}1",
        "א{}",
        "א{}א",
        "{}a",
        "{}ア",
        "_{}",
        "{}_",
        " {}",
        "🇦{}",
        "{}'",
        "{},1",
        "{}:a",
        "{}☝",
        "a{}",
        "{}{}",
    ];

    /// One character of each sentence-break class.
    const SENTENCE: [(Sb, char); 14] = [
        (Sb::Any, '$'),
        (Sb::ATerm, '.'),
        (Sb::STerm, '!'),
        (Sb::Close, ')'),
        (Sb::Sp, ' '),
        (Sb::Sep, '\u{2029}'),
        (Sb::Cr, '\r'),
        (Sb::Lf, '\n'),
        (Sb::Extend, '\u{301}'),
        (Sb::Numeric, '1'),
        (Sb::SContinue, ','),
        (Sb::Upper, 'A'),
        (Sb::Lower, 'a'),
        (Sb::OLetter, 'א'),
    ];

    const SENTENCE_CONTEXTS: [&str; 9] = [
        "{}x", "{}\n", "\r{}", "1.{}A", "1.{}a", "x{}.A", "!{})x", "!{}x", "1{} A",
    ];

    /// `context` with `c` in place of each `{}`, into `out`.
    fn fill(out: &mut String, context: &str, c: char) {
        out.clear();
        for (i, part) in context.split("{}").enumerate() {
            if i > 0 {
                out.push(c);
            }
            out.push_str(part);
        }
    }

    /// The lengths in characters of the pieces `split` cuts each context
    /// into, with `c` filled in (a `u8::MAX` after each context's).
    fn signature(contexts: &[&str], c: char, split: fn(&str) -> Vec<&str>) -> Vec<u8> {
        let (mut out, mut text) = (Vec::new(), String::new());
        for context in contexts {
            fill(&mut text, context, c);
            out.extend(split(&text).iter().map(|p| p.chars().count() as u8));
            out.push(u8::MAX);
        }
        out
    }

    /// How unicode-segmentation splits `c` in each word context.
    fn word_signature(c: char) -> Vec<u8> {
        signature(&WORD_CONTEXTS, c, |t| t.split_word_bounds().collect())
    }

    fn sentence_signature(c: char) -> Vec<u8> {
        signature(&SENTENCE_CONTEXTS, c, |t| {
            t.split_sentence_bounds().collect()
        })
    }

    /// The class in `table` whose sample segments as `signature` does.
    fn class_with<S: PartialEq, C: Copy>(table: &[(S, C)], signature: S, u: u32, kind: &str) -> C {
        table
            .iter()
            .find(|(s, _)| *s == signature)
            .unwrap_or_else(|| panic!("U+{u:04X}: no {kind}-break class segments so"))
            .1
    }

    /// Every code point's classes by unicode-segmentation's behaviour,
    /// computed on every core (1.1 million code points, a few seconds on one
    /// core even at the test profile's opt-level), in code point order.
    fn reference() -> Vec<(u32, Wb, bool, Sb)> {
        let words: Vec<_> = WORD
            .iter()
            .map(|&(class, c)| (word_signature(c), class))
            .collect();
        let sentences: Vec<_> = SENTENCE
            .iter()
            .map(|&(class, c)| (sentence_signature(c), class))
            .collect();
        let class = |u: u32| {
            // Surrogates are no chars; they take the classes of U+D7FF's
            // neighbours in the table (Any).
            let Some(c) = char::from_u32(u) else {
                return (u, Wb::Any, false, Sb::Any);
            };
            let wb = class_with(&words, word_signature(c), u, "word");
            let sb = class_with(&sentences, sentence_signature(c), u, "sentence");
            // WB3c: after a ZWJ at the start, only a pictograph joins
            // (Extend and ZWJ join anything, so it does not matter there).
            let joins = format!("\u{200D}{c}").split_word_bounds().count() == 1;
            let ep = joins && !matches!(wb, Wb::Extend | Wb::Zwj);
            (u, wb, ep, sb)
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u32;
        let chunk = 0x11_0000u32.div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = (0..threads)
                .map(|t| {
                    let class = &class;
                    let range = t * chunk..((t + 1) * chunk).min(0x11_0000);
                    scope.spawn(move || range.map(class).collect::<Vec<_>>())
                })
                .collect();
            parts
                .into_iter()
                .flat_map(|part| part.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        })
    }

    /// The sentence-break class the standard library's properties give.
    fn derived(c: Option<char>) -> Sb {
        let Some(c) = c else {
            return Sb::Any;
        };
        if c.is_uppercase() {
            Sb::Upper
        } else if c.is_lowercase() {
            Sb::Lower
        } else if c.is_alphabetic() {
            Sb::OLetter
        } else {
            Sb::Any
        }
    }

    /// The tables' source for the classes unicode-segmentation gives.
    fn generate(reference: &[(u32, Wb, bool, Sb)]) -> String {
        let code = |w: Wb, s: Sb, c: Option<char>| {
            let w = WBS.iter().position(|&x| x == w).unwrap() as u8;
            let s = if s == derived(c) {
                D
            } else {
                SBS.iter().position(|&x| x == s).unwrap() as u8
            };
            (w, s)
        };
        let mut kinds: Vec<(u8, u8)> = Vec::new();
        let mut runs: Vec<(u32, u8)> = Vec::new();
        for &(u, w, ep, s) in reference {
            let kind = code(w, s, char::from_u32(u));
            let k = match kinds.iter().position(|&x| x == kind) {
                Some(k) => k,
                None => {
                    kinds.push(kind);
                    kinds.len() - 1
                }
            };
            let value = k as u8 | if ep { 0x80 } else { 0 };
            if runs.last().is_none_or(|&(_, v)| v != value) {
                runs.push((u, value));
            }
        }
        let mut lengths = Vec::new();
        for (i, &(u, _)) in runs.iter().enumerate() {
            let mut n = runs.get(i + 1).map_or(0x11_0000, |r| r.0) - u;
            loop {
                let byte = (n & 0x7F) as u8;
                n >>= 7;
                if n == 0 {
                    lengths.push(byte);
                    break;
                }
                lengths.push(byte | 0x80);
            }
        }
        let list = |bytes: Vec<String>| {
            bytes
                .chunks(16)
                .map(|c| format!("    {},", c.join(", ")))
                .collect::<Vec<_>>()
                .join("\n")
        };
        format!(
            "const KINDS: [(u8, u8); {}] = [\n{}\n];\n\nconst VALUES: [u8; {}] = [\n{}\n];\n\nconst LENGTHS: [u8; {}] = [\n{}\n];\n",
            kinds.len(),
            list(kinds.iter().map(|(w, s)| format!("({w}, {s})")).collect()),
            runs.len(),
            list(runs.iter().map(|(_, v)| v.to_string()).collect()),
            lengths.len(),
            list(lengths.iter().map(|b| b.to_string()).collect()),
        )
    }

    #[test]
    fn the_contexts_tell_every_class_apart() {
        for (i, &(a, x)) in WORD.iter().enumerate() {
            for &(b, y) in &WORD[i + 1..] {
                assert_ne!(word_signature(x), word_signature(y), "{a:?} and {b:?}");
            }
        }
        for (i, &(a, x)) in SENTENCE.iter().enumerate() {
            for &(b, y) in &SENTENCE[i + 1..] {
                assert_ne!(
                    sentence_signature(x),
                    sentence_signature(y),
                    "{a:?} and {b:?}"
                );
            }
        }
    }

    /// Every code point has the classes unicode-segmentation gives it. On a
    /// failure (a new Unicode version in either crate or the standard
    /// library) the test prints the tables to paste above.
    #[test]
    fn every_code_point_has_unicode_segmentations_classes() {
        let reference = reference();
        let wrong: Vec<String> = reference
            .iter()
            .filter_map(|&(u, wb, ep, sb)| {
                let c = char::from_u32(u)?;
                let ours = (
                    word_class(c),
                    pictographic(c) && !matches!(wb, Wb::Extend | Wb::Zwj),
                    sentence_class(c),
                );
                (ours != (wb, ep, sb))
                    .then(|| format!("U+{u:04X}: {ours:?}, not {:?}", (wb, ep, sb)))
            })
            .take(10)
            .collect();
        assert!(
            wrong.is_empty(),
            "{}\n\nThe tables for these classes:\n\n{}",
            wrong.join("\n"),
            generate(&reference)
        );
    }

    fn words_reference(s: &str) -> Vec<usize> {
        s.split_word_bounds().map(str::len).collect()
    }

    fn words_ours(mut s: &str) -> Vec<usize> {
        let mut out = Vec::new();
        while !s.is_empty() {
            let end = word_end(s);
            out.push(end);
            s = &s[end..];
        }
        out
    }

    fn sentences_reference(s: &str) -> Vec<usize> {
        s.split_sentence_bound_indices()
            .skip(1)
            .map(|(i, _)| i)
            .collect()
    }

    fn sentences_ours(s: &str) -> Vec<usize> {
        let mut out = Vec::new();
        sentence_breaks(s, 0, &mut out);
        out
    }

    /// A character of each class, and some that are more than one class at
    /// once or close to a rule's edge (a pictograph that is a letter, a
    /// titlecase letter, NEL, an ideographic full stop).
    fn sample_chars() -> Vec<char> {
        WORD.iter()
            .map(|w| w.1)
            .chain(SENTENCE.iter().map(|s| s.1))
            .chain(['☝', 'Ⓜ', '\u{AD}', '\u{85}', '\u{3002}', '»', 'é', 'ǅ'])
            .collect()
    }

    #[test]
    fn every_class_in_every_context_segments_as_unicode_segmentation() {
        let chars = sample_chars();
        for &a in &chars {
            for &b in &chars {
                for &c in &chars {
                    let s: String = [a, b, c, 'x', a, '.', ' ', b, c].iter().collect();
                    assert_eq!(words_ours(&s), words_reference(&s), "words of {s:?}");
                    assert_eq!(
                        sentences_ours(&s),
                        sentences_reference(&s),
                        "sentences of {s:?}"
                    );
                }
            }
        }
    }

    fn text() -> impl Strategy<Value = String> {
        let mut chars = sample_chars();
        chars.extend(['Б', 'б', '中']);
        prop::collection::vec(
            prop_oneof![4 => prop::sample::select(chars), 1 => any::<char>()],
            0..40,
        )
        .prop_map(|c| c.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn same_bounds_as_unicode_segmentation(s in text()) {
            prop_assert_eq!(words_ours(&s), words_reference(&s));
            prop_assert_eq!(sentences_ours(&s), sentences_reference(&s));
        }

        #[test]
        fn same_bounds_on_any_string(s in any::<String>()) {
            prop_assert_eq!(words_ours(&s), words_reference(&s));
            prop_assert_eq!(sentences_ours(&s), sentences_reference(&s));
        }
    }
}
