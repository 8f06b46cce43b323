// Language detection in JS, for pages that load only per-language modules:
// it decides which module to fetch. The same algorithm as the wasm's
// `detect_language` (src/language.rs), on the same stop words (generated into
// ../pkg/profiles.js by `make build` from src/data/stopwords/), so it gives
// the same answer; tests/e2e/languages.test.mjs checks that on every sample.
//
// The script of the first 4,000 letters decides Arabic, Greek, Russian and
// Tamil (and "none" for other scripts); for Latin script, each language's stop
// words among the first 600 words vote, a word shared by k lists giving 1/k.
import { LATIN } from "../pkg/profiles.js";

/** The engine's language order (ties go to the first). */
const ORDER = ["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"];
const LETTERS = 4000;
const WORDS = 600;

/** @type {Map<string, number> | null} lower-case stop word → bit set of the Latin languages listing it */
let table = null;
function stopwords() {
  if (table) return table;
  table = new Map();
  // One list per language of ORDER, separated by "|"; each word a digit (how many characters to
  // drop from the previous word; a space: all of them), then the characters to add (scripts/build-wasm.mjs).
  LATIN.split("|").forEach((words, i) => {
    let w = "";
    for (const [, drop, rest] of words.matchAll(/([\d ])([^\d ]*)/g)) {
      w = (drop === " " ? "" : w.slice(0, w.length - drop)) + rest;
      table.set(w, (table.get(w) ?? 0) | (1 << i));
    }
  });
  return table;
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
 * no words at all).
 * @param {string} text
 * @returns {string | null}
 */
export function detectLanguage(text) {
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
  return [latin, () => "ru", () => "el", () => "ar", () => "ta", () => null][best](text.slice(0, end));
}

/** Lower-cases one code point at a time, as Rust's `char::to_lowercase` (no final-sigma rule). */
function lower(word) {
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  let out = "";
  for (const c of word) out += c.toLowerCase();
  return out;
}

function latin(sample) {
  const table = stopwords();
  const scores = new Array(ORDER.length).fill(0);
  let n = 0;
  for (const word of sample.split(/[^\p{Alphabetic}\p{N}'\u2019]+/u)) {
    if (!word) continue;
    if (n++ === WORDS) break;
    const mask = table.get(lower(word)) ?? 0;
    if (!mask) continue;
    let k = 0;
    for (let m = mask; m; m &= m - 1) k += 1;
    const share = 1 / k;
    for (let i = 0; i < ORDER.length; i++) if (mask & (1 << i)) scores[i] += share;
  }
  let best = -1;
  for (let i = 0; i < ORDER.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
  return best < 0 ? null : ORDER[best];
}
