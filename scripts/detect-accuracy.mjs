// How often www/lib/detect.js (the same vote as the wasm's detect_language)
// names the right language for the start of a text, and what a vote on only
// the stop words of up to N letters would do (the README's "Measured and not
// used": a smaller detector for pages that declare no language), and how
// often detect.js's first stage decides alone (its stop words of up to 3
// characters and the filter of the longer ones, without ../pkg/profiles-long.js),
// checking that each of its answers is the full vote's.
//
//   node scripts/detect-accuracy.mjs [--letters 3,4,5]
//
// Texts: the articles of six eval sets (../shared/eval; the Chinese one has no
// Latin-script vote) and the in-repo samples (tests/data/languages), cut to
// their first 8, 12, 20, 30 and 600 words. Needs `make build` (pkg/profiles*.js).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { detectLanguage, loadLongWords } from "../www/lib/detect.js";
import { SHORT } from "../www/pkg/profiles.js";
import { LONG } from "../www/pkg/profiles-long.js";

// Two instances of detect.js: `firstStage` never loads the longer words.
const { detectLanguage: firstStage } = await import("../www/lib/detect.js?first-stage");
await loadLongWords();

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const letters = (args.includes("--letters") ? args[args.indexOf("--letters") + 1] : "3,4,5").split(",").map(Number);
const SETS = { "cnndm-dev": "en", bbc: "en", "mlsum-es": "es", "norsumm-nb": "no", "orangesum-fr": "fr", "temario-pt": "pt" };

const texts = [];
/** The eval set of each article. */
const sets = [];
for (const [set, language] of Object.entries(SETS)) {
  const file = path.join(ROOT, "..", "shared", "eval", `${set}.jsonl`);
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    texts.push([language, JSON.parse(line).article]);
    sets.push(set);
  }
}
const articles = texts.length;
const samples = path.join(ROOT, "tests", "data", "languages");
for (const f of readdirSync(samples).filter((f) => /^[a-z]{2}\.txt$/.test(f))) texts.push([f.slice(0, 2), readFileSync(path.join(samples, f), "utf8")]);

// detect.js itself on its stop words cut to `max` letters: a copy of it
// beside a profiles.js and a profiles-long.js of those words (each coded as a
// space, starting from nothing, then the word, which detect.js reads like any
// other), the long ones loaded.
function decode(words) {
  const out = [];
  let w = "";
  for (const [, drop, rest] of words.matchAll(/([\d ])([^\d ]*)/g)) out.push((w = (drop === " " ? "" : w.slice(0, w.length - drop)) + rest));
  return out;
}
const scratch = mkdtempSync(path.join(tmpdir(), "abridge-detect-"));
async function cut(max) {
  const dir = path.join(scratch, String(max));
  mkdirSync(path.join(dir, "lib"), { recursive: true });
  mkdirSync(path.join(dir, "pkg"));
  copyFileSync(path.join(ROOT, "www", "lib", "detect.js"), path.join(dir, "lib", "detect.js"));
  const [short, long] = [SHORT, LONG].map((lists) => lists.split("|").map(decode));
  const cut = (keep) => short.map((words, i) => [...words, ...long[i]].filter(keep).map((w) => ` ${w}`).join("")).join("|");
  writeFileSync(path.join(dir, "pkg", "profiles.js"), `export const SHORT = ${JSON.stringify(cut((w) => w.length <= 3 && [...w].length <= max))};\nexport const FILTER = "";\n`);
  writeFileSync(path.join(dir, "pkg", "profiles-long.js"), `export const LONG = ${JSON.stringify(cut((w) => w.length > 3 && [...w].length <= max))};\n`);
  const m = await import(pathToFileURL(path.join(dir, "lib", "detect.js")).href);
  await m.loadLongWords();
  return m.detectLanguage;
}

const WORDS = [8, 12, 20, 30, 600];
console.log(`${texts.length} texts; share detected right for their first N words`);
console.log(`| stop words | ${WORDS.map((n) => `${n} words`).join(" | ")} |`);
console.log(`| --- |${WORDS.map(() => " ---: |").join("")}`);
const cuts = await Promise.all(letters.map(async (n) => [`up to ${n} letters`, await cut(n)]));
for (const [label, detect] of [["all (detect.js)", detectLanguage], ...cuts]) {
  const cells = WORDS.map((n) => {
    const right = texts.filter(([language, text]) => detect(text.split(/\s+/).slice(0, n).join(" ")) === language).length;
    return `${((100 * right) / texts.length).toFixed(2)} %`;
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
rmSync(scratch, { recursive: true, force: true });

// The first stage alone, on the whole texts and their first 12 words: how
// often it decides, and whether every answer it gives is the full vote's.
for (const n of [Infinity, 12]) {
  const cut = texts.map(([, text]) => (n === Infinity ? text : text.split(/\s+/).slice(0, n).join(" ")));
  const decided = cut.filter((text) => firstStage(text) !== undefined);
  const differ = decided.filter((text) => firstStage(text) !== detectLanguage(text)).length;
  const decidedArticles = cut.slice(0, articles).filter((text) => firstStage(text) !== undefined).length;
  const guessed = cut.filter((text) => firstStage(text) === undefined && firstStage(text, { guess: true }) === detectLanguage(text)).length;
  console.log(`first stage, ${n === Infinity ? "whole texts" : `first ${n} words`}: decides ${decided.length} of ${texts.length} ` +
    `(${((100 * decided.length) / texts.length).toFixed(2)} %), ${differ} of them unlike the full vote; ` +
    `of the ${texts.length - decided.length} others, its leader is the full vote's answer for ${guessed}; ` +
    `the eval sets' ${articles} articles alone: ${decidedArticles} decided (${((100 * decidedArticles) / articles).toFixed(2)} %; undecided: ` +
    `${Object.keys(SETS).map((set) => `${set} ${cut.filter((text, i) => sets[i] === set && firstStage(text) === undefined).length}`).join(", ")})`);
}
