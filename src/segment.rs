//! Sentences: UAX #29 bounds, then a merge pass that undoes false breaks,
//! then offset-preserving trimming. Line and paragraph structure is kept:
//! hard-wrapped lines join, Markdown headings and code blocks stay whole.
//!
//! Order of work, each step linear in the text:
//! 1. [`lines`]: one pass over the lines marks Markdown headings, code
//!    blocks, tables and rules, and the line breaks that are only a hard
//!    wrap inside a paragraph (lines filling a common width).
//! 2. UAX #29 pieces, trimmed; stray closing marks and footnote citations
//!    move back to the sentence before, opening brackets forward; a few
//!    breaks UAX #29 misses are added (a period before a number or a
//!    lower-case aside in brackets, Greek ";", Dutch ",,").
//! 3. The merge pass joins pieces a false break separated.

use std::ops::Range;

use crate::language::{abbreviation, stopword_mask, Abbreviation};
use crate::Language;

/// What a span is, from the line it sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Running text: sentences, list items, headline-like lines.
    Prose,
    /// A Markdown heading (`# Title`, or a line underlined with `===`/`---`).
    Heading,
    /// Not text at all: a fenced or indented code block, a table row, a
    /// rule (`---`, `***`).
    Code,
}

/// One sentence of the input, as a trimmed byte range plus its place in the
/// text's line structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub bytes: Range<usize>,
    /// First sentence of its line (or of the text).
    pub line_start: bool,
    /// Last sentence of its line (or of the text).
    pub line_end: bool,
    /// First sentence after a blank line (or of the text).
    pub para_start: bool,
    pub kind: Kind,
    /// Bytes of a list marker ("1. ", "- ", "• ", "a) ") at the start of
    /// the span, which are not words.
    pub marker: usize,
}

/// `s` without leading whitespace, as `str::trim_start`. This and the
/// helpers below trim and split by `char::is_whitespace` for the whole crate
/// with one small loop each, not inlined: std's `trim`, `trim_start`,
/// `trim_end`, `split` and `rsplit` by whitespace each linked a pattern
/// searcher of their own (2.3 KB raw of every wasm module; the English
/// module 41,245 -> 41,002 B brotli). Tests compare them with std's.
#[inline(never)]
pub(crate) fn trim_start(s: &str) -> &str {
    let start = s
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(s.len(), |(i, _)| i);
    &s[start..]
}

/// `s` without trailing whitespace, as `str::trim_end`.
#[inline(never)]
pub(crate) fn trim_end(s: &str) -> &str {
    let end = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[..end]
}

/// `s` without leading and trailing whitespace, as `str::trim`.
pub(crate) fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// What comes before the first whitespace character of `s` (all of it if
/// none), as `s.split(char::is_whitespace).next()`.
#[inline(never)]
fn first_piece(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// `s` split around its last whitespace character, as
/// `s.rsplit_once(char::is_whitespace)`.
#[inline(never)]
pub(crate) fn rsplit_once_space(s: &str) -> Option<(&str, &str)> {
    let (i, c) = s.char_indices().rev().find(|&(_, c)| c.is_whitespace())?;
    Some((&s[..i], &s[i + c.len_utf8()..]))
}

/// What comes after the last whitespace character of `s` (all of it if
/// none), as `s.rsplit(char::is_whitespace).next()`.
fn last_piece(s: &str) -> &str {
    rsplit_once_space(s).map_or(s, |(_, after)| after)
}

/// `s` without the characters of `set` at its end, as
/// `s.trim_end_matches(set)`, one copy for every set (each array size was a
/// pattern searcher of its own).
#[inline(never)]
fn trim_end_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    let end = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !set.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &s[..end]
}

/// Whether `s` ends with one of `set`, as `s.ends_with(set)`.
#[inline(never)]
pub(crate) fn ends_with_any(s: &str, set: &[char]) -> bool {
    s.chars().next_back().is_some_and(|c| set.contains(&c))
}

/// Whether `s` holds one of `set`, as `s.contains(set)`.
#[inline(never)]
fn contains_any(s: &str, set: &[char]) -> bool {
    s.chars().any(|c| set.contains(&c))
}

/// How many line breaks the whitespace `gap` holds (CRLF counts once).
#[cfg_attr(abridge_small, optimize(size))]
fn line_breaks(gap: &str) -> usize {
    let mut n = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => n += 1,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    n
}

#[cfg_attr(abridge_small, optimize(size))]
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - trim_start(s).len());
    let end = range.start + trim_end(s).len();
    start..end.max(start)
}

/// Opening brackets and quotes that may precede a token (a `match`, which
/// is much faster than searching a string of them for every character).
#[cfg_attr(abridge_small, optimize(size))]
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '“'
            | '‘'
            | '«'
            | '„'
            | '‹'
            | '《'
            | '〈'
            | '「'
            | '『'
            | '【'
            | '〔'
            | '（'
            | '¿'
            | '¡'
    )
}

/// The last 64 bytes of `s` (at a character boundary): enough for any
/// token the rules look at, and it keeps each look constant-time however
/// long the sentence has grown.
#[cfg_attr(abridge_small, optimize(size))]
fn tail(s: &str) -> &str {
    let mut from = s.len().saturating_sub(64);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..]
}

/// `token` without opening brackets or quotes, and without a bracketed
/// dateline glued to the word after it: "(CNN)U.S." is looked up as "U.S.".
#[cfg_attr(abridge_small, optimize(size))]
fn bare(token: &str) -> &str {
    let token = token.trim_start_matches(is_opening);
    match token.rfind([')', ']']) {
        Some(i) if token[i + 1..].starts_with(char::is_alphabetic) => &token[i + 1..],
        _ => token,
    }
}

/// The last whitespace-separated token of `s`, [`bare`].
#[cfg_attr(abridge_small, optimize(size))]
fn last_token(s: &str) -> &str {
    bare(last_piece(tail(s)))
}

/// The token before the last one, if `s` has one, [`bare`].
#[cfg_attr(abridge_small, optimize(size))]
fn token_before_last(s: &str) -> Option<&str> {
    // The last two non-empty pieces between whitespace, from the end.
    let t = trim_end(tail(s));
    if t.is_empty() {
        return None;
    }
    let rest = trim_end(&t[..t.len() - last_piece(t).len()]);
    (!rest.is_empty()).then(|| bare(last_piece(rest)))
}

/// The first word of `s` (UAX #29), if `s` starts with one.
#[cfg_attr(abridge_small, optimize(size))]
fn first_word(s: &str) -> Option<&str> {
    crate::bounds::word_indices(s).next().map(|(_, w)| w)
}

/// The first character that is not an opening bracket or quote, a dash or
/// a space ("» — спросила она").
#[cfg_attr(abridge_small, optimize(size))]
fn first_letter(s: &str) -> Option<char> {
    s.trim_start_matches(|c: char| {
        is_opening(c) || matches!(c, '—' | '–' | '-') || c.is_whitespace()
    })
    .chars()
    .next()
}

/// Whether `s` starts with a capital, right away ("P. ¿Qué…?" is an
/// interview's question mark, not an initial).
#[cfg_attr(abridge_small, optimize(size))]
fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A single capital letter and a period: an initial, as in "J. K. Rowling".
#[cfg_attr(abridge_small, optimize(size))]
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Two or more initials written together: "J.C.", "O.J.", "Л.Н.".
#[cfg_attr(abridge_small, optimize(size))]
fn is_initials(token: &str) -> bool {
    let mut chars = token.chars();
    let mut groups = 0;
    loop {
        match (chars.next(), chars.next()) {
            (None, _) => return groups >= 2,
            (Some(c), Some('.')) if c.is_uppercase() => groups += 1,
            _ => return false,
        }
    }
}

/// Languages that write ordinal numbers with a period ("am 3. Oktober").
#[cfg_attr(abridge_small, optimize(size))]
fn ordinal_dots(lang: Language) -> bool {
    matches!(
        lang,
        Language::German
            | Language::Danish
            | Language::Norwegian
            | Language::Finnish
            | Language::Hungarian
            | Language::Turkish
    )
}

/// Whether `next` starts like a new sentence in `lang`: with a function word
/// ("He", "The", "Die"). An initial ("A. Smith") is no function word.
#[cfg_attr(abridge_small, optimize(size))]
fn opens_sentence(next: &str, lang: Language) -> bool {
    match first_word(next) {
        Some(w) => {
            // `w` is a slice of `next`: where it ends, without a substring search.
            let after = &next[w.as_ptr() as usize - next.as_ptr() as usize + w.len()..];
            if w.chars().count() == 1 && after.starts_with('.') {
                return false;
            }
            let lower = crate::case::lowercase(w);
            stopword_mask(&lower) & lang.bit() != 0
        }
        None => false,
    }
}

/// Closing quotes and brackets that can stray to the start of the next piece
/// when a space precedes them (French "demain. » Elle").
#[cfg_attr(abridge_small, optimize(size))]
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '»' | '”'
            | '"'
            | '’'
            | ')'
            | ']'
            | '}'
            | '›'
            | '」'
            | '』'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '）'
    )
}

/// Marks that end a sentence: UAX #29's terminators in the scripts abridge
/// meets, the Greek question mark ";" (U+037E and the ASCII look-alike), and
/// ":" and ";", which end a headline-like line just as well.
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '。'
            | '！'
            | '？'
            | '｡'
            | '．'
            | '؟'
            | '۔'
            | ';'
            | '\u{37E}'
            | ':'
            | '।'
            | '॥'
            | '։'
            | '።'
            | '፧'
            | '፨'
            | '။'
            | '།'
    )
}

/// The last character of `s` that is not a closing quote or bracket.
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn final_mark(s: &str) -> Option<char> {
    // German and Danish close quotations with “ and ‘.
    s.trim_end_matches(|c: char| {
        is_closing(c) || matches!(c, '\'' | '“' | '‘') || c.is_whitespace()
    })
    .chars()
    .next_back()
}

/// Length in bytes of a run of closing marks at the start of `s` that is
/// followed by whitespace or the end: they belong to the sentence before.
#[cfg_attr(abridge_small, optimize(size))]
fn stray_closers(s: &str) -> usize {
    let run = s.len() - s.trim_start_matches(is_closing).len();
    if run > 0 && s[run..].chars().next().is_none_or(char::is_whitespace) {
        run
    } else {
        0
    }
}

/// Length in bytes of footnote citations at the start of `s`, when the
/// piece before ended with their "[": "1]" or "1][2]" in "martyr.[1][2] The".
#[cfg_attr(abridge_small, optimize(size))]
fn citation(s: &str) -> usize {
    let mut len = 0;
    loop {
        let rest = &s[len..];
        let body = if len == 0 {
            rest
        } else if let Some(r) = rest.strip_prefix('[') {
            r
        } else {
            break;
        };
        let Some(close) = body.find(']') else { break };
        let inner = &body[..close];
        if inner.is_empty() || inner.chars().count() > 24 || contains_any(inner, &['[', '\n', '\r'])
        {
            break;
        }
        len = s.len() - body.len() + close + 1;
    }
    // The citation must end the sentence: whitespace, the end or a
    // non-Latin letter (Chinese "。[1]皇帝") after it.
    if len > 0
        && s[len..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || !c.is_ascii_alphanumeric())
    {
        len
    } else {
        0
    }
}

/// Opening brackets UAX #29 leaves at the end of the sentence before, as in
/// "然后走了。《你好》": they open the next one.
#[cfg_attr(abridge_small, optimize(size))]
fn is_leading(c: char) -> bool {
    matches!(
        c,
        '《' | '〈' | '「' | '『' | '【' | '〔' | '（' | '(' | '[' | '{' | '„'
    )
}

/// Length in bytes of a run of opening brackets ending `s` (not all of it),
/// and of the quotation marks “ ‘ after a CJK full stop ("。“"), which open
/// a quotation there (German closes one with them, never after "。").
#[cfg_attr(abridge_small, optimize(size))]
fn trailing_openers(s: &str) -> usize {
    let mut run = s.len() - s.trim_end_matches(is_leading).len();
    let rest = &s[..s.len() - run];
    let quotes = rest.len() - trim_end_any(rest, &['“', '‘']).len();
    if quotes > 0 && ends_with_any(&rest[..rest.len() - quotes], &['。', '！', '？']) {
        run += quotes;
    }
    if run < s.len() {
        run
    } else {
        0
    }
}

/// Net depth change of the CJK brackets (「」, 『』, 《》, 〈〉, 【】, 〔〕, （）)
/// in `s`: a sentence never ends inside them.
#[cfg_attr(abridge_small, optimize(size))]
fn bracket_depth(s: &str) -> i32 {
    let b = s.as_bytes();
    let mut depth = 0;
    for (i, &byte) in b.iter().enumerate() {
        if (byte == 0xE3 || byte == 0xEF) && i + 2 < b.len() {
            match (byte, b[i + 1], b[i + 2]) {
                (0xE3, 0x80, 0x88 | 0x8A | 0x8C | 0x8E | 0x90 | 0x94) | (0xEF, 0xBC, 0x88) => {
                    depth += 1
                }
                (0xE3, 0x80, 0x89 | 0x8B | 0x8D | 0x8F | 0x91 | 0x95) | (0xEF, 0xBC, 0x89) => {
                    depth -= 1
                }
                _ => {}
            }
        }
    }
    depth
}

/// A list marker at the start of `s` followed by a space: "1. ", "12) ",
/// "a) ", "b. ", "- ", "* ", "• ". Returns its length with the spaces.
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn list_marker(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if let Some(c) = s.chars().next() {
        if matches!(
            c,
            '-' | '*' | '+' | '•' | '‣' | '◦' | '▪' | '▸' | '–' | '—' | '·'
        ) {
            i = c.len_utf8();
        }
    }
    if i == 0 {
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=3).contains(&digits) && matches!(b.get(digits), Some(b'.' | b')')) {
            i = digits + 1;
        } else if b.first().is_some_and(u8::is_ascii_alphabetic)
            && (b.get(1) == Some(&b')') || (b[0].is_ascii_lowercase() && b.get(1) == Some(&b'.')))
        {
            i = 2;
        }
    }
    if i == 0 || !matches!(b.get(i), Some(b' ' | b'\t')) {
        return 0;
    }
    i + b[i..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count()
}

/// A span that is nothing but a list number: "2." before "The second item."
#[cfg_attr(abridge_small, optimize(size))]
fn bare_list_number(s: &str) -> bool {
    let b = s.as_bytes();
    match b.len() {
        2 => b[0].is_ascii_alphanumeric() && matches!(b[1], b'.' | b')'),
        3 | 4 => {
            b[..b.len() - 1].iter().all(u8::is_ascii_digit) && matches!(b[b.len() - 1], b'.' | b')')
        }
        _ => false,
    }
}

/// "(Smith 55)." after a quotation: a parenthetical with the sentence's
/// final mark after it belongs to the sentence before.
#[cfg_attr(abridge_small, optimize(size))]
fn trailing_parenthetical(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('(') else {
        return false;
    };
    let inner = trim_end_any(inner, &['.', '!', '?']);
    inner.len() < s.len() - 1
        && inner.ends_with(')')
        && !contains_any(&inner[..inner.len() - 1], &['(', ')'])
}

/// Whether `s` ends with "(?)", "(!)", "(؟)", "[?!]": marks alone in brackets.
#[cfg_attr(abridge_small, optimize(size))]
fn editorial_mark(s: &str) -> bool {
    if !ends_with_any(s, &[')', ']']) {
        return false;
    }
    let inner = &s[..s.len() - 1];
    let marks = trim_end_any(inner, &['?', '!', '؟']);
    marks.len() < inner.len() && ends_with_any(marks, &['(', '['])
}

/// How `token` behaves in `lang`, also as the last part of an elided form
/// ("l'Ing.") or of a spaced abbreviation ending `prev` ("z. B.").
#[cfg_attr(abridge_small, optimize(size))]
fn lookup(prev: &str, token: &str, lang: Language) -> Option<Abbreviation> {
    if let Some(kind) = abbreviation(lang, token) {
        return Some(kind);
    }
    if let Some((i, c)) = token
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '\'' || c == '’')
    {
        let rest = &token[i + c.len_utf8()..];
        if let Some(kind) = abbreviation(lang, rest) {
            return Some(kind);
        }
    }
    // The parts of a spaced abbreviation are short: "B.", "UU.", "Ä.", "д.".
    if token.len() <= 4 {
        if let Some(before) = token_before_last(prev).filter(|t| t.len() <= 4 && t.ends_with('.')) {
            return abbreviation(lang, &[before, " ", token].concat());
        }
    }
    None
}

/// Whether `token` at the end of one piece and the first token of `next`
/// are two halves of a spaced abbreviation ("z." + "B.", "EE." + "UU."),
/// or, when they `touch`, of one UAX #29 cut (Arabic "أ." + "د.").
#[cfg_attr(abridge_small, optimize(size))]
fn inside_spaced(token: &str, next: &str, touch: bool, lang: Language) -> bool {
    if token.len() > 4 {
        return false;
    }
    let head = trim_end_any(first_piece(next), &[',', ';', ':', '،']);
    let space = if touch { "" } else { " " };
    head.len() <= 4
        && head.ends_with('.')
        && abbreviation(lang, &[token, space, head].concat()).is_some()
}

/// Whether `prev` ends with one of `ends` and `next` starts with a
/// character `starts` accepts.
#[cfg_attr(abridge_small, optimize(size))]
fn glued(prev: &str, next: &str, ends: &[char], starts: impl Fn(char) -> bool) -> bool {
    prev.chars().next_back().is_some_and(|c| ends.contains(&c))
        && next.chars().next().is_some_and(starts)
}

/// Whether the break between `prev` and `next` (same line; `touching` when
/// no whitespace separates them) is a false one.
#[cfg_attr(abridge_small, optimize(size))]
fn joins(prev: &str, next: &str, touching: bool, lang: Option<Language>) -> bool {
    // A piece with no letters or digits ("”", ")", "…") belongs to the sentence before.
    if !next.chars().any(char::is_alphanumeric) {
        return true;
    }
    let Some(mark) = final_mark(prev) else {
        return false;
    };
    // "'Well!' thought Alice", "“You want it?” she says", "Yahoo! in the":
    // a sentence does not start in lower case. Glued to the mark, a
    // lower-case word is text run together ("l'angoisse ?par BFMTV", Chinese
    // "？via:新闻晨报"), not a sentence going on; URLs are below.
    if is_terminal(mark)
        && !touching
        && first_letter(next).is_some_and(char::is_lowercase)
        && !letter_item(next)
        // "ging. (dpa) Dann", "kam? (siehe unten) Sie": an aside in brackets
        // opens the next sentence (after a period, inner_breaks found it).
        && !next.starts_with('(')
    {
        return true;
    }
    // A URL's "?query", "Yahoo!Mail"; Japanese "「…？」と言った", a
    // quotation particle after the quote.
    if touching
        && ((glued(prev, next, &['?', '!'], |c| c.is_ascii_alphanumeric())
            && contains_any(last_token(prev), &['/', '.', '=']))
            || glued(prev, next, &['」', '』'], |c| {
                ('\u{3041}'..='\u{309F}').contains(&c)
            }))
    {
        return true;
    }
    // "born in 1850 (?) in Cairo", Arabic "عام 1850 (؟) في": a bracketed
    // mark of doubt or surprise, which no letter case after it tells apart.
    if editorial_mark(prev) {
        return true;
    }
    // "…stairways." (Smith 55).
    if trailing_parenthetical(next) {
        return true;
    }
    // "2." of "1. The first item. 2. The second item."
    if bare_list_number(prev) {
        return true;
    }
    let token = last_token(prev);
    if !token.ends_with('.') {
        return false;
    }
    // A list number glued to what follows, as in Chinese "云；4.为人们".
    if touching && token.len() >= 2 && token.as_bytes()[token.len() - 2].is_ascii_digit() {
        return true;
    }
    // "Shopping list: 1. Milk.": a list opening after a colon.
    if token == "1." && token_before_last(prev).is_some_and(|t| t.ends_with(':')) {
        return true;
    }
    if let Some(lang) = lang {
        if inside_spaced(token, next, touching, lang) {
            return true;
        }
        match lookup(prev, token, lang) {
            Some(Abbreviation::Inner) => return true,
            // "the U.S. Secretary of State" goes on; "in the U.S. He said" ends:
            // a new sentence usually opens with a function word.
            Some(Abbreviation::MayEnd) => return !opens_sentence(next, lang),
            Some(Abbreviation::Number) if next.starts_with(|c: char| c.is_ascii_digit()) => {
                return true
            }
            _ => {}
        }
    }
    let opens = |next| lang.is_some_and(|l| opens_sentence(next, l));
    if is_initial(token) {
        if !starts_upper(next) {
            return false;
        }
        // "Albert I. Jones", "George H. W. Bush" go on; "…you and I. Did
        // you see…" and "vitamin C. The" end.
        let after_lower = token_before_last(prev)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        if token == "I." && lang == Some(Language::English) {
            let initial_next = {
                let mut c = next.chars();
                c.next().is_some_and(char::is_uppercase) && c.next() == Some('.')
            };
            return !opens(next) && (!after_lower || initial_next);
        }
        return !(after_lower && opens(next));
    }
    // "J.C. Penney", "Л.Н. Толстой".
    if is_initials(token) {
        return starts_upper(next) && !opens(next);
    }
    let Some(lang) = lang else { return false };
    // "am 3. Oktober", "im 19. Jh.": a short number with a period is an ordinal.
    let digits = &token[..token.len() - 1];
    // Not after "S." or "Nr.": "auf S. 12. Lies" ends.
    ordinal_dots(lang)
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !opens_sentence(next, lang)
        && token_before_last(prev).is_none_or(|t| abbreviation(lang, t).is_none())
}

/// Whether a period ending `token` is a sentence end even though a number
/// follows ("… kwamen. 81 procent", "2 + 2 es 4. 3 + 3"), which UAX #29
/// reads as one sentence when a lower-case word comes next (also before a
/// list letter or a lower-case aside: a word, not an abbreviation).
#[cfg_attr(abridge_small, optimize(size))]
fn ends_before_number(token: &str, lang: Language) -> bool {
    let Some(word) = token.strip_suffix('.') else {
        return false;
    };
    let core = word.trim_end_matches(is_closing);
    if core.is_empty() || core.as_bytes().contains(&b'.') {
        return false;
    }
    if core.bytes().all(|b| b.is_ascii_digit()) {
        return !(ordinal_dots(lang) && core.len() <= 3);
    }
    core.chars().count() >= 3
        && core.chars().all(char::is_alphabetic)
        && lookup("", token, lang).is_none()
}

/// "b. The" or a final "b.": a lettered list item UAX #29 glued to the
/// sentence before.
#[cfg_attr(abridge_small, optimize(size))]
fn letter_item(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2
        && b[0].is_ascii_lowercase()
        && b[1] == b'.'
        && (b.len() == 2 || (list_marker(rest) == 3 && rest[3..].starts_with(char::is_uppercase)))
}

/// Byte offsets inside the piece `s` where a sentence starts that UAX #29
/// did not see: after a period before a number, a lettered list item or an
/// aside in brackets UAX #29 read on into because it starts lower-case
/// ("ging. (dpa) Dann", "14. (more on page 3)"), after a Greek question mark
/// before a capital, before a Dutch ",," quotation after a sentence end.
#[cfg_attr(abridge_small, optimize(size))]
fn inner_breaks(s: &str, lang: Option<Language>, out: &mut Vec<usize>) {
    let b = s.as_bytes();
    let greek = lang == Some(Language::Greek);
    let spaces = |from: usize| {
        from + b[from..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\t'))
            .count()
    };
    let mut i = 0;
    // The marks are found with a byte search (memchr for '.'): this runs
    // over every byte of the text.
    while let Some(off) = if greek {
        s[i..].find(['.', ';', '\u{37E}'])
    } else {
        s[i..].find('.')
    } {
        let at = i + off;
        let byte = b[at];
        let mut after = at + if byte == b'.' || byte == b';' { 1 } else { 2 };
        // "disputed.[citation needed] Others": UAX #29 saw the lower-case word.
        if byte == b'.' && b.get(after) == Some(&b'[') {
            let cited = citation(&s[after + 1..]);
            if cited > 0 {
                after += 1 + cited;
                let next = spaces(after);
                if next > after && next < b.len() && s[next..].starts_with(char::is_uppercase) {
                    out.push(next);
                }
                i = after;
                continue;
            }
        }
        let next = spaces(after);
        if next == after || next >= b.len() {
            i = after;
            continue;
        }
        let rest = &s[next..];
        let split = if byte == b'.' {
            let token = last_token(&s[..after]);
            rest.starts_with(",,")
                || ((matches!(b[next], b'0'..=b'9' | b'(') || letter_item(rest))
                    && lang.is_some_and(|l| ends_before_number(token, l)))
        } else {
            rest.chars().next().is_some_and(char::is_uppercase)
        };
        if split {
            out.push(next);
        }
        i = next;
    }
}

/// Per-line facts for the merge pass.
#[derive(Clone, Debug)]
struct Line {
    /// Start of the line's content.
    start: usize,
    kind: Kind,
    /// The code block it belongs to (0: none), so one block is one span.
    code: u32,
    /// The line break after it only wraps a paragraph: it joins like a space.
    soft: bool,
}

/// Display width: East Asian wide characters count two.
#[cfg_attr(abridge_small, optimize(size))]
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}'
                | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}'
                | '\u{FFE0}'..='\u{FFE6}')
            {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Width of the first word of `s` (a wide character is a word on its own).
#[cfg_attr(abridge_small, optimize(size))]
fn first_word_width(s: &str) -> usize {
    let s = trim_start(s);
    match s.chars().next() {
        Some(c) if width(c.encode_utf8(&mut [0; 4])) == 2 => 2,
        _ => width(first_piece(s)),
    }
}

/// Leading indentation in columns (a tab counts four).
#[cfg_attr(abridge_small, optimize(size))]
fn indent(s: &str) -> usize {
    s.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// An opening or closing code fence: "```" or "~~~" (3 or more), as `(mark, length)`.
#[cfg_attr(abridge_small, optimize(size))]
fn fence(s: &str) -> Option<(u8, usize)> {
    if indent(s) > 3 {
        return None;
    }
    let t = trim_start(s).as_bytes();
    let mark = *t.first()?;
    let n = t.iter().take_while(|&&c| c == mark).count();
    ((mark == b'`' || mark == b'~') && n >= 3).then_some((mark, n))
}

/// "# Heading" (1 to 6 "#", then a space or nothing).
#[cfg_attr(abridge_small, optimize(size))]
fn atx_heading(s: &str) -> bool {
    if indent(s) > 3 {
        return false;
    }
    let t = trim_start(s);
    let n = t.bytes().take_while(|&c| c == b'#').count();
    (1..=6).contains(&n) && t[n..].chars().next().is_none_or(char::is_whitespace)
}

/// A line of only "=" (a setext heading's underline) or of 3 or more "-",
/// "*" or "_" (a rule, or a setext underline under a heading).
#[cfg_attr(abridge_small, optimize(size))]
fn rule(s: &str) -> Option<u8> {
    let t = trim(s);
    let mark = *t.as_bytes().first()?;
    if !matches!(mark, b'=' | b'-' | b'*' | b'_') {
        return None;
    }
    let marks = t.bytes().filter(|&c| c == mark).count();
    let only = t.bytes().all(|c| c == mark || c == b' ' || c == b'\t');
    (only && (marks >= 3 || (mark == b'=' && marks >= 1))).then_some(mark)
}

/// A Markdown table row: "| a | b |".
#[cfg_attr(abridge_small, optimize(size))]
fn table_row(s: &str) -> bool {
    let t = trim(s);
    t.len() >= 2 && t.starts_with('|') && t.ends_with('|')
}

/// A line that starts a new block, so the line `before` cannot wrap into it.
#[cfg_attr(abridge_small, optimize(size))]
fn block_start(s: &str, before: &str) -> bool {
    let t = trim_start(s);
    list_marker(t) > 0
        || atx_heading(s)
        || fence(s).is_some()
        || (t.starts_with('>') && !trim_start(before).starts_with('>'))
        || table_row(s)
        || rule(s).is_some()
}

/// Most words capitalised, as in "Russia’s Blockade of Ukrainian Ports".
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn title_cased(s: &str, lang: Option<Language>) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for (_, word) in crate::bounds::word_indices(s) {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if first.is_uppercase() {
            upper += 1;
        } else if first.is_lowercase() {
            let lw = crate::case::lowercase_word(word);
            let minor = match lang {
                Some(l) => stopword_mask(&lw) & l.bit() != 0,
                None => word.chars().count() <= 3,
            };
            if !minor {
                lower += 1;
            }
        }
    }
    upper >= 3 && upper * 10 >= (upper + lower) * 8
}

/// Narrowest and widest line width (in columns) that counts as hard-wrapped
/// prose. Shorter lines one per line are bylines, links or teasers.
const WRAP_WIDTH: Range<usize> = 40..200;

/// The text's lines (split where UAX #29 splits: LF, CR, CRLF, NEL, LS, PS)
/// with their kinds and soft breaks.
#[cfg_attr(abridge_small, optimize(size))]
fn lines(text: &str, lang: Option<Language>) -> Vec<Line> {
    // Line content ranges.
    let b = text.as_bytes();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        let brk = match b[i] {
            b'\n' => 1,
            b'\r' => 1 + usize::from(b.get(i + 1) == Some(&b'\n')),
            0xC2 if b.get(i + 1) == Some(&0x85) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if brk > 0 {
            ranges.push(start..i);
            i += brk;
            start = i;
        } else {
            i += 1;
        }
    }
    ranges.push(start..b.len());
    let mut lines: Vec<Line> = ranges
        .iter()
        .map(|r| Line {
            start: r.start,
            kind: Kind::Prose,
            code: 0,
            soft: false,
        })
        .collect();
    if ranges.len() == 1 {
        return lines;
    }
    let line = |i: usize| &text[ranges[i].clone()];
    let blank = |i: usize| trim(line(i)).is_empty();

    // Fenced code: from a fence to the next fence of the same mark, at least
    // as long. An unclosed fence is only itself (a stray "```" must not
    // swallow the rest of an article).
    let mut blocks = 0u32;
    let mut open: Option<(usize, u8, usize)> = None;
    for i in 0..ranges.len() {
        let Some((mark, n)) = fence(line(i)) else {
            continue;
        };
        match open {
            Some((from, m, len)) if m == mark && n >= len && trim(line(i)).len() == n => {
                blocks += 1;
                for l in &mut lines[from..=i] {
                    l.kind = Kind::Code;
                    l.code = blocks;
                }
                open = None;
            }
            Some(_) => {}
            None => open = Some((i, mark, n)),
        }
    }
    if let Some((from, _, _)) = open {
        blocks += 1;
        lines[from].kind = Kind::Code;
        lines[from].code = blocks;
    }

    // Headings, rules, tables, indented code.
    let mut i = 0;
    while i < ranges.len() {
        if lines[i].kind == Kind::Code || blank(i) {
            i += 1;
            continue;
        }
        let s = line(i);
        let after_blank = i == 0 || blank(i - 1);
        if atx_heading(s) {
            lines[i].kind = Kind::Heading;
        } else if table_row(s) {
            lines[i].kind = Kind::Code;
        } else if let Some(mark) = rule(s) {
            lines[i].kind = Kind::Code;
            // "Title\n=====" or "Title\n-----": the single line above is a heading.
            let single = i >= 2 && blank(i - 2) || i == 1;
            if (mark == b'=' || mark == b'-')
                && i >= 1
                && !blank(i - 1)
                && single
                && lines[i - 1].kind == Kind::Prose
            {
                lines[i - 1].kind = Kind::Heading;
            }
        } else if after_blank && indent(s) >= 4 {
            // An indented block after a blank line: code unless it reads as
            // prose (a line ending in sentence punctuation).
            let mut j = i;
            while j < ranges.len() && !blank(j) && indent(line(j)) >= 4 {
                j += 1;
            }
            let prose = (i..j).any(|k| {
                matches!(final_mark(line(k)), Some(c) if c != ':' && c != ';' && is_terminal(c))
            });
            if !prose {
                blocks += 1;
                for l in &mut lines[i..j] {
                    l.kind = Kind::Code;
                    l.code = blocks;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }

    // Soft breaks, per block of consecutive non-blank lines.
    let mut widths: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < ranges.len() {
        if blank(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < ranges.len() && !blank(j) {
            j += 1;
        }
        if j - i >= 2 {
            widths.clear();
            widths.extend((i..j).map(|k| width(trim_end(line(k)))));
            let common = widths
                .iter()
                .copied()
                .filter(|w| *w < WRAP_WIDTH.end)
                .max()
                .unwrap_or(0);
            if WRAP_WIDTH.contains(&common) {
                for k in i..j - 1 {
                    let (a, next) = (line(k), line(k + 1));
                    let w = widths[k - i];
                    lines[k].soft = lines[k].kind == Kind::Prose
                        && lines[k + 1].kind == Kind::Prose
                        && w < WRAP_WIDTH.end
                        && !block_start(next, a)
                        && (w + 1 + first_word_width(next)) * 10 > common * 9
                        && !(title_cased(a, lang) && title_cased(next, lang));
                }
            }
        }
        i = j;
    }
    lines
}

/// Splits `text` into sentences.
#[cfg_attr(abridge_small, optimize(size))]
pub(crate) fn split(text: &str, lang: Option<Language>) -> Vec<Span> {
    // Raw UAX #29 pieces, trimmed, with the number of line breaks before each.
    let mut pieces: Vec<(Range<usize>, usize)> = Vec::new();
    let mut breaks = 0usize;
    let mut inner = Vec::new();
    let mut multiline = false;
    for (start, piece) in crate::bounds::sentence_bound_indices(text) {
        let mut range = trim_range(text, start..start + piece.len());
        if range.is_empty() {
            breaks += line_breaks(piece);
            multiline |= breaks > 0;
            continue;
        }
        if breaks == 0 {
            if let Some((last, _)) = pieces.last_mut() {
                let s = &text[range.clone()];
                let cited = if text[..last.end].ends_with('[') {
                    citation(s)
                } else {
                    0
                };
                let moved = if cited > 0 { cited } else { stray_closers(s) };
                if moved > 0 {
                    last.end = range.start + moved;
                    range = trim_range(text, range.start + moved..range.end);
                    if range.is_empty() {
                        breaks = line_breaks(&text[last.end..start + piece.len()]);
                        multiline |= breaks > 0;
                        continue;
                    }
                } else if last.end == range.start {
                    // "。《" + "你好》": the bracket opens the next sentence.
                    let open = trailing_openers(&text[last.clone()]);
                    last.end -= open;
                    range.start -= open;
                }
            }
        }
        // (An opening bracket moved forward starts before the piece.)
        breaks += line_breaks(&text[start.min(range.start)..range.start]);
        inner.clear();
        inner_breaks(&text[range.clone()], lang, &mut inner);
        let mut from = range.start;
        for &at in &inner {
            pieces.push((trim_range(text, from..range.start + at), breaks));
            breaks = 0;
            from = range.start + at;
        }
        pieces.push((from..range.end, breaks));
        multiline |= breaks > 0;
        breaks = line_breaks(&text[range.end..start + piece.len()]);
        multiline |= breaks > 0;
    }

    // Without a line break (most web articles) there is one line and no scan.
    let lines = if multiline {
        lines(text, lang)
    } else {
        vec![Line {
            start: 0,
            kind: Kind::Prose,
            code: 0,
            soft: false,
        }]
    };
    // CJK brackets are three-byte characters starting 0xE3 or 0xEF; most
    // texts have none (two memchr passes).
    let cjk = text.as_bytes().contains(&0xE3) || text.as_bytes().contains(&0xEF);
    let mut line = 0usize;
    let mut spans: Vec<Span> = Vec::with_capacity(pieces.len());
    // The open code block of the last span, and where its unclosed CJK
    // bracket opened.
    let mut last_code = 0u32;
    let mut depth = 0i32;
    let mut opened = 0usize;
    for (i, (range, breaks_before)) in pieces.iter().enumerate() {
        while line + 1 < lines.len() && lines[line + 1].start <= range.start {
            line += 1;
        }
        let (kind, code) = (lines[line].kind, lines[line].code);
        let piece = &text[range.clone()];
        // A single break after a line that only wraps is no break.
        let soft = *breaks_before == 1 && line > 0 && lines[line - 1].soft;
        let breaks = if soft { 0 } else { *breaks_before };
        let delta = if cjk { bracket_depth(piece) } else { 0 };
        if let Some(last) = spans.last_mut() {
            let prev = &text[last.bytes.clone()];
            let touching = last.bytes.end == range.start;
            let join = if kind == Kind::Code || last.kind == Kind::Code {
                code != 0 && code == last_code
            } else if kind == Kind::Heading || last.kind == Kind::Heading {
                breaks == 0 && kind == last.kind
            } else if breaks > 0 {
                false
            } else if (depth > 0 && range.start - opened < 1000)
                || (soft && !final_mark(prev).is_some_and(is_terminal))
            {
                // Inside 「…」 or 《…》; or a wrapped line that ends mid-sentence.
                true
            } else {
                joins(prev, piece, touching, lang)
            };
            if join {
                last.bytes.end = range.end;
                if depth == 0 && delta > 0 {
                    opened = range.start;
                }
                depth = (depth + delta).max(0);
                continue;
            }
            if breaks > 0 {
                last.line_end = true;
            }
        }
        depth = delta.max(0);
        opened = range.start;
        last_code = code;
        spans.push(Span {
            bytes: range.clone(),
            line_start: i == 0 || breaks > 0,
            line_end: false,
            para_start: i == 0 || breaks > 1,
            kind,
            marker: 0,
        });
    }
    if let Some(last) = spans.last_mut() {
        last.line_end = true;
    }
    for span in &mut spans {
        if span.kind == Kind::Prose {
            let marker = list_marker(&text[span.bytes.clone()]);
            // Never the whole span: "1. " alone stays a (wordless) sentence.
            if marker < span.bytes.len() {
                span.marker = marker;
            }
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, lang: Option<Language>) -> Vec<&str> {
        split(text, lang)
            .into_iter()
            .map(|s| &text[s.bytes])
            .collect()
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("", None).is_empty());
        assert!(split(" \n\n\t ", None).is_empty());
    }

    #[test]
    fn initials_and_closing_punctuation() {
        let t = "J. K. Rowling wrote it. She said \"Stop.\" Then (she left.) Fine";
        assert_eq!(
            texts(t, Some(Language::English)),
            [
                "J. K. Rowling wrote it.",
                "She said \"Stop.\"",
                "Then (she left.)",
                "Fine"
            ]
        );
    }

    #[test]
    fn glued_list_numbers() {
        let t = "设计原则：1.解决重复性问题；2.从人开始。下一句。";
        assert_eq!(
            texts(t, None),
            ["设计原则：1.解决重复性问题；2.从人开始。", "下一句。"]
        );
    }

    #[test]
    fn lines_and_paragraphs() {
        let t = "Headline\n\nFirst one. Second one.\r\nThird one.";
        let spans = split(t, None);
        let flags: Vec<(bool, bool, bool)> = spans
            .iter()
            .map(|s| (s.line_start, s.line_end, s.para_start))
            .collect();
        assert_eq!(
            flags,
            [
                (true, true, true),
                (true, false, true),
                (false, true, false),
                (true, true, false)
            ]
        );
    }

    #[test]
    fn markdown_kinds_and_markers() {
        let t = "# Title\n\nSome text here.\n\n```\nlet x = 1;\n\nlet y = 2;\n```\n\n- An item. More.\n1. Next item.";
        let spans = split(t, Some(Language::English));
        let got: Vec<(&str, Kind, usize)> = spans
            .iter()
            .map(|s| (&t[s.bytes.clone()], s.kind, s.marker))
            .collect();
        assert_eq!(
            got,
            [
                ("# Title", Kind::Heading, 0),
                ("Some text here.", Kind::Prose, 0),
                ("```\nlet x = 1;\n\nlet y = 2;\n```", Kind::Code, 0),
                ("- An item.", Kind::Prose, 2),
                ("More.", Kind::Prose, 0),
                ("1. Next item.", Kind::Prose, 3),
            ]
        );
    }

    #[test]
    fn soft_wraps_join_and_short_lines_do_not() {
        let wrapped = "This paragraph was wrapped by an editor at a width of about\n\
                       sixty columns, so its line breaks are not sentence breaks\n\
                       at all. The second sentence starts on the third line.";
        assert_eq!(texts(wrapped, Some(Language::English)).len(), 2);
        let short = "Natalia Tolub\nFollow us on Twitter\nRelated posts";
        assert_eq!(texts(short, Some(Language::English)).len(), 3);
    }

    /// The whitespace helpers against std, on text mixing ASCII and Unicode
    /// whitespace (no-break, ideographic, line separator) with other text.
    #[cfg(not(target_arch = "wasm32"))]
    mod whitespace {
        use super::super::{
            first_piece, last_piece, rsplit_once_space, trim, trim_end, trim_start,
        };
        use proptest::prelude::*;

        fn check(s: &str) {
            assert_eq!(trim(s), s.trim());
            assert_eq!(trim_start(s), s.trim_start());
            assert_eq!(trim_end(s), s.trim_end());
            assert_eq!(first_piece(s), s.split(char::is_whitespace).next().unwrap());
            assert_eq!(last_piece(s), s.rsplit(char::is_whitespace).next().unwrap());
            assert_eq!(rsplit_once_space(s), s.rsplit_once(char::is_whitespace));
            let set = ['.', '!', '?', '،', ' '];
            assert_eq!(super::super::trim_end_any(s, &set), s.trim_end_matches(set));
            assert_eq!(super::super::ends_with_any(s, &set), s.ends_with(set));
            assert_eq!(super::super::contains_any(s, &set), s.contains(set));
        }

        #[test]
        fn examples() {
            for s in [
                "",
                " ",
                "a",
                " a b ",
                "\u{a0}x\u{3000}",
                "z. B.\u{2028}",
                "é \t\n",
            ] {
                check(s);
            }
        }

        proptest! {
            #[test]
            fn same_as_std(s in "[ \t\n\u{a0}\u{2028}\u{3000}\u{85}a-zé.]{0,24}") {
                check(&s);
            }

            #[test]
            fn same_as_std_on_any_string(s in any::<String>()) {
                check(&s);
            }
        }
    }
}
