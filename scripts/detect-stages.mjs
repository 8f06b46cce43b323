// Sizes and decision rates of other designs of the JS detector's first stage
// (www/lib/detect.js; README "Size", the two-stage detector): for each, the
// brotli bytes of its data (the short words coded as scripts/build-wasm.mjs
// codes them, and the filter's gaps) and how many of the eval sets' articles
// it decides alone, by the same vote and bound as detect.js (one filter for
// all languages, or a bit per word and language). The design in use gives
// what `node scripts/detect-accuracy.mjs` gives for detect.js itself.
//
//   node scripts/detect-stages.mjs
//
// Reads ../shared/eval (as detect-accuracy.mjs). Only the first 600 words of
// each article vote (the eval articles are all Latin-script, so the script
// test never decides).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { LANGUAGES } from "./languages.mjs";
import { codeFilter, codeLists } from "./profiles-coding.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const brotli = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const lists = LANGUAGES.map((code) => ["ar", "el", "ru", "ta"].includes(code) ? [] :
  [...new Set(readFileSync(path.join(ROOT, "src", "data", "stopwords", `${code}.txt`), "utf8").split("\n").map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !/\s/.test(l)))].sort());
const SETS = ["cnndm-dev", "bbc", "mlsum-es", "norsumm-nb", "orangesum-fr", "temario-pt"];
const lower = (w) => [...w].map((c) => c.toLowerCase()).join("");
const articles = SETS.flatMap((set) => readFileSync(path.join(ROOT, "..", "shared", "eval", `${set}.jsonl`), "utf8").split("\n")
  .filter(Boolean).map((line) => JSON.parse(line).article.split(/[^\p{Alphabetic}\p{N}'\u2019]+/u).filter(Boolean).slice(0, 600).map(lower)));
const fnv = (word) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
};
const listed = new Map();
for (const word of lists.flat()) listed.set(word, (listed.get(word) ?? 0) + 1);
const nordic = new Set(["da", "no", "sv"].flatMap((code) => lists[LANGUAGES.indexOf(code)]));

/** `first`: whether a word is in the first stage's list; `perLanguage`: a bit per word and language. */
function measure(first, bits, perLanguage) {
  const shift = 32 - Math.log2(bits);
  const bucket = (h, i) => (perLanguage ? Math.imul(h ^ i, 0x01000193) : h) >>> shift;
  const table = new Map();
  const filter = new Set();
  lists.forEach((words, i) => words.forEach((w) => {
    if (first(w)) table.set(w, (table.get(w) ?? 0) | (1 << i));
    else filter.add(bucket(fnv(w), i));
  }));
  let decided = 0;
  for (const words of articles) {
    const scores = new Array(18).fill(0);
    const open = new Array(18).fill(0);
    for (const w of words) {
      const mask = table.get(w);
      if (mask) {
        let k = 0;
        for (let m = mask; m; m &= m - 1) k += 1;
        for (let i = 0; i < 18; i++) if (mask & (1 << i)) scores[i] += 1 / k;
      } else if (!first(w)) {
        const h = fnv(w);
        // One filter: a passing word may give any language 1; a bit per language: only the languages it passes for.
        for (let i = 0; i < 18; i++) if (lists[i].length && filter.has(bucket(h, i))) open[i] += 1;
        if (!perLanguage) open.fill(open[1]);
      }
    }
    let best = -1;
    for (let i = 0; i < 18; i++) if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) best = i;
    decided += open.every((n, i) => !n || i === best || scores[best] - scores[i] > n + 1e-9);
  }
  const data = brotli(codeLists(lists, first)) + brotli(codeFilter(filter));
  return `${data.toLocaleString("en-US")} B, ${((100 * decided) / articles.length).toFixed(2)} %`;
}

const upTo = (n) => (w) => w.length <= n;
const designs = [
  ["<= 4, one filter, 16,384 bits (the first design)", upTo(4), 16384, false],
  ["<= 4, one filter, 8,192 bits", upTo(4), 8192, false],
  ["<= 3, one filter, 16,384 bits", upTo(3), 16384, false],
  ["<= 3, one filter, 65,536 bits", upTo(3), 65536, false],
  ...[16384, 8192, 4096].map((bits) => [`<= 4, a bit per language, ${bits.toLocaleString("en-US")} bits`, upTo(4), bits, true]),
  ...[16384, 32768, 65536].map((bits) => [`<= 3, a bit per language, ${bits.toLocaleString("en-US")} bits`, upTo(3), bits, true]),
  ...[32768, 16384].map((bits) => [`<= 3 and the 4-character words several languages list, a bit per language, ${bits.toLocaleString("en-US")} bits`,
    (w) => w.length <= 3 || (w.length === 4 && listed.get(w) > 1), bits, true]),
  ...[32768, 16384].map((bits) => [`<= 3 and the Danish, Norwegian and Swedish 4-character words, a bit per language, ${bits.toLocaleString("en-US")} bits`,
    (w) => w.length <= 3 || (w.length === 4 && nordic.has(w)), bits, true]),
];
console.log(`${articles.length} eval articles; first stage's data (short words + filter, brotli -q 11), articles decided`);
for (const [label, first, bits, perLanguage] of designs) console.log(`${label}: ${measure(first, bits, perLanguage)}`);
