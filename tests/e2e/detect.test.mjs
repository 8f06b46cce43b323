// The JS detector's two stages (www/lib/detect.js) give the full vote's
// answer: whenever the first stage (the stop words of up to 3 characters, of 4 shared, and
// the filter of the longer ones) answers, it is the answer of the whole
// detector and of the wasm's `detect_language` (the all-language module); when
// it cannot tell, it says undefined, and once the second stage (the longer
// stop words) is loaded the answer is the wasm's. On the in-repo samples and
// their starts, and on generated texts meant to break the first stage: long
// stop words only, exact ties between a language's short words and another's
// long ones (the engine's order decides), leads of exactly the open words'
// count, random mixtures with non-words that pass the filter. And core.js's
// loadFor imports the second stage only for a text the first cannot decide.
// Needs `make build` (www/pkg).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { LANGUAGES } from "../../scripts/languages.mjs";

const repo = (p) => new URL(`../../${p}`, import.meta.url);
// The reference: the all-language module's detect_language, through a glue instance of its own.
const glue = await import(`${repo("www/pkg/abridge.js").href}?reference`);
glue.initSync({ module: readFileSync(repo("www/pkg/abridge_bg.wasm")) });
const wasm = (text) => glue.detectLanguage(text) ?? null;
// Two instances of detect.js: `first` never loads its second stage, `whole` has.
const first = await import(`${repo("www/lib/detect.js").href}?first`);
const whole = await import(`${repo("www/lib/detect.js").href}?whole`);
await whole.loadLongWords();

/** The stop words of each Latin-script language, read as scripts/build-wasm.mjs reads them. */
const STOP = Object.fromEntries(LANGUAGES.filter((code) => !["ar", "el", "ru", "ta"].includes(code)).map((code) => [code,
  [...new Set(readFileSync(repo(`src/data/stopwords/${code}.txt`), "utf8").split("\n").map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#") && !/\s/.test(l)))]]));
/** The first stage's words (scripts/build-wasm.mjs): up to 3 characters, and those of 4 listed by several languages. */
const listed = (w) => Object.values(STOP).filter((list) => list.includes(w)).length;
const inFirst = (w) => w.length <= 3 || (w.length === 4 && listed(w) > 1);
// Split once per language (the generated texts below pick from them ~10^5 times).
const SHORT = Object.fromEntries(Object.entries(STOP).map(([code, words]) => [code, words.filter(inFirst)]));
const LONG = Object.fromEntries(Object.entries(STOP).map(([code, words]) => [code, words.filter((w) => !inFirst(w))]));
const short = (code) => SHORT[code];
const long = (code) => LONG[code];
/** Words of `code` listed by no other language. */
const own = (words, code) => words.filter((w) => Object.entries(STOP).every(([c, list]) => c === code || !list.includes(w)));

/** Checks one text; returns whether the first stage decided it. */
function check(text, label) {
  const expected = wasm(text);
  assert.equal(whole.detectLanguage(text), expected, `${label}: the whole JS detector is the wasm's`);
  const answer = first.detectLanguage(text);
  if (answer !== undefined) assert.equal(answer, expected, `${label}: the first stage decided, as the full vote`);
  const guess = first.detectLanguage(text, { guess: true });
  assert.ok(guess === null || LANGUAGES.includes(guess), `${label}: a guess is a language or null`);
  if (answer !== undefined) assert.equal(guess, answer, `${label}: a decided text's guess is its answer`);
  return answer !== undefined;
}

/** A seeded generator (mulberry32), so every run checks the same texts. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(14);
const pick = (list) => list[Math.floor(rand() * list.length)];
const repeat = (word, n) => Array(n).fill(word);
const latin = Object.keys(STOP);

test("in-repo samples and their starts: the first stage's answers are the full vote's; the rest after the second stage", () => {
  const dir = repo("tests/data/languages/");
  const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => [f, readFileSync(new URL(f, dir), "utf8")]);
  texts.push(["seed article", readFileSync(repo("tests/data/seed-article.txt"), "utf8")]);
  let decided = 0;
  let all = 0;
  for (const [name, text] of texts) {
    const words = text.split(/\s+/);
    for (const n of [...Array(40).keys(), 60, 100, 600, Infinity]) {
      all += 1;
      decided += check(n === Infinity ? text : words.slice(0, n).join(" "), `${name}, ${n} words`);
    }
  }
  assert.ok(decided > all / 2 && decided < all, `both stages are exercised (${decided} of ${all} decided by the first)`);
  console.log(`${all} in-repo texts, ${decided} decided by the first stage`);
  assert.equal(first.detectLanguage(readFileSync(repo("tests/data/languages/fi.txt"), "utf8")), undefined,
    "the Finnish sample needs the second stage (tests/e2e/widget-languages.test.mjs relies on it)");
  assert.equal(first.detectLanguage(readFileSync(repo("tests/data/languages/fr.txt"), "utf8")), "fr", "the French one does not");
});

test("every longer stop word passes the filter of its languages: alone, it leaves the first stage undecided", () => {
  for (const code of latin) for (const w of long(code)) assert.equal(first.detectLanguage(w), undefined, `${code} "${w}"`);
  for (const code of latin) for (const w of short(code)) assert.equal(first.detectLanguage(w), whole.detectLanguage(w), `${code} "${w}"`);
});

test("generated texts: long stop words only, ties, leads of exactly the open words, random mixtures", () => {
  const cases = [];
  // Long stop words only: of one language, then of several.
  for (const code of latin) for (let i = 0; i < 20; i++) cases.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pick(long(code))));
  for (let i = 0; i < 300; i++) cases.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pick(long(pick(latin)))));
  // A's own short words against B's own long ones, m against m + d: ties (d = 0) go to the first in the
  // engine's order; with d = -1 or 1 the lead equals the open words' count, or falls one short of it.
  for (const a of latin) for (const b of latin) {
    if (a === b) continue;
    const [sa, lb] = [own(short(a), a), own(long(b), b)];
    if (!sa.length || !lb.length) continue;
    for (const [m, d] of [[1, 0], [2, 0], [3, -1], [3, 1], [5, 0], [4, -2]]) {
      const words = [...repeat(pick(sa), m), ...repeat(pick(lb), m + d)];
      cases.push(words, [...words].reverse(), [...words.slice(m), ...words.slice(0, m), "Zebrafish"]);
    }
  }
  // Random mixtures: short and long stop words of any language (the shared ones give 1/k), capitalised or
  // not, and made-up words (some pass the filter), up to 700 words (only the first 600 vote).
  const letters = "abcdefghijklmnopqrstuvwxyzéèäöüåøñç";
  const madeUp = () => Array.from({ length: 1 + Math.floor(rand() * 9) }, () => pick(letters)).join("");
  for (let i = 0; i < 3000; i++) {
    const mix = latin.filter(() => rand() < 0.3);
    if (!mix.length) mix.push(pick(latin));
    const length = 1 + Math.floor(rand() * (i % 10 === 0 ? 700 : 40));
    cases.push(Array.from({ length }, () => {
      const r = rand();
      const w = r < 0.3 ? pick(short(pick(mix))) : r < 0.6 ? pick(long(pick(mix))) : madeUp();
      return rand() < 0.1 ? w.toUpperCase() : rand() < 0.2 ? w[0].toUpperCase() + w.slice(1) : w;
    }));
  }
  let decided = 0;
  for (const words of cases) decided += check(words.join(rand() < 0.5 ? " " : ", "), JSON.stringify(words.slice(0, 12)));
  assert.ok(decided > 500 && cases.length - decided > 500, `both stages are exercised (${decided} of ${cases.length} decided by the first)`);
  console.log(`${cases.length} generated texts, ${decided} decided by the first stage`);
});

test("core.js loadFor: the second stage only for a text the first cannot decide", async () => {
  const core = await import(repo("www/lib/core.js").href);
  const fr = readFileSync(repo("tests/data/languages/fr.txt"), "utf8");
  const fi = readFileSync(repo("tests/data/languages/fi.txt"), "utf8");
  await core.loadFor(fr);
  assert.equal(core.detectLanguage(fr), "fr");
  assert.throws(() => core.detectLanguage(fi), /needs the whole detector: `await loadFor\(text\)`/, "the second stage was not loaded for French");
  assert.throws(() => core.summarize(fi), /needs the whole detector/);
  await core.loadFor(fi);
  assert.equal(core.detectLanguage(fi), "fi", "loadFor loaded the second stage for Finnish");
  assert.equal(core.summarize(fi, { sentences: 2 }).language, "fi");
});
