// Builds dist/page/: the paste-in page as it is served (`make run`, `make
// page`). The same layout as www/, with the page's files only: JS minified by
// terser (a .map beside each, holding the original source), the style sheet
// without comments and layout white space, the document and icon as they are,
// and the glue, the detector's stop words and the 18 per-language modules (not
// the all-language one: the page never loads it). www/ keeps the readable
// sources, which the page tests load; tests/e2e/page-bytes.test.mjs runs this
// build.
//
//   node scripts/page.mjs [--out dist/page]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { served } from "./minify.mjs";
import { importGraph, LANGUAGES, PAGE_FILES } from "./size.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const WWW = path.join(ROOT, "www");
export { served };

/** Every file of the page, relative to www/: its files, every module it can import (the worker's too), the modules. */
export function pageFiles(www = WWW) {
  const modules = new Set([...importGraph(www, "app.js", { dynamic: true }), ...importGraph(www, "lib/worker.js", { dynamic: true })]);
  return [...PAGE_FILES, ...modules, "pkg/profiles.js", ...LANGUAGES.map((code) => `pkg/abridge-${code}_bg.wasm`)]
    .filter((f, i, all) => all.indexOf(f) === i);
}

/** Writes the page into `out` (emptied first); returns the files written (relative paths, maps excluded). */
export async function buildPage(out, www = WWW) {
  const files = pageFiles(www);
  const missing = files.filter((f) => !existsSync(path.join(www, f)));
  if (missing.length) throw new Error(`page: www/${missing[0]} is missing; run \`make build\` first`);
  rmSync(out, { recursive: true, force: true });
  for (const rel of files) {
    const to = path.join(out, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    if (rel.endsWith(".wasm")) {
      copyFileSync(path.join(www, rel), to);
      continue;
    }
    const { bytes, map } = await served(path.join(www, rel));
    writeFileSync(to, bytes);
    if (map) writeFileSync(`${to}.map`, map);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const out = path.resolve(ROOT, args.includes("--out") ? args[args.indexOf("--out") + 1] : "dist/page");
  try {
    const files = await buildPage(out);
    console.log(`Built ${path.relative(ROOT, out)}/: ${files.length} files (JS minified, with source maps); \`make size\` has what a reader downloads`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
