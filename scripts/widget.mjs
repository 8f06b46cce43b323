// Builds dist/widget/: the self-contained directory a publisher copies to a
// CDN or their own server as is.
//
//   node scripts/widget.mjs [--out dist/widget]      (make widget)
//
// Layout: abridge-widget.js (the element and its text finder, extract.js, in
// one rollup bundle), lib/core.js (the loader with the wasm glue inside, without the glue's
// async init, minify.mjs glueSource: the
// widget imports it dynamically, so a page that broke a built-in the glue
// needs gets a warning, not an uncaught error), lib/detect.js (the detector
// with its first stage's stop words inside), lib/profiles-long.js (its second
// stage, the longer stop words, fetched only for a text the first cannot
// decide), quote.js, marks.js, words/<code>.js, all
// minified with a .map each (not named in the file: see serve.mjs's SourceMap
// header); pkg/abridge.js (the glue again: core.js imports
// it under `?instance=N` after a trap) and one wasm per language,
// pkg/abridge-<code>_bg.wasm: a reader downloads the one of the article's
// language only. The widget finds everything from its own URL
// (import.meta.url), so the directory can live at any path. `make size`
// counts the same bytes (widgetBuild()).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle, glueSource, minifyCss, minifySource, READER_PROPERTIES } from "./minify.mjs";
import { LANGUAGES } from "./languages.mjs";
import { measureBytes, table } from "./bytes.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const WWW = path.join(ROOT, "www");
/** Brotli bytes of JS a reader may download before the wasm (issue 13/17). */
const JS_BUDGET = 12_000;

/**
 * What the widget uses of core.js (`m.…` and `core.…` in abridge-widget.js).
 * Its dynamic import of core.js goes to a module that re-exports only these,
 * so rollup leaves the rest of core.js (init, initSync, scoreParts, the test
 * hooks…) out of lib/core.js.
 */
const ENGINE = ["loadFor", "summarize", "engineLanguage", "SENTENCES"];
const ENGINE_ID = "abridge:widget-engine";

/** www/widget/abridge-widget.js as shipped: the engine imported through ENGINE_ID, its CSS (a string terser keeps as is) minified. */
function widgetSource(source) {
  const importCore = 'import("../lib/core.js")';
  if (source.split(importCore).length !== 2) throw new Error(`widget: \`${importCore}\` must occur once`);
  source = source.replace(importCore, `import(${JSON.stringify(ENGINE_ID)})`);
  const rewritten = source.replace(/^const CSS = `([^`]*)`;$/m, (_, css) => {
    const minified = minifyCss(css, "abridge-widget.css");
    if (/[`\\]|\$\{/.test(minified)) throw new Error("widget: the minified CSS does not fit in a template literal");
    return `const CSS = \`${minified}\`;`;
  });
  if (!rewritten.includes("const CSS = `:host{")) throw new Error("widget: the CSS was not found");
  return rewritten;
}

/**
 * The widget as shipped, in memory: { files: Map(relative path → { bytes, map? }
 * or { copy: path in www/ }), before, withWasm, detector, words }. What a
 * reader downloads: `before` (the element and the loader, with the module),
 * the words file of a non-English box (`words`: code → path), and once a box
 * has found its article `withWasm` and the language's module; on a page that
 * declares no language `detector` too, and `longWords` for a text its first
 * stage cannot decide.
 */
export async function widgetBuild(www = WWW) {
  const missing = ["pkg/abridge.js", "pkg/profiles.js", "pkg/profiles-long.js", ...LANGUAGES.map((code) => `pkg/abridge-${code}_bg.wasm`)]
    .filter((f) => !existsSync(path.join(www, f)));
  if (missing.length) throw new Error(`widget: www/${missing[0]} is missing; run \`make build\` first.`);
  const widget = path.join(www, "widget");
  // In the dist layout the engine (ENGINE_ID: core.js and the glue) is lib/core.js, the detector lib/detect.js
  // and its second stage lib/profiles-long.js.
  const inLib = (id) => [path.join(www, "lib"), path.join(www, "pkg")].some((dir) => id.startsWith(dir));
  const chunkName = (id) => (id === `\0${ENGINE_ID}` ? "lib/core.js" : inLib(id) ? `lib/${path.basename(id)}` : path.basename(id));
  const virtual = { [ENGINE_ID]: `export { ${ENGINE.join(", ")} } from ${JSON.stringify(path.join(www, "lib", "core.js"))};` };
  const transform = async (id, code) => {
    // extract.js's internal property names (survey records, walk frames) never leave it: shortened.
    if (id === path.join(widget, "extract.js")) return minifySource(code, "extract.js", READER_PROPERTIES, { linked: false });
    if (id === path.join(widget, "abridge-widget.js")) return { code: widgetSource(code), map: null };
    if (id === path.join(www, "pkg", "abridge.js")) return { code: glueSource(code), map: null };
    return null;
  };
  // quote.js and marks.js are files of their own either way, smaller minified alone than as rollup's chunks.
  const alone = ["quote.js", "marks.js"];
  const external = alone.map((f) => path.join(widget, f));
  const chunks = await bundle(path.join(widget, "abridge-widget.js"), widget, { external, chunkName, transform, virtual });
  const files = new Map(chunks.map((c) => [c.fileName, { bytes: Buffer.from(c.code), map: c.map }]));
  for (const f of alone) {
    const { code, map } = await minifySource(readFileSync(path.join(widget, f), "utf8"), f, null, { linked: false });
    files.set(f, { bytes: Buffer.from(code), map });
  }
  const expected = ["abridge-widget.js", "lib/core.js", "lib/detect.js", "lib/profiles-long.js", ...alone];
  if (files.size !== expected.length || expected.some((f) => !files.has(f))) {
    throw new Error(`widget: the bundle is ${[...files.keys()].join(", ")}, expected ${expected.join(", ")}`);
  }
  const entry = chunks.find((c) => c.isEntry);
  if (entry.imports.length) throw new Error(`widget: abridge-widget.js imports ${entry.imports.join(", ")} statically`);
  // The box's words, one module per language; a page loads one at most.
  const words = {};
  for (const f of readdirSync(path.join(widget, "words"))) {
    const { code, map } = await minifySource(readFileSync(path.join(widget, "words", f), "utf8"), f, null, { linked: false });
    files.set(`words/${f}`, { bytes: Buffer.from(code), map });
    words[path.basename(f, ".js")] = `words/${f}`;
  }
  const { code, map } = await minifySource(glueSource(readFileSync(path.join(www, "pkg/abridge.js"), "utf8")), "abridge.js", null, { linked: false });
  files.set("pkg/abridge.js", { bytes: Buffer.from(code), map });
  files.set("README.md", { copy: "widget/README.md" });
  for (const code of LANGUAGES) files.set(`pkg/abridge-${code}_bg.wasm`, { copy: `pkg/abridge-${code}_bg.wasm` });
  return { files, before: ["abridge-widget.js", "lib/core.js"], withWasm: ["quote.js"], detector: ["lib/detect.js"], longWords: ["lib/profiles-long.js"], words };
}

/** Writes the widget into `out` (emptied first); returns widgetBuild's result. */
export async function buildWidget(out, www = WWW) {
  const built = await widgetBuild(www);
  rmSync(out, { recursive: true, force: true });
  for (const [rel, { bytes, map, copy }] of built.files) {
    const to = path.join(out, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    if (copy) copyFileSync(path.join(www, copy), to);
    else writeFileSync(to, bytes);
    if (map) writeFileSync(`${to}.map`, map);
  }
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const out = path.resolve(ROOT, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/widget");
  let built;
  try {
    built = await buildWidget(out);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const bytes = (rel) => built.files.get(rel).bytes ?? readFileSync(path.join(out, rel));
  const brotli = (rel) => measureBytes([[rel, bytes(rel)]])[0].brotli;
  // The largest words file stands for the one a non-English page loads.
  const words = Object.values(built.words).sort((a, b) => brotli(b) - brotli(a))[0];
  // Before the wasm: the modules the page loads (and one words file); with the
  // wasm, when a box has found its article: quote.js and the wasm itself. On a
  // page that declares no language, the detector comes before the wasm too
  // (not counted in the budget: `make size` has every case and language).
  const before = [...built.before, words];
  const shipped = [...before, ...built.withWasm, "pkg/abridge-en_bg.wasm", ...built.detector];
  const rows = measureBytes(shipped.map((f) => [f, bytes(f)]));
  console.log(`Built ${path.relative(ROOT, out)}/ — what a reader's browser downloads (English; the last only ` +
    "when the page declares no language; `make size` has every language):");
  console.log(table(rows));
  // The budget: the JS a reader downloads before the wasm.
  const jsBrotli = before.reduce((n, f) => n + brotli(f), 0);
  console.log(`JS before the wasm: ${jsBrotli.toLocaleString("en-US")} bytes brotli (budget ${JS_BUDGET.toLocaleString("en-US")}; ` +
    `an English page ${(jsBrotli - brotli(words)).toLocaleString("en-US")}, it loads no words file)`);
  console.log(`Only in browsers without the CSS Custom Highlight API, after the summary: marks.js, ${brotli("marks.js")} bytes brotli`);
  console.log(`Only for a text the detector's first stage cannot decide (0.3 % of articles): ${built.longWords.map((f) => `${f}, ${brotli(f).toLocaleString("en-US")} bytes brotli`).join("")}`);
  if (jsBrotli > JS_BUDGET) {
    console.error("widget: the JS is over its budget");
    process.exit(1);
  }
}
