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
import { minify as minifyHtmlDocument } from "html-minifier-terser";
import { transform } from "lightningcss";
import { rollup } from "rollup";
import { minify } from "terser";

const KEEP = /^!|@license|@preserve|@vite-ignore|webpackIgnore/;

/** The widget's extract.js: its survey records and walk frames never leave it, so their property names
 * are shortened too. (What it returns, { root, text, segments: [{ node, start, end, from, to }], … },
 * keeps its names.) */
export const READER_PROPERTIES = /^(?:el|tag|parent|bits|judged|furniture|weight|semantic|runs|run|runCommas|head|sum|linkSum|commaSum|paraSum|hlink|inline|kids|gone|teaser|scored|score|own|self|block|heading|pre|link|next|events|list|first|parts)$/;

/** The glue's last line, which exports its async init as the default (scripts/page.mjs, widget.mjs). */
const GLUE_EXPORTS = "export { initSync, __wbg_init as default };";

/**
 * wasm-bindgen's glue (www/pkg/abridge.js) as the page and the widget ship it: without the
 * default export, its async init (www/lib/core.js instantiates the compiled module with
 * initSync), so terser and rollup leave out that init and its fetch and streaming paths.
 * The npm package ships the glue whole.
 */
export function glueSource(code) {
  if (code.split(GLUE_EXPORTS).length !== 2) throw new Error(`glue: \`${GLUE_EXPORTS}\` must occur once in pkg/abridge.js`);
  return code.replace(GLUE_EXPORTS, "export { initSync };");
}

/** What pageGlue leaves out of the glue: [what, why]. */
const PAGE_GLUE_CUTS = [
  [`    } else {
            console.warn('using deprecated parameters for \`initSync()\`; pass a single object instead')
        }`, "core.js always passes initSync { module }"],
  [`if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}
`, "every browser that runs the page's own code (private fields, Array.prototype.at) has TextEncoder.encodeInto"],
];

/**
 * The glue as the paste-in page ships it (scripts/page.mjs): glueSource's, without what
 * never runs there (PAGE_GLUE_CUTS); each cut must be found once, as wasm-bindgen 0.2.130
 * writes it.
 */
export function pageGlue(code) {
  code = glueSource(code);
  for (const [cut, why] of PAGE_GLUE_CUTS) {
    if (code.split(cut).length !== 2) throw new Error(`glue: the page leaves out (${why}) a part that must occur once in pkg/abridge.js:\n${cut}`);
    code = code.replace(cut, cut.startsWith("    } else") ? "    }" : "");
  }
  return code;
}

/** core.js's switch of its call checks and its Node, Request and buffer paths (www/lib/core.js `CHECKED`). */
const CHECKED = "const CHECKED = true;";

/**
 * www/lib/core.js as the paste-in page bundles it (scripts/page.mjs): `CHECKED` false, so
 * terser leaves out what only other callers need (the page passes options it built and a
 * module's URL). The npm package and the widget keep core.js whole.
 */
export function trustedCore(code) {
  if (code.split(CHECKED).length !== 2) throw new Error(`core.js: \`${CHECKED}\` must occur once`);
  // Nobody bundles the page again: the bundler hints on its dynamic imports go too.
  return code.replace(CHECKED, "const CHECKED = false;").replaceAll("/* @vite-ignore */ /* webpackIgnore: true */ ", "");
}

/** Minifies the ES module source `code` (file name `name`); returns { code, map }.
 * `properties`: a RegExp of property names to shorten too (names the module alone uses);
 * `inputMap`: the source map of `code` (a bundle's), which the returned map then goes back to;
 * `linked: false`: no `//# sourceMappingURL=` comment (the map still is `name`.map beside the
 * file, for a server's `SourceMap` header: the page and the widget, whose readers would
 * download the comment with every file). */
export async function minifySource(code, name, properties = null, { inputMap, linked = true } = {}) {
  const result = await minify(
    { [name]: code },
    {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: properties ? { properties: { regex: properties, builtins: true } } : true,
      format: { comments: (_node, comment) => KEEP.test(comment.value) },
      sourceMap: {
        filename: name,
        ...(linked && { url: `${name}.map` }),
        includeSources: true,
        ...(inputMap && { content: typeof inputMap === "string" ? inputMap : JSON.stringify(inputMap) }),
      },
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

/** A style sheet minified by lightningcss (no targets: nothing is lowered or prefixed). */
export const minifyCss = (css, filename = "style.css") => transform({ filename, code: Buffer.from(css), minify: true }).code.toString();

/** An HTML document without comments, with its layout's white space collapsed, without the
 * tags the parser implies (`</p>`, `</li>`, `<head>`…) and with boolean attributes bare
 * (html-minifier-terser): the same DOM. */
export const minifyHtml = (html) => minifyHtmlDocument(html, { collapseWhitespace: true, removeComments: true, removeOptionalTags: true, collapseBooleanAttributes: true });

/**
 * Bundles the ES module `input` (an absolute path) with rollup and minifies
 * each chunk with minifySource; returns [{ fileName, code, map, imports,
 * dynamicImports, exports, isEntry }], file names relative to `dir`, where the
 * chunks will live (imports between them, and of `external` files, are
 * relative to it). Options: `external`, absolute paths of modules left out
 * (imported as files); `entryName` and `chunkName(moduleId)`, the file name
 * of the entry and of the chunk a dynamic import makes; `transform(id, code)`,
 * { code, map } for a module to change before bundling, or null; `virtual`,
 * { specifier: source } of modules that exist only here (their id is the
 * specifier after a NUL, as rollup's plugins mark virtual modules); `properties`, as in
 * minifySource, for the entry chunk only (names its own objects alone have).
 */
export async function bundle(input, dir, { external = [], entryName, chunkName, transform = () => null, virtual = {}, properties = null } = {}) {
  const kept = new Set(external);
  const build = await rollup({
    input,
    external: (id, importer) => kept.has(importer ? path.resolve(path.dirname(importer), id) : id),
    plugins: [{
      name: "abridge",
      resolveId: (source) => (Object.hasOwn(virtual, source) ? `\0${source}` : null),
      load: (id) => (id.startsWith("\0") && Object.hasOwn(virtual, id.slice(1)) ? virtual[id.slice(1)] : null),
      transform: (code, id) => transform(id, code),
    }],
    onwarn(warning) {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  const relative = (to) => path.relative(dir, to).split(path.sep).join("/");
  const { output } = await build.generate({
    format: "es",
    dir,
    entryFileNames: entryName ?? path.basename(input),
    chunkFileNames: (chunk) => (chunkName ? chunkName(chunk.facadeModuleId) : "[name].js"),
    sourcemap: true,
    paths: (id) => (relative(id).startsWith("..") ? relative(id) : `./${relative(id)}`),
  });
  await build.close();
  const chunks = [];
  for (const chunk of output.filter((c) => c.type === "chunk")) { // not the maps: terser makes its own from them
    const { code, map } = await minifySource(chunk.code, path.basename(chunk.fileName), chunk.isEntry ? properties : null, { inputMap: chunk.map, linked: false });
    chunks.push({ ...chunk, code, map });
  }
  return chunks;
}
