// Minifies the JavaScript that ships (npm package, widget) with terser, next
// to a source map that holds the original source. www/ keeps the readable
// files: the page and the tests load those directly.
//
//   import { minifyFile } from "./minify.mjs";
//   await minifyFile("www/lib/core.js", "dist/npm/lib/core.js");
//
// Kept on purpose: licence comments (/*! … */, @license) and the bundler hints
// on dynamic imports (/* @vite-ignore */, /* webpackIgnore: true */), without
// which Vite and webpack would try to bundle the per-instance glue URL.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { minify } from "terser";

const KEEP = /^!|@license|@preserve|@vite-ignore|webpackIgnore/;

/** Minifies the ES module source `code` (file name `name`); returns { code, map }.
 * `properties`: a RegExp of property names to shorten too (names the module alone uses). */
export async function minifySource(code, name, properties) {
  const result = await minify(
    { [name]: code },
    {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: properties ? { properties: { regex: properties, builtins: true } } : true,
      format: { comments: (_node, comment) => KEEP.test(comment.value) },
      sourceMap: { filename: name, url: `${name}.map`, includeSources: true },
    },
  );
  return { code: result.code, map: result.map };
}

/**
 * Minifies ES module `from` into `to` and writes `to`.map; returns the minified
 * code. `edit` may change the source first (the source map then holds the edit);
 * `properties` as in minifySource.
 */
export async function minifyFile(from, to, edit = (source) => source, properties = null) {
  const { code, map } = await minifySource(edit(readFileSync(from, "utf8")), path.basename(to), properties);
  writeFileSync(to, code);
  writeFileSync(`${to}.map`, map);
  return code;
}
