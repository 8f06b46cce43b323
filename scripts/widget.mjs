// Builds dist/widget/: the self-contained directory a publisher copies to a
// CDN or their own server as is.
//
//   node scripts/widget.mjs [--out dist/widget]      (make widget)
//
// Layout: abridge-widget.js + extract.js + quote.js + marks.js, words/<code>.js, lib/core.js, pkg/abridge.js (all
// minified, each with a .map), pkg/abridge_bg.wasm. The widget finds
// everything from its own URL (import.meta.url), so the directory can live at
// any path.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minifyFile } from "./minify.mjs";
import { measure, table } from "./size.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const out = path.resolve(ROOT, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/widget");
const src = (...p) => path.join(ROOT, "www", ...p);
/** Brotli bytes of JS a reader may download before the wasm (issue 13/17). */
const JS_BUDGET = 12_000;

if (!existsSync(src("pkg", "abridge_bg.wasm"))) {
  console.error("widget: www/pkg/abridge_bg.wasm is missing; run `make build` first.");
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
for (const dir of ["", "lib", "pkg"]) mkdirSync(path.join(out, dir), { recursive: true });

// In www/ the widget imports ../lib/core.js (dynamically); in the flat dist
// layout, ./lib/. JS is minified (source maps alongside, holding the original source).
await minifyFile(src("widget", "abridge-widget.js"), path.join(out, "abridge-widget.js"), (widget) => {
  const rewritten = widget.replace('import("../lib/core.js")', 'import("./lib/core.js")');
  if (rewritten === widget) throw new Error("widget: the import of ../lib/core.js was not found");
  return rewritten;
});
// The box's words, one module per language (words/<code>.js); a page loads one at most.
mkdirSync(path.join(out, "words"));
for (const f of readdirSync(src("widget", "words"))) await minifyFile(src("widget", "words", f), path.join(out, "words", f));
for (const [from, to] of [
  [src("widget", "extract.js"), "extract.js"],
  [src("widget", "quote.js"), "quote.js"],
  [src("widget", "marks.js"), "marks.js"],
  [src("lib", "core.js"), "lib/core.js"],
  [src("pkg", "abridge.js"), "pkg/abridge.js"],
]) await minifyFile(from, path.join(out, to));
for (const [from, to] of [
  [src("widget", "README.md"), "README.md"],
  [src("pkg", "abridge_bg.wasm"), "pkg/abridge_bg.wasm"],
]) copyFileSync(from, path.join(out, to));

// The largest words file stands for the one a non-English page loads.
const words = readdirSync(path.join(out, "words")).filter((f) => f.endsWith(".js"))
  .map((f) => `words/${f}`).sort((a, b) => measure([path.join(out, b)])[0].brotli - measure([path.join(out, a)])[0].brotli)[0];
// Before the wasm: the modules the page loads (and one words file); with the
// wasm, when a box has found its article: quote.js and the wasm itself.
const before = ["abridge-widget.js", "extract.js", words, "lib/core.js", "pkg/abridge.js"];
const shipped = [...before, "quote.js", "pkg/abridge_bg.wasm"];
const rows = measure(shipped.map((f) => path.join(out, f)));
rows.forEach((r, i) => { if (i < shipped.length) r.name = shipped[i]; });
console.log(`Built ${path.relative(ROOT, out)}/ — what a reader's browser downloads:`);
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
