// Every per-language module against the all-language module on the eval sets
// (../shared/eval/*.jsonl, read in place): each document, with and without its
// title, in the option sets of tests/e2e/fixtures/identical.mjs, summarised
// once through the per-language modules (language detected in JS, as the
// widget and `init({ languages })` do) and once through abridge_bg.wasm. Any
// difference in the results or in the detected language is printed and makes
// the exit status 1. The in-repo samples run in `make test`
// (tests/e2e/languages.test.mjs); this is the same comparison at scale.
//
//   make build && node scripts/compare-modules.mjs [--limit N] [--eval DIR]
//
// --limit N: the first N documents of each set (default: all).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareModules, OPTION_SETS } from "../tests/e2e/fixtures/identical.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const limit = Number(opt("--limit", Infinity));
const dir = path.resolve(ROOT, opt("--eval", "../shared/eval"));

// One call: compareModules loads the per-language modules, then the
// all-language one, which core.js prefers from then on.
const sets = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((file) => {
  const docs = readFileSync(path.join(dir, file), "utf8").split("\n").filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
  const samples = docs.flatMap((d) => [
    { name: `${file} ${d.id}`, text: d.article },
    ...(d.title ? [{ name: `${file} ${d.id} + title`, text: d.article, title: d.title }] : []),
  ]);
  return { file, docs: docs.length, samples };
});
const { differences, detected } = await compareModules(sets.flatMap((s) => s.samples));

console.log("| set | documents | summaries compared | detected language: samples | differences |");
console.log("| --- | ---: | ---: | --- | ---: |");
let runs = 0;
for (const { file, docs, samples } of sets) {
  const n = samples.length * OPTION_SETS.length;
  runs += n;
  const counts = new Map();
  for (const { name } of samples) counts.set(detected.get(name) ?? "none", (counts.get(detected.get(name) ?? "none") ?? 0) + 1);
  const mine = differences.filter((d) => d.startsWith(`${file} `));
  const langs = [...counts].map(([code, count]) => `${code}: ${count}`).join(", ");
  console.log(`| ${file} | ${docs} | ${n} | ${langs} | ${mine.length} |`);
  for (const d of mine.slice(0, 10)) console.error(`  ${d}`);
}
console.log(`\n${runs} summaries, ${differences.length} different`);
process.exit(differences.length ? 1 : 0);
