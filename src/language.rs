//! Languages: our own enum, mapped privately to rust-stemmers; stop words,
//! abbreviations and language detection.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

#[cfg(feature = "detect")]
use crate::hash::padded_key;
use crate::hash::{short_key, Map, ShortKey};
use crate::Error;

/// A language abridge can stem, filter and detect: the 18 languages of the
/// Snowball stemmers.
///
/// Text in other scripts (Chinese, Japanese, Thai, Hebrew, …) is still
/// summarised, without stemming or stop words; its [`Summary::language`]
/// is `None`.
///
/// [`Summary::language`]: crate::Summary::language
///
/// ```
/// use abridge::Language;
///
/// let de: Language = "de".parse().unwrap();
/// assert_eq!(de, Language::German);
/// assert_eq!(de.code(), "de");
/// assert_eq!(de.name(), "German");
/// assert_eq!(Language::ALL.len(), 18);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// Arabic (`ar`).
    Arabic,
    /// Danish (`da`).
    Danish,
    /// Dutch (`nl`).
    Dutch,
    /// English (`en`).
    English,
    /// Finnish (`fi`).
    Finnish,
    /// French (`fr`).
    French,
    /// German (`de`).
    German,
    /// Greek (`el`).
    Greek,
    /// Hungarian (`hu`).
    Hungarian,
    /// Italian (`it`).
    Italian,
    /// Norwegian, Bokmål (`no`; `nb` and `nn` are accepted too).
    Norwegian,
    /// Portuguese (`pt`).
    Portuguese,
    /// Romanian (`ro`).
    Romanian,
    /// Russian (`ru`).
    Russian,
    /// Spanish (`es`).
    Spanish,
    /// Swedish (`sv`).
    Swedish,
    /// Tamil (`ta`).
    Tamil,
    /// Turkish (`tr`).
    Turkish,
}

/// Per-language static data, in the order of [`Language::ALL`].
struct Data {
    code: &'static str,
    name: &'static str,
    stopwords: &'static str,
    abbreviations: &'static str,
}

/// The length of `text` without the comment and blank lines [`data_lines`]
/// skips.
const fn uncommented_len(text: &str) -> usize {
    let (b, mut i, mut len) = (text.as_bytes(), 0, 0);
    while i < b.len() {
        let (start, end, keep) = data_line(b, i);
        if keep {
            len += end - start + 1;
        }
        i = end + 1;
    }
    len
}

/// `text` without the comment and blank lines [`data_lines`] skips, each
/// line kept ending in "\n": the modules then hold no licence and source
/// notes (the files and README keep them): the English module 449 B
/// smaller, 149 B brotli.
const fn uncommented<const N: usize>(text: &str) -> [u8; N] {
    let (b, mut i, mut out, mut at) = (text.as_bytes(), 0, [0u8; N], 0);
    while i < b.len() {
        let (start, end, keep) = data_line(b, i);
        if keep {
            let mut j = start;
            while j < end {
                out[at] = b[j];
                at += 1;
                j += 1;
            }
            out[at] = b'\n';
            at += 1;
        }
        i = end + 1;
    }
    out
}

/// The line of `b` starting at `start`: its end (the "\n" or the end of
/// `b`) and whether [`data_lines`] may keep it (it is not blank and does
/// not start with `#` after spaces and tabs).
const fn data_line(b: &[u8], start: usize) -> (usize, usize, bool) {
    let (mut end, mut first) = (start, None);
    while end < b.len() && b[end] != b'\n' {
        if first.is_none() && !matches!(b[end], b' ' | b'\t' | b'\r') {
            first = Some(b[end]);
        }
        end += 1;
    }
    let keep = match first {
        Some(c) => c != b'#',
        None => false,
    };
    (start, end, keep)
}

/// A data file without its comments ([`uncommented`]), at compile time.
macro_rules! data_file {
    ($path:expr) => {
        data_file_text!(include_str!($path))
    };
}

/// [`uncommented`] text as a `&'static str` constant.
macro_rules! data_file_text {
    ($text:expr) => {{
        const RAW: &str = $text;
        const BYTES: [u8; uncommented_len(RAW)] = uncommented(RAW);
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a data file is not UTF-8"),
        };
        TEXT
    }};
}

/// A data file of a language, or `""` when its `lang-xx` feature is off (then
/// the file is not in the build at all).
macro_rules! gated {
    ($feature:literal, $path:expr) => {{
        #[cfg(feature = $feature)]
        const TEXT: &str = data_file!($path);
        #[cfg(not(feature = $feature))]
        const TEXT: &str = "";
        TEXT
    }};
}

macro_rules! data {
    ($code:literal, $feature:literal, $name:literal) => {
        Data {
            code: $code,
            name: $name,
            stopwords: gated!($feature, concat!("data/stopwords/", $code, ".txt")),
            abbreviations: gated!($feature, concat!("data/abbreviations/", $code, ".txt")),
        }
    };
}

static DATA: [Data; 18] = [
    data!("ar", "lang-ar", "Arabic"),
    data!("da", "lang-da", "Danish"),
    data!("nl", "lang-nl", "Dutch"),
    // English abbreviations ("U.S.", "Dr.") apply in every language, so
    // they are in every build; the stop words only with `lang-en`.
    Data {
        code: "en",
        name: "English",
        stopwords: gated!("lang-en", "data/stopwords/en.txt"),
        abbreviations: data_file!("data/abbreviations/en.txt"),
    },
    data!("fi", "lang-fi", "Finnish"),
    data!("fr", "lang-fr", "French"),
    data!("de", "lang-de", "German"),
    data!("el", "lang-el", "Greek"),
    data!("hu", "lang-hu", "Hungarian"),
    data!("it", "lang-it", "Italian"),
    data!("no", "lang-no", "Norwegian"),
    data!("pt", "lang-pt", "Portuguese"),
    data!("ro", "lang-ro", "Romanian"),
    data!("ru", "lang-ru", "Russian"),
    data!("es", "lang-es", "Spanish"),
    data!("sv", "lang-sv", "Swedish"),
    data!("ta", "lang-ta", "Tamil"),
    data!("tr", "lang-tr", "Turkish"),
];

impl Language {
    /// Every supported language, in alphabetical order of their English names.
    ///
    /// ```
    /// assert!(abridge::Language::ALL.contains(&abridge::Language::Tamil));
    /// ```
    pub const ALL: [Language; 18] = [
        Language::Arabic,
        Language::Danish,
        Language::Dutch,
        Language::English,
        Language::Finnish,
        Language::French,
        Language::German,
        Language::Greek,
        Language::Hungarian,
        Language::Italian,
        Language::Norwegian,
        Language::Portuguese,
        Language::Romanian,
        Language::Russian,
        Language::Spanish,
        Language::Swedish,
        Language::Tamil,
        Language::Turkish,
    ];

    fn data(self) -> &'static Data {
        &DATA[self as usize]
    }

    /// The ISO 639-1 code: `"en"`, `"de"`, `"no"`, …
    ///
    /// ```
    /// assert_eq!(abridge::Language::Greek.code(), "el");
    /// ```
    pub fn code(self) -> &'static str {
        self.data().code
    }

    /// The English name: `"English"`, `"German"`, …
    ///
    /// ```
    /// assert_eq!(abridge::Language::Tamil.name(), "Tamil");
    /// ```
    pub fn name(self) -> &'static str {
        self.data().name
    }

    /// Looks a language up by ISO 639-1 or 639-3 code or English name,
    /// ignoring case. `"nb"`, `"nn"` and `"nob"` give [`Language::Norwegian`].
    ///
    /// ```
    /// use abridge::Language;
    /// assert_eq!(Language::from_code("NB"), Some(Language::Norwegian));
    /// assert_eq!(Language::from_code("french"), Some(Language::French));
    /// assert_eq!(Language::from_code("zh"), None);
    /// ```
    #[cfg_attr(abridge_small, optimize(size))]
    pub fn from_code(code: &str) -> Option<Language> {
        let code = crate::segment::trim(code).to_ascii_lowercase();
        let alias = ALIASES.iter().find(|a| a.0 == code).map(|a| a.1);
        alias.or_else(|| {
            Language::ALL
                .into_iter()
                .find(|l| l.code() == code || l.name().eq_ignore_ascii_case(&code))
        })
    }

    /// The Snowball algorithm, or `None` when this build leaves the language
    /// out. Only the algorithms of enabled languages are reachable, so the
    /// linker drops the others from the wasm.
    fn algorithm(self) -> Option<Algorithm> {
        Some(match self {
            #[cfg(feature = "lang-ar")]
            Language::Arabic => Algorithm::Arabic,
            #[cfg(feature = "lang-da")]
            Language::Danish => Algorithm::Danish,
            #[cfg(feature = "lang-nl")]
            Language::Dutch => Algorithm::Dutch,
            #[cfg(feature = "lang-en")]
            Language::English => Algorithm::English,
            #[cfg(feature = "lang-fi")]
            Language::Finnish => Algorithm::Finnish,
            #[cfg(feature = "lang-fr")]
            Language::French => Algorithm::French,
            #[cfg(feature = "lang-de")]
            Language::German => Algorithm::German,
            #[cfg(feature = "lang-el")]
            Language::Greek => Algorithm::Greek,
            #[cfg(feature = "lang-hu")]
            Language::Hungarian => Algorithm::Hungarian,
            #[cfg(feature = "lang-it")]
            Language::Italian => Algorithm::Italian,
            #[cfg(feature = "lang-no")]
            Language::Norwegian => Algorithm::Norwegian,
            #[cfg(feature = "lang-pt")]
            Language::Portuguese => Algorithm::Portuguese,
            #[cfg(feature = "lang-ro")]
            Language::Romanian => Algorithm::Romanian,
            #[cfg(feature = "lang-ru")]
            Language::Russian => Algorithm::Russian,
            #[cfg(feature = "lang-es")]
            Language::Spanish => Algorithm::Spanish,
            #[cfg(feature = "lang-sv")]
            Language::Swedish => Algorithm::Swedish,
            #[cfg(feature = "lang-ta")]
            Language::Tamil => Algorithm::Tamil,
            #[cfg(feature = "lang-tr")]
            Language::Turkish => Algorithm::Turkish,
            #[allow(unreachable_patterns)]
            _ => return None,
        })
    }

    /// Whether this build has the language's stemmer, stop words and
    /// abbreviations. The default build has all 18; a build with
    /// `--no-default-features --features lang-xx` (the per-language wasm
    /// modules) only the languages it names. A language left out is still
    /// accepted: its text is summarised without stemming and stop words.
    ///
    /// ```
    /// # #[cfg(feature = "all-languages")]
    /// assert!(abridge::Language::ALL.iter().all(|l| l.available()));
    /// ```
    pub fn available(self) -> bool {
        self.algorithm().is_some()
    }

    pub(crate) fn stemmer(self) -> Option<Stemmer> {
        self.algorithm().map(Stemmer::create)
    }

    pub(crate) fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl fmt::Display for Language {
    #[cfg_attr(abridge_small, optimize(size))]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Parses a code or name as [`Language::from_code`] does.
    #[cfg_attr(abridge_small, optimize(size))]
    fn from_str(s: &str) -> Result<Self, Error> {
        Language::from_code(s).ok_or_else(|| {
            let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            Error::new(
                "language",
                ["must be one of ", &codes.join(", "), ", got \"", s, "\""].concat(),
            )
        })
    }
}

/// ISO 639-2/639-3 and other codes besides each language's own, for
/// [`Language::from_code`].
const ALIASES: [(&str, Language); 28] = [
    ("nb", Language::Norwegian),
    ("nn", Language::Norwegian),
    ("nob", Language::Norwegian),
    ("nno", Language::Norwegian),
    ("nor", Language::Norwegian),
    ("ara", Language::Arabic),
    ("dan", Language::Danish),
    ("nld", Language::Dutch),
    ("dut", Language::Dutch),
    ("eng", Language::English),
    ("fin", Language::Finnish),
    ("fra", Language::French),
    ("fre", Language::French),
    ("deu", Language::German),
    ("ger", Language::German),
    ("ell", Language::Greek),
    ("gre", Language::Greek),
    ("hun", Language::Hungarian),
    ("ita", Language::Italian),
    ("por", Language::Portuguese),
    ("ron", Language::Romanian),
    ("rum", Language::Romanian),
    ("mo", Language::Romanian),
    ("rus", Language::Russian),
    ("spa", Language::Spanish),
    ("swe", Language::Swedish),
    ("tam", Language::Tamil),
    ("tur", Language::Turkish),
];

#[cfg_attr(abridge_small, optimize(size))]
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(crate::segment::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lower-case stop word → bit set of the languages whose list holds it,
/// built once from the per-language lists: words of up to 15 bytes (nearly
/// all) under a [`ShortKey`], so a lookup never leaves the table; the few
/// longer ones sorted, for a binary search.
struct StopWords {
    short: Map<ShortKey, u32>,
    long: Vec<(&'static str, u32)>,
}

#[cfg_attr(abridge_small, optimize(size))]
fn stopword_table() -> &'static StopWords {
    static TABLE: OnceLock<StopWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = StopWords {
            short: Map::default(),
            long: Vec::new(),
        };
        for lang in Language::ALL {
            for word in data_lines(lang.data().stopwords) {
                match short_key(word.as_bytes()) {
                    Some(key) => *table.short.entry(key).or_insert(0) |= lang.bit(),
                    None => table.long.push((word, lang.bit())),
                }
            }
        }
        // One entry per word, with the bits of every list that holds it.
        table.long.sort_unstable();
        table.long.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                first.1 |= later.1;
            }
            same
        });
        table
    })
}

/// The languages (as a bit set) whose stop-word list holds `lower`.
pub(crate) fn stopword_mask(lower: &str) -> u32 {
    let table = stopword_table();
    match short_key(lower.as_bytes()) {
        Some(key) => table.short.get(&key).copied().unwrap_or(0),
        None => match table.long.binary_search_by(|e| e.0.cmp(lower)) {
            Ok(i) => table.long[i].1,
            Err(_) => 0,
        },
    }
}

/// How an abbreviation behaves at a sentence break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Never ends a sentence ("Dr.", "z.B.", "z. B.").
    Inner,
    /// May end one ("U.S.", "etc."): only a following function word starts
    /// a new sentence.
    MayEnd,
    /// Never ends one before a number ("S. 225", "p. 55"); elsewhere it is
    /// an ordinary word (German "S." is also an initial).
    Number,
}

/// `(language bit, abbreviation as written, kind)`, sorted for a binary
/// search. An entry is the abbreviation as written (it may hold single
/// spaces: "z. B.", "EE. UU.") and an optional kind word after it (`end`,
/// `num`).
#[cfg_attr(abridge_small, optimize(size))]
fn abbreviation_table() -> &'static [(u32, &'static str, Abbreviation)] {
    static TABLE: OnceLock<Vec<(u32, &'static str, Abbreviation)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        for lang in Language::ALL {
            for line in data_lines(lang.data().abbreviations) {
                let (abbr, kind) = match crate::segment::rsplit_once_space(line) {
                    Some((abbr, "end")) => (crate::segment::trim_end(abbr), Abbreviation::MayEnd),
                    Some((abbr, "num")) => (crate::segment::trim_end(abbr), Abbreviation::Number),
                    _ => (line, Abbreviation::Inner),
                };
                table.push((lang.bit(), abbr, kind));
            }
        }
        // Each abbreviation is listed once per language (a test checks).
        table.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        table
    })
}

/// The kind of `token` in the list of the language with bit `bit`.
fn abbreviation_in(bit: u32, token: &str) -> Option<Abbreviation> {
    let table = abbreviation_table();
    let i = table
        .binary_search_by(|e| (e.0, e.1).cmp(&(bit, token)))
        .ok()?;
    Some(table[i].2)
}

/// How `token` (ending in a period) behaves in `lang`. English abbreviations
/// ("U.S.", "Dr.") turn up in news in every language, so they apply too
/// unless the language's own list says otherwise.
pub(crate) fn abbreviation(lang: Language, token: &str) -> Option<Abbreviation> {
    abbreviation_in(lang.bit(), token).or_else(|| abbreviation_in(Language::English.bit(), token))
}

/// The language of a text given none: [`detect_language`] with the `detect`
/// feature, else none.
pub(crate) fn detected(text: &str) -> Option<Language> {
    #[cfg(feature = "detect")]
    return detect_language(text);
    #[cfg(not(feature = "detect"))]
    {
        let _ = text;
        None
    }
}

/// Scripts that decide the language on their own, or rule stemming out.
#[cfg(feature = "detect")]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Tamil,
    Other,
}

#[cfg(feature = "detect")]
fn script_of(c: char) -> Option<Script> {
    let script = match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0xB80..=0xBFF => Script::Tamil,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    };
    Some(script)
}

/// Detects the language of `text` from its script and, for Latin script,
/// from which language's stop words it uses most.
///
/// Reads only the start of the text: the script from its first 4,000
/// letters, the Latin-script vote from its first 600 words. Returns `None` when the text is mostly in a
/// script none of the 18 languages uses (Chinese, Japanese, Thai, …) or has no
/// words at all.
///
/// ```
/// use abridge::{detect_language, Language};
///
/// assert_eq!(detect_language("Der Hund ist nicht in der Küche."), Some(Language::German));
/// assert_eq!(detect_language("Le chien est dans la cuisine avec les enfants."), Some(Language::French));
/// assert_eq!(detect_language("Η γάτα κοιμάται."), Some(Language::Greek));
/// assert_eq!(detect_language("今天天气很好。"), None);
/// assert_eq!(detect_language(""), None);
/// ```
#[cfg(feature = "detect")]
pub fn detect_language(text: &str) -> Option<Language> {
    const LETTERS: usize = 4000;
    let mut counts = [0usize; 6];
    let mut letters = 0;
    let mut end = text.len();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time while the count stays under the limit:
        // most of a Latin-script text, and what makes detection a fifth of
        // the time in wasm otherwise.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            if word & 0x8080_8080_8080_8080 == 0 {
                let n = ascii_letters(word);
                if letters + n < LETTERS {
                    counts[Script::Latin as usize] += n;
                    letters += n;
                    i += 8;
                    continue;
                }
            }
        }
        // ASCII (most of a Latin-script text) needs no decoding.
        let (script, len) = match bytes[i] {
            b if b < 0x80 => (b.is_ascii_alphabetic().then_some(Script::Latin), 1),
            _ => match text[i..].chars().next() {
                Some(c) => (script_of(c), c.len_utf8()),
                None => break,
            },
        };
        i += len;
        if let Some(s) = script {
            counts[s as usize] += 1;
            letters += 1;
            if letters == LETTERS {
                end = i;
                break;
            }
        }
    }
    let sample = &text[..end];
    let scripts = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Arabic,
        Script::Tamil,
        Script::Other,
    ];
    let (best, &n) = scripts
        .iter()
        .zip(counts.iter())
        .max_by_key(|(_, &n)| n)
        .expect("six scripts");
    if n == 0 {
        return None;
    }
    match best {
        Script::Cyrillic => Some(Language::Russian),
        Script::Greek => Some(Language::Greek),
        Script::Arabic => Some(Language::Arabic),
        Script::Tamil => Some(Language::Tamil),
        Script::Other => None,
        Script::Latin => detect_latin(sample),
    }
}

/// How many of the eight bytes of `word`, all ASCII, are letters
/// (`is_ascii_alphabetic`): `b | 0x20` is in `a..=z`, tested in every byte at
/// once (no byte carries into the next: each stays under 0x80 + 0x1F).
#[cfg(feature = "detect")]
fn ascii_letters(word: u64) -> usize {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let lower = word | (0x20 * EACH);
    let from_a = lower + (0x80 - b'a' as u64) * EACH;
    let past_z = lower + (0x80 - b'z' as u64 - 1) * EACH;
    (from_a & !past_z & (0x80 * EACH)).count_ones() as usize
}

/// Scores each Latin-script language by its stop words in `sample`: a word
/// shared by k lists gives each of them 1/k, so shared function words count
/// for little and distinctive ones decide.
#[cfg(feature = "detect")]
fn detect_latin(sample: &str) -> Option<Language> {
    /// Words the vote reads at most.
    const WORDS: usize = 600;
    let latin = !(Language::Arabic.bit()
        | Language::Greek.bit()
        | Language::Russian.bit()
        | Language::Tamil.bit());
    let mut scores = [0f64; 18];
    let mut lower = String::new();
    let table = stopword_table();
    // A vote needs no exact word bounds: splitting at anything but letters,
    // digits and apostrophes is several times faster than UAX #29 words.
    let bytes = sample.as_bytes();
    let mut i = 0;
    let mut taken = 0;
    while i < bytes.len() && taken < WORDS {
        // A word runs over letters, digits and apostrophes. A short ASCII
        // word is lower-cased into `key` as it is read.
        let start = i;
        let mut key = [0u8; 16];
        let mut ascii = 0usize;
        let mut short = true;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if !(b.is_ascii_alphanumeric() || b == b'\'') {
                    break;
                }
                if ascii < 15 {
                    key[ascii] = b.to_ascii_lowercase();
                    ascii += 1;
                } else {
                    short = false;
                }
                i += 1;
            } else {
                match sample[i..].chars().next() {
                    Some(c) if c.is_alphanumeric() || c == '\u{2019}' => {
                        short = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        if i == start {
            // Not a word character: skip it.
            i += sample[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        taken += 1;
        let mask = if short {
            table
                .short
                .get(&padded_key(key, ascii))
                .copied()
                .unwrap_or(0)
        } else {
            lower.clear();
            sample[start..i]
                .chars()
                .for_each(|c| crate::case::push_lower(c, &mut lower));
            stopword_mask(&lower)
        } & latin;
        if mask == 0 {
            continue;
        }
        let share = 1.0 / f64::from(mask.count_ones());
        for lang in Language::ALL {
            if mask & lang.bit() != 0 {
                scores[lang as usize] += share;
            }
        }
        // A word adds at most 1 to any score: once the leader is ahead by
        // more than the words left could add, the verdict cannot change.
        if taken % 16 == 0 {
            let (mut first, mut second) = (0f64, 0f64);
            for &score in &scores {
                if score > first {
                    second = first;
                    first = score;
                } else if score > second {
                    second = score;
                }
            }
            if first - second > (WORDS - taken) as f64 + 0.5 {
                break;
            }
        }
    }
    let mut best: Option<(Language, f64)> = None;
    for lang in Language::ALL {
        let s = scores[lang as usize];
        if s > 0.0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((lang, s));
        }
    }
    best.map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_stop_words() {
        for lang in Language::ALL.into_iter().filter(|l| l.available()) {
            let n = data_lines(lang.data().stopwords).count();
            assert!(n >= 20, "{lang}: only {n} stop words");
        }
    }

    #[test]
    fn data_files_lose_only_their_comments_and_blank_lines() {
        const SAMPLE: &str = "# a note\n\nword\r\n  # indented note\n\t\nz. B. end\nlast";
        const KEPT: &str = data_file_text!(SAMPLE);
        assert_eq!(KEPT, "word\r\nz. B. end\nlast\n");
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/data");
        for lang in Language::ALL.into_iter().filter(|l| l.available()) {
            let data = lang.data();
            for (kind, kept) in [
                ("stopwords", data.stopwords),
                ("abbreviations", data.abbreviations),
            ] {
                let path = format!("{dir}/{kind}/{}.txt", lang.code());
                let raw = std::fs::read_to_string(&path).unwrap();
                let raw: &'static str = Box::leak(raw.into_boxed_str());
                assert!(data_lines(kept).eq(data_lines(raw)), "{path}");
                let note = |l: &str| l.trim().is_empty() || l.trim_start().starts_with('#');
                assert!(
                    !kept.lines().any(note),
                    "{path}: a comment or blank line left"
                );
            }
        }
    }

    /// The abbreviation table is binary-searched, so a language may list an
    /// abbreviation only once (with one kind).
    #[test]
    fn each_abbreviation_is_listed_once_per_language() {
        let table = abbreviation_table();
        for pair in table.windows(2) {
            assert!(
                (pair[0].0, pair[0].1) != (pair[1].0, pair[1].1),
                "{:?} is listed twice",
                pair[0].1
            );
        }
        assert!(abbreviation(Language::English, "Dr.").is_some());
    }

    #[cfg(feature = "detect")]
    #[test]
    fn ascii_letters_counts_as_is_ascii_alphabetic() {
        for b in 0..0x80u8 {
            for (at, fill) in [(0, b'.'), (7, b'x'), (3, b'Q')] {
                let mut bytes = [fill; 8];
                bytes[at] = b;
                let want = bytes.iter().filter(|c| c.is_ascii_alphabetic()).count();
                assert_eq!(ascii_letters(u64::from_le_bytes(bytes)), want, "{bytes:?}");
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
        }
        for lang in Language::ALL {
            let three = ALIASES.iter().find(|a| a.1 == lang && a.0.len() == 3);
            let code = three
                .unwrap_or_else(|| panic!("{lang} has no three-letter code"))
                .0;
            assert_eq!(Language::from_code(&code.to_uppercase()), Some(lang));
        }
        let err = "xx".parse::<Language>().unwrap_err();
        assert_eq!(err.option(), "language");
    }
}
