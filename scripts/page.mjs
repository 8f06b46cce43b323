// Builds dist/page/: the paste-in page as it is served (`make run`, `make
// page`). www/ keeps the readable sources, which the page tests load;
// tests/e2e/page-bytes.test.mjs runs this build, and `make size` counts its
// bytes (pageBuild(), the same function).
//
// The page's modules are bundled by rollup (brotli compresses one file better
// than 13 files each on its own): lib/app.js holds app.js, app/*.js,
// lib/core.js, lib/format.js and widget/quote.js; what the page imports
// dynamically stays a chunk of its own, fetched only when needed:
// lib/detect.js (the detector with its first stage's stop words,
// pkg/profiles.js, inside), lib/profiles-long.js (its second stage, only for
// a text the first cannot decide), lib/sample.js, lib/worker-client.js, lib/markdown.js (for an opened
// or dropped .md file). The bundles live in lib/ so that
// core.js's `new URL("../pkg/…", import.meta.url)` and worker-client.js's
// `new URL("./worker.js", …)` resolve as in www/. The worker (lib/worker.js)
// is a second bundle (worker.js + core.js); both import the glue
// (pkg/abridge.js, wasm-bindgen's, without its async init and what the page never runs: minify.mjs pageGlue) as a file of its own, which core.js
// imports again under `?instance=N` after a trap, and the worker's core.js
// imports the same lib/detect.js. JS is minified by terser (a .map beside
// each, holding the original sources, which the file does not name: a
// server sends a SourceMap header, as scripts/serve.mjs does), the document and the style sheet
// minified (html-minifier-terser, lightningcss; minify.mjs) and pointing at
// lib/app.js; the icon as it is, and the 18 per-language
// modules (not the all-language one: the page never loads it).
//
//   node scripts/page.mjs [--out dist/page]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle, minifyCss, minifyHtml, minifySource, pageGlue, trustedCore } from "./minify.mjs";
import { LANGUAGES } from "./languages.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const WWW = path.join(ROOT, "www");

/** The glue, kept a file of its own (see above). */
const GLUE = "pkg/abridge.js";
/**
 * Property names that only lib/app.js's own objects have (the page's elements by role, the
 * parts' hooks and methods, core.js's Engine fields, the renderer's records), so terser
 * shortens them too. Not: what leaves the bundle or comes in (results, options, the
 * settings saved in localStorage, `dataset` keys such as engineMs and ready, module exports).
 */
const PAGE_PROPERTIES = new RegExp(`^(?:${[
  "statIn", "statOut", "statReduction", "statSaved", "statLang", "amountOut", "badge", "editor", "card", "summary",
  "getText", "getJob", "render", "empty", "busy", "toast", "schedule", "sync", "restore", "setLanguages",
  "toggleKeyword", "reveal", "shown", "setText", "firstKeyword", "picks", "blocks", "kwCache", "t0", "guessed",
  "compiled", "pending", "broken", "glue", "instances",
].join("|")})$`);

/** The page's entry in www/ and its bundle in dist/page. */
const ENTRY = "app.js";
const BUNDLE = "lib/app.js";

/**
 * The page as served, in memory: { files: Map(relative path → { bytes, map? }),
 * first, later }. `first`: what the page fetches for a pasted text before its
 * first summary, in order, but the text's module (`pkg/abridge-<code>_bg.wasm`,
 * which comes last); `later`: what it fetches only on demand (the sample, the
 * worker for a big text); `longWords`: the detector's second stage, fetched
 * for a text its first stage cannot decide. The wasm modules are listed in `files` by path, with
 * no bytes (buildPage copies them).
 */
export async function pageBuild(www = WWW) {
  for (const rel of [GLUE, "pkg/profiles.js", "pkg/profiles-long.js", ...LANGUAGES.map((code) => `pkg/abridge-${code}_bg.wasm`)]) {
    if (!existsSync(path.join(www, rel))) throw new Error(`page: www/${rel} is missing; run \`make build\` first`);
  }
  const files = new Map();
  const add = (rel, { code, map }) => files.set(rel, { bytes: Buffer.from(code), map });
  const lib = path.join(www, "lib");
  // core.js without the checks and paths only other callers need (minify.mjs trustedCore).
  const core = path.join(lib, "core.js");
  const transform = (id, code) => (id === core ? { code: trustedCore(code), map: null } : null);
  const page = await bundle(path.join(www, ENTRY), lib, { external: [path.join(www, GLUE)], entryName: path.basename(BUNDLE), transform, properties: PAGE_PROPERTIES });
  for (const chunk of page) add(`lib/${chunk.fileName}`, chunk);
  // The worker's bundle: the detector it may import is the page's chunk.
  const worker = await bundle(path.join(www, "lib/worker.js"), lib, { external: [path.join(www, GLUE), path.join(lib, "detect.js")], transform });
  if (worker.length !== 1) throw new Error(`page: the worker's bundle has ${worker.length} chunks, expected 1`);
  add("lib/worker.js", worker[0]);
  add(GLUE, await minifySource(pageGlue(readFileSync(path.join(www, GLUE), "utf8")), path.basename(GLUE), null, { linked: false }));
  const detector = page.find((c) => c.fileName === "detect.js");
  if (!detector || detector.imports.length || !detector.exports.includes("detectLanguage") || String(detector.dynamicImports) !== "profiles-long.js") {
    throw new Error("page: lib/detect.js must be a chunk of its own that exports detectLanguage, imports nothing and lib/profiles-long.js on demand");
  }

  const html = readFileSync(path.join(www, "index.html"), "utf8");
  const script = `<script type="module" src="${ENTRY}"></script>`;
  if (!html.includes(script)) throw new Error(`page: www/index.html does not load ${ENTRY} as \`${script}\``);
  files.set("index.html", { bytes: Buffer.from(await minifyHtml(html.replace(script, `<script type="module" src="${BUNDLE}"></script>`))) });
  files.set("style.css", { bytes: Buffer.from(minifyCss(readFileSync(path.join(www, "style.css"), "utf8"))) });
  files.set("favicon.svg", { bytes: readFileSync(path.join(www, "favicon.svg")) });
  add("sw.js", await minifySource(readFileSync(path.join(www, "sw.js"), "utf8"), "sw.js", null, { linked: false }));
  for (const code of LANGUAGES) files.set(`pkg/abridge-${code}_bg.wasm`, { bytes: null });

  // What loads with lib/app.js (its static imports), then the detector for a pasted text.
  const entry = page.find((c) => c.isEntry);
  const statics = [BUNDLE, ...entry.imports.map((f) => path.posix.normalize(`lib/${f}`))];
  const first = ["index.html", "style.css", ...statics, "lib/detect.js", "favicon.svg", "sw.js"];
  const later = [...entry.dynamicImports.map((f) => `lib/${f}`).filter((f) => !first.includes(f)), "lib/worker.js"];
  // The detector's second stage, for a text its first cannot decide.
  const longWords = ["lib/profiles-long.js"];
  for (const rel of [...first, ...later, ...longWords]) if (!files.has(rel)) throw new Error(`page: ${rel} was not built`);
  return { files, first, later, longWords };
}

/** Writes the page into `out` (emptied first); returns pageBuild's { first, later, longWords } and the files written (maps excluded). */
export async function buildPage(out, www = WWW) {
  const { files, first, later, longWords } = await pageBuild(www);
  rmSync(out, { recursive: true, force: true });
  for (const [rel, { bytes, map }] of files) {
    const to = path.join(out, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    if (bytes === null) copyFileSync(path.join(www, rel), to);
    else writeFileSync(to, bytes);
    if (map) writeFileSync(`${to}.map`, map);
  }
  return { first, later, longWords, files: [...files.keys()] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const out = path.resolve(ROOT, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/page");
  try {
    const { files } = await buildPage(out);
    console.log(`Built ${path.relative(ROOT, out)}/: ${files.length} files (JS bundled and minified, with source maps); \`make size\` has what a reader downloads`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
