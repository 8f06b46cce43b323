// Compares the widget's article reader (www/widget/extract.js) with Mozilla
// Readability (what Firefox's Reader View uses) on the reader fixtures and on
// the 2 MB pages of benches/web/widget-perf.mjs, in headless Chromium:
// token recall and precision against each fixture's `data-truth` text,
// whether a page without an article is refused, time, and bytes.
//
//   npm install --no-save @mozilla/readability@0.6.0
//   node scripts/reader-compare.mjs node_modules/@mozilla/readability/Readability.js
//
// (Run `make bench-web` once first so target/widget-perf/page-2mb*.html exist.)
// Readability is not a dependency of the project: this script only measures it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { recall, tokens, truthTexts } from "../tests/e2e/reader-score.mjs";
import { startHarness } from "../tests/e2e/widget-harness.mjs";
import { minifySource, READER_PROPERTIES } from "./minify.mjs";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("usage: node scripts/reader-compare.mjs path/to/Readability.js");
  process.exit(1);
}
const source = readFileSync(file, "utf8");
const brotli = (code) => brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const ours = (await minifySource(readFileSync("www/widget/extract.js", "utf8"), "extract.js", READER_PROPERTIES)).code; // as make widget ships it
const theirs = (await minifySource(source, "Readability.js")).code;

const harness = await startHarness();
const DIR = "tests/e2e/fixtures/widget/reader";
const rows = [];
const run = async (page) => ({ truth: (await page.evaluate(truthTexts)).join("\n"), ...await page.evaluate(async (src) => {
  // Through the DevTools protocol, which the page's CSP does not govern.
  (0, eval)(`${src}\nwindow.__Readability = Readability;`);
  const { readArticle } = await import("/www/widget/extract.js");
  const times = { ours: [], theirs: [] };
  let a = null;
  let b = null;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    a = await readArticle(document);
    times.ours.push(performance.now() - t);
    t = performance.now();
    b = new window.__Readability(document.cloneNode(true)).parse();
    times.theirs.push(performance.now() - t);
  }
  const median = (xs) => xs.sort((x, y) => x - y)[1];
  return { ours: a?.text ?? null, theirs: b?.textContent ?? null, ms: { ours: median(times.ours), theirs: median(times.theirs) } };
}, source) });

const pages = readdirSync(DIR).filter((f) => f.endsWith(".html")).sort().map((f) => `/${DIR}/${f}`);
for (const big of ["page-2mb", "page-2mb-20k"]) if (existsSync(`target/widget-perf/${big}.html`)) pages.push(`/target/widget-perf/${big}.html`);
for (const url of pages) {
  const { page, context } = await harness.open(url);
  const r = await run(page);
  const score = (text) => {
    if (text === null) return "no article";
    if (!r.truth) return `read ${text.length} chars`;
    return `${recall(tokens(r.truth), tokens(text)).toFixed(3)} / ${recall(tokens(text), tokens(r.truth)).toFixed(3)}`;
  };
  rows.push({ page: path.basename(url), "extract.js recall / precision": score(r.ours), "Readability recall / precision": score(r.theirs),
    "extract.js ms": +r.ms.ours.toFixed(1), "Readability ms (clone + parse)": +r.ms.theirs.toFixed(1) });
  await context.close();
}
await harness.close();
console.table(rows);
console.log(`bytes, minified (terser) → brotli -q 11: extract.js ${ours.length} → ${brotli(ours)}; Readability.js ${theirs.length} → ${brotli(theirs)}`);
