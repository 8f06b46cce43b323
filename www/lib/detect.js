// Language detection in JS, for pages that load only per-language modules:
// it decides which module to fetch. The same algorithm as the wasm's
// `detect_language` (src/language.rs), on the same stop words (generated into
// ../pkg/profiles.js and ../pkg/profiles-long.js by `make build` from
// src/data/stopwords/), so it gives the same answer;
// tests/e2e/languages.test.mjs and tests/e2e/detect.test.mjs check that.
//
// The script of the first 4,000 letters decides Arabic, Greek, Russian and
// Tamil (and "none" for other scripts); for Latin script, each language's stop
// words among the first 600 words vote, a word shared by k lists giving 1/k.
//
// Two stages: this file holds the stop words of up to SHORT_WORD characters
// (and those of one more listed by several languages) and a filter of the
// longer ones, a bit per word and language listing it; the longer ones
// themselves (../pkg/profiles-long.js) load only when the
// first stage cannot prove the answer (loadLongWords()). A longer word of the
// sample that passes language L's filter may be a stop word of L: it gives L
// at most 1 (1/k of k) more than any other language; one that does not pass
// gives L nothing. So when the leader's lead over each other language L
// exceeds the number of such words for L, no outcome of theirs changes the
// winner, nor a tie: the answer is the full vote's. Otherwise (0.3 % of the
// eval sets' articles) the first stage says nothing (undefined) until the
// longer words are loaded.
import { FILTER, SHORT } from "../pkg/profiles.js";

/** The engine's language order (ties go to the first). */
const ORDER = ["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"];
const LETTERS = 4000;
const WORDS = 600;
/** The first stage's longest words (UTF-16 units; one more for a word several languages list), and the filter's 2^(32 - SHIFT) bits (scripts/build-wasm.mjs). */
const SHORT_WORD = 3;
const SHIFT = 17;
/** Less than any real lead (a multiple of 1/360360), more than rounding over 600 words. */
const EPSILON = 1e-9;

/** Lower-case stop word → the indexes (ascending) of the languages listing it: the first stage's, and the longer ones once loaded. */
const table = new Map();
/**
 * Adds one "|"-separated string of 18 coded lists to `table` (scripts/build-wasm.mjs: each word a digit,
 * how many characters to drop from the previous word, a space: all of them, then the characters to add).
 */
function decode(lists) {
  lists.split("|").forEach((words, i) => {
    let w = "";
    for (const [, drop, rest] of words.matchAll(/([\d ])([^\d ]*)/g)) {
      w = (drop === " " ? "" : w.slice(0, w.length - drop)) + rest;
      table.set(w, [...(table.get(w) ?? []), i]);
    }
  });
}
decode(SHORT);
/** The filter's set bits (bucket()). */
const filter = new Set();
let bit = -1;
for (const c of FILTER) {
  const gap = c.charCodeAt(0) - 32;
  bit += gap;
  if (gap < 94) filter.add(bit);
}
/** The longer words are in `table`. */
let whole = false;
/** @type {Promise<void> | null} */
let loading = null;

/** FNV-1a over a word's UTF-16 units. */
function hash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}
/** The filter's bucket of a word (its hash()) for the language of index `i`: one more FNV step, the top bits. */
const bucket = (h, i) => Math.imul(h ^ i, 0x01000193) >>> SHIFT;

/**
 * Loads the second stage, the stop words of more than SHORT_WORD characters
 * (a plain relative import: bundlers split it into its own chunk). After it,
 * detectLanguage() answers every text. A failure (offline) can be retried.
 * @returns {Promise<void>}
 */
export function loadLongWords() {
  return (loading ??= import("../pkg/profiles-long.js").then(
    (m) => {
      decode(m.LONG);
      whole = true;
    },
    (error) => {
      loading = null;
      throw error;
    },
  ));
}

const ALPHABETIC = /\p{Alphabetic}/u;
/** 0 Latin, 1 Cyrillic, 2 Greek, 3 Arabic, 4 Tamil, 5 other; -1 not a letter. */
function script(c) {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 0;
  if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) return 2;
  if (c >= 0x400 && c <= 0x52f) return 1;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) ||
      (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return 3;
  if (c >= 0xb80 && c <= 0xbff) return 4;
  return ALPHABETIC.test(String.fromCodePoint(c)) ? 5 : -1;
}

/**
 * The language of `text` as an ISO 639-1 code, or null (another script, or
 * no words at all): the full vote's answer. Before loadLongWords() has
 * finished, undefined for a text the first stage cannot decide; with
 * `{ guess: true }`, the first stage's leader instead (null when it has none).
 * @param {string} text
 * @param {{ guess?: boolean }} [options]
 * @returns {string | null | undefined}
 */
export function detectLanguage(text, options) {
  const counts = [0, 0, 0, 0, 0, 0];
  let letters = 0;
  let end = text.length;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i);
    const width = c > 0xffff ? 2 : 1;
    const s = script(c);
    if (s >= 0) {
      counts[s] += 1;
      if (++letters === LETTERS) {
        end = i + width;
        break;
      }
    }
    i += width;
  }
  // The last of equal counts wins, as Rust's max_by_key picks.
  let best = 0;
  for (let s = 1; s < 6; s++) if (counts[s] >= counts[best]) best = s;
  if (counts[best] === 0) return null;
  return best ? [0, "ru", "el", "ar", "ta", null][best] : latin(text.slice(0, end), options?.guess);
}

/** Lower-cases one code point at a time, as Rust's `char::to_lowercase` (no final-sigma rule). */
function lower(word) {
  let out = "";
  for (const c of word) out += c.toLowerCase();
  return out;
}

function latin(sample, guess) {
  const scores = ORDER.map(() => 0);
  let n = 0;
  // Per language, the longer words that pass its filter while the second stage is not loaded: each may give it up to 1.
  const open = ORDER.map(() => 0);
  for (const word of sample.split(/[^\p{Alphabetic}\p{N}'\u2019]+/u)) {
    if (!word) continue;
    if (n++ === WORDS) break;
    const w = lower(word);
    const languages = table.get(w);
    if (!languages) {
      if (!whole && w.length > SHORT_WORD) {
        const h = hash(w);
        for (let i = 0; i < ORDER.length; i++) if (filter.has(bucket(h, i))) open[i] += 1;
      }
      continue;
    }
    for (const i of languages) scores[i] += 1 / languages.length;
  }
  let best = -1;
  for (let i = 0; i < ORDER.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
  // Undecided: a language's open words could lift it to the leader's score (or out of nothing: scores[-1] is undefined).
  if (!guess) for (let i = 0; i < ORDER.length; i++) if (open[i] && i !== best && !(scores[best] - scores[i] > open[i] + EPSILON)) return undefined;
  return best < 0 ? null : ORDER[best];
}
