//! The one JSON shape of a [`Summary`], written by the JavaScript API
//! (src/wasm.rs) and the CLI's `--json` alike. Field names are camelCase, as
//! JavaScript writes them; offsets are UTF-16 code units (`start`, `end`)
//! plus bytes for sentences (`byteStart`, `byteEnd`); a keyword's
//! `occurrences` are flat UTF-16 pairs `[start, end, start, end, …]`. Compiled with the
//! `serde` feature (which `cli` turns on) and always for wasm32.

use std::ops::Range;

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use crate::{Keyword, Language, ScoreParts, Sentence, Stats, Summary};

impl Serialize for Summary<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Summary", 4)?;
        o.serialize_field("sentences", &self.sentences)?;
        o.serialize_field("keywords", &self.keywords)?;
        o.serialize_field("language", &self.language.map(Language::code))?;
        o.serialize_field("stats", &self.stats)?;
        o.end()
    }
}

impl Serialize for Sentence<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Sentence", 8)?;
        o.serialize_field("index", &self.index)?;
        o.serialize_field("text", self.text)?;
        // `input.slice(start, end) === text` in JavaScript.
        o.serialize_field("start", &self.utf16.start)?;
        o.serialize_field("end", &self.utf16.end)?;
        o.serialize_field("byteStart", &self.bytes.start)?;
        o.serialize_field("byteEnd", &self.bytes.end)?;
        o.serialize_field("score", &self.score)?;
        o.serialize_field("parts", &self.parts)?;
        o.end()
    }
}

impl Serialize for ScoreParts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("ScoreParts", crate::Weights::NAMES.len())?;
        for (name, value) in self.iter() {
            o.serialize_field(name, &value)?;
        }
        o.end()
    }
}

impl Serialize for Keyword {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Keyword", 5)?;
        o.serialize_field("word", &self.word)?;
        o.serialize_field("stem", &self.stem)?;
        o.serialize_field("weight", &self.weight)?;
        o.serialize_field("count", &self.count)?;
        o.serialize_field("occurrences", &Spans(&self.utf16))?;
        o.end()
    }
}

impl Serialize for Stats {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = s.serialize_struct("Stats", 4)?;
        o.serialize_field("sentencesIn", &self.sentences_in)?;
        o.serialize_field("sentencesOut", &self.sentences_out)?;
        o.serialize_field("wordsIn", &self.words_in)?;
        o.serialize_field("wordsOut", &self.words_out)?;
        o.end()
    }
}

/// UTF-16 ranges as one flat list `[start, end, start, end, …]`: a third of
/// the cost of `{ start, end }` objects to build and to post to a worker.
struct Spans<'a>(&'a [Range<usize>]);

impl Serialize for Spans<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(2 * self.0.len()))?;
        for r in self.0 {
            seq.serialize_element(&r.start)?;
            seq.serialize_element(&r.end)?;
        }
        seq.end()
    }
}
