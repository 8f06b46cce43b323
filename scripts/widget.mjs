// Builds dist/widget/: the self-contained directory a publisher copies to a
// CDN or their own server as is.
//
//   node scripts/widget.mjs [--out dist/widget]      (make widget)
//
// Layout: abridge-widget.js + extract.js + quote.js + marks.js, words/<code>.js, lib/core.js,
// lib/detect.js, pkg/abridge.js, pkg/profiles.js (all minified, each with a
// .map), and one wasm per language, pkg/abridge-<code>_bg.wasm: a reader
// downloads the one of the article's language only. The widget finds
// everything from its own URL (import.meta.url), so the directory can live at
// any path.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minifyFile, widgetBuild } from "./minify.mjs";
import { LANGUAGES, measure, table } from "./size.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const out = path.resolve(ROOT, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/widget");
const src = (...p) => path.join(ROOT, "www", ...p);
/** Brotli bytes of JS a reader may download before the wasm (issue 13/17). */
const JS_BUDGET = 12_000;

const modules = LANGUAGES.map((code) => `abridge-${code}_bg.wasm`);
const missing = ["profiles.js", ...modules].filter((f) => !existsSync(src("pkg", f)));
if (missing.length) {
  console.error(`widget: www/pkg/${missing[0]} is missing; run \`make build\` first.`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
for (const dir of ["", "lib", "pkg"]) mkdirSync(path.join(out, dir), { recursive: true });

// In www/ the widget imports ../lib/core.js (dynamically); in the flat dist
// layout, ./lib/. JS is minified (source maps alongside, holding the original source).
for (const name of ["abridge-widget.js", "extract.js"]) {
  const { edit, properties } = widgetBuild(name);
  await minifyFile(src("widget", name), path.join(out, name), edit, properties);
}
// The box's words, one module per language (words/<code>.js); a page loads one at most.
mkdirSync(path.join(out, "words"));
for (const f of readdirSync(src("widget", "words"))) await minifyFile(src("widget", "words", f), path.join(out, "words", f));
for (const [from, to] of [
  [src("widget", "quote.js"), "quote.js"],
  [src("widget", "marks.js"), "marks.js"],
  [src("lib", "core.js"), "lib/core.js"],
  [src("lib", "detect.js"), "lib/detect.js"],
  [src("pkg", "abridge.js"), "pkg/abridge.js"],
  [src("pkg", "profiles.js"), "pkg/profiles.js"],
]) await minifyFile(from, path.join(out, to));
copyFileSync(src("widget", "README.md"), path.join(out, "README.md"));
for (const f of modules) copyFileSync(src("pkg", f), path.join(out, "pkg", f));

// The largest words file stands for the one a non-English page loads.
const words = readdirSync(path.join(out, "words")).filter((f) => f.endsWith(".js"))
  .map((f) => `words/${f}`).sort((a, b) => measure([path.join(out, b)])[0].brotli - measure([path.join(out, a)])[0].brotli)[0];
// Before the wasm: the modules the page loads (and one words file); with the
// wasm, when a box has found its article: quote.js and the wasm itself.
const before = ["abridge-widget.js", "extract.js", words, "lib/core.js", "pkg/abridge.js"];
// On a page that declares no language, the detector comes before the wasm too
// (not counted in the budget: `make size` has every case and language).
const shipped = [...before, "quote.js", "pkg/abridge-en_bg.wasm", "lib/detect.js", "pkg/profiles.js"];
const rows = measure(shipped.map((f) => path.join(out, f)));
rows.forEach((r, i) => { if (i < shipped.length) r.name = shipped[i]; });
console.log(`Built ${path.relative(ROOT, out)}/ — what a reader's browser downloads (English; the last two only ` +
  "when the page declares no language; `make size` has every language):");
console.log(table(rows));
// The budget: the JS a reader downloads before the wasm.
const jsBrotli = rows.slice(0, before.length).reduce((n, r) => n + r.brotli, 0);
console.log(`JS before the wasm: ${jsBrotli.toLocaleString("en-US")} bytes brotli (budget ${JS_BUDGET.toLocaleString("en-US")}; ` +
  `an English page ${(jsBrotli - rows.find((r) => r.name === words).brotli).toLocaleString("en-US")}, it loads no words file)`);
console.log(`Only in browsers without the CSS Custom Highlight API, after the summary: marks.js, ${measure([path.join(out, "marks.js")])[0].brotli} bytes brotli`);
if (jsBrotli > JS_BUDGET) {
  console.error("widget: the JS is over its budget");
  process.exit(1);
}
