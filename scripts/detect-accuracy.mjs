// How often www/lib/detect.js (the same vote as the wasm's detect_language)
// names the right language for the start of a text, and what a vote on only
// the stop words of up to N letters would do (the README's "Measured and not
// used": a smaller detector for pages that declare no language).
//
//   node scripts/detect-accuracy.mjs [--letters 3,4,5]
//
// Texts: the articles of six eval sets (../shared/eval; the Chinese one has no
// Latin-script vote) and the in-repo samples (tests/data/languages), cut to
// their first 8, 12, 20, 30 and 600 words. Needs `make build` (pkg/profiles.js).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectLanguage } from "../www/lib/detect.js";
import { LATIN } from "../www/pkg/profiles.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const letters = (args.includes("--letters") ? args[args.indexOf("--letters") + 1] : "3,4,5").split(",").map(Number);
const SETS = { "cnndm-dev": "en", bbc: "en", "mlsum-es": "es", "norsumm-nb": "no", "orangesum-fr": "fr", "temario-pt": "pt" };

const texts = [];
for (const [set, language] of Object.entries(SETS)) {
  const file = path.join(ROOT, "..", "shared", "eval", `${set}.jsonl`);
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) texts.push([language, JSON.parse(line).article]);
}
const samples = path.join(ROOT, "tests", "data", "languages");
for (const f of readdirSync(samples).filter((f) => /^[a-z]{2}\.txt$/.test(f))) texts.push([f.slice(0, 2), readFileSync(path.join(samples, f), "utf8")]);

// The vote of detect.js on a table of its stop words cut to `max` letters
// (detect.js itself for the full table; the scripts but Latin decide alike).
const ORDER = ["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"];
function decode(words) {
  const out = [];
  let w = "";
  for (const [, keep, rest] of words.matchAll(/(\d)(\D*)/g)) out.push((w = w.slice(0, keep) + rest));
  return out;
}
function voter(max) {
  const table = new Map();
  for (const [code, words] of Object.entries(LATIN)) {
    for (const w of decode(words)) if ([...w].length <= max) table.set(w, (table.get(w) ?? 0) | (1 << ORDER.indexOf(code)));
  }
  return (text) => {
    const full = detectLanguage(text);
    if (!full || !(full in LATIN)) return full;
    const scores = new Array(ORDER.length).fill(0);
    let n = 0;
    for (const word of text.split(/[^\p{Alphabetic}\p{N}'\u2019]+/u)) {
      if (!word) continue;
      if (n++ === 600) break;
      let lower = "";
      for (const c of word) lower += c.toLowerCase();
      const mask = table.get(lower) ?? 0;
      let k = 0;
      for (let m = mask; m; m &= m - 1) k += 1;
      for (let i = 0; i < ORDER.length; i++) if (mask & (1 << i)) scores[i] += 1 / k;
    }
    let best = -1;
    for (let i = 0; i < ORDER.length; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
    return best < 0 ? null : ORDER[best];
  };
}

const WORDS = [8, 12, 20, 30, 600];
console.log(`${texts.length} texts; share detected right for their first N words`);
console.log(`| stop words | ${WORDS.map((n) => `${n} words`).join(" | ")} |`);
console.log(`| --- |${WORDS.map(() => " ---: |").join("")}`);
for (const [label, detect] of [["all (detect.js)", detectLanguage], ...letters.map((n) => [`up to ${n} letters`, voter(n)])]) {
  const cells = WORDS.map((n) => {
    const right = texts.filter(([language, text]) => detect(text.split(/\s+/).slice(0, n).join(" ")) === language).length;
    return `${((100 * right) / texts.length).toFixed(2)} %`;
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
