// Prints raw, gzip -9 and brotli -q 11 sizes of the built package files.
//
//   node scripts/size.mjs [out-dir]      # default www/pkg
//
// Uses node:zlib with the same levels as `gzip -9` and `brotli -q 11`, so it
// needs no extra tools. (zlib's gzip can differ from GNU gzip by a few bytes.)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LANGUAGES } from "./languages.mjs";

/** Returns rows { name, raw, gzip, brotli } for each file, plus a "total" row. */
export function measure(files) {
  return measureBytes(files.map((file) => [path.basename(file), readFileSync(file)]));
}

/** Formats rows as an aligned plain-text (also valid Markdown) table. */
export function table(rows) {
  const n = (x) => x.toLocaleString("en-US");
  const lines = [
    ["file", "raw", "gzip -9", "brotli -q 11"],
    ...rows.map((r) => [r.name, n(r.raw), n(r.gzip), n(r.brotli)]),
  ];
  const width = (i) => Math.max(...lines.map((l) => l[i].length));
  const fmt = (l) =>
    `| ${l.map((c, i) => (i === 0 ? c.padEnd(width(i)) : c.padStart(width(i)))).join(" | ")} |`;
  const rule = `| ${lines[0].map((_, i) => (i === 0 ? "-" : "-".repeat(width(i) - 1) + ":").padEnd(width(i), "-")).join(" | ")} |`;
  return [fmt(lines[0]), rule, ...lines.slice(1).map(fmt)].join("\n");
}

/** The files that make up the package a page downloads: the wasm and its JS glue. */
export function packageFiles(outDir, name = "abridge") {
  return [path.join(outDir, `${name}_bg.wasm`), path.join(outDir, `${name}.js`)];
}

/** The JS files of the package's API layer (www/lib/*.js), sorted. */
export function libraryFiles(libDir) {
  if (!existsSync(libDir)) return [];
  return readdirSync(libDir).filter((f) => f.endsWith(".js")).sort().map((f) => path.join(libDir, f));
}

/** Rows { name, raw, gzip, brotli } for in-memory [name, bytes] pairs, plus a "total" row. */
export function measureBytes(entries) {
  const rows = entries.map(([name, bytes]) => ({
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
  rows.push({ name: "total", raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") });
  return rows;
}

/** The 18 languages, in the engine's order. */
export { LANGUAGES };
/** What one reader may download, brotli -q 11: English and every other language. */
export const BUDGET = { en: 60_000, other: 70_000 };

/**
 * The JS files a module pulls in through static imports (`import … from`,
 * `export … from`), itself first; paths relative to `www`. With `dynamic`,
 * also through `import("./literal.js")` and `new Worker(new URL("./literal.js", …))`.
 */
export function importGraph(www, entry, { dynamic = false } = {}) {
  const seen = [];
  const visit = (file) => {
    if (seen.includes(file)) return;
    seen.push(file);
    const source = readFileSync(path.join(www, file), "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
    const specs = [...source.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]);
    if (dynamic) {
      specs.push(...[...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)|\bnew\s+Worker\(\s*new\s+URL\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]));
    }
    for (const spec of specs) if (spec.startsWith(".")) visit(path.normalize(path.join(path.dirname(file), spec)));
  };
  visit(entry);
  return seen;
}

/** importGraph without dynamic imports: what loads with `entry`. */
export const staticGraph = (www, entry) => importGraph(www, entry);

/**
 * What a reader downloads for the widget in one language, as lists of paths
 * in www/: with the language declared (`lang`), and on a page that declares
 * none (the detector too). The paste-in page's lists come from its build
 * (scripts/page.mjs pageBuild: `first`, `later`).
 */
export function readerFiles(www, code) {
  const engine = staticGraph(www, "lib/core.js");
  const detector = staticGraph(www, "lib/detect.js");
  const wasm = `pkg/abridge-${code}_bg.wasm`;
  const words = code !== "en" && existsSync(path.join(www, `widget/words/${code}.js`)) ? [`widget/words/${code}.js`] : [];
  // The widget imports core.js (and quote.js with the wasm) dynamically.
  const widget = [...new Set([...staticGraph(www, "widget/abridge-widget.js"), ...words, ...engine, "widget/quote.js"])];
  return { widget: [...widget, wasm], widgetDetected: [...widget, ...detector, wasm] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const outDir = path.resolve(root, process.argv[2] ?? "www/pkg");
  const files = packageFiles(outDir);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`size: ${missing.join(", ")} not found; run \`make build\` first.`);
    process.exit(1);
  }
  const { minifySource, widgetBuild } = await import("./minify.mjs");
  const www = path.join(root, "www");
  const cache = new Map();
  /** brotli size of a file as shipped: JS minified (as the package and the widget ship it). */
  const shipped = async (file) => {
    if (!cache.has(file)) {
      let bytes = readFileSync(file);
      if (file.endsWith(".js")) {
        // The widget's own files as make widget edits them; the rest as minified.
        const { edit, properties } = path.dirname(file) === path.join(www, "widget") ? widgetBuild(path.basename(file)) : widgetBuild("");
        bytes = Buffer.from((await minifySource(edit(bytes.toString("utf8")), path.basename(file), properties)).code);
      }
      cache.set(file, measureBytes([[file, bytes]])[0].brotli);
    }
    return cache.get(file);
  };
  const sum = async (list) => {
    let n = 0;
    for (const f of list) n += await shipped(path.join(www, f));
    return n;
  };
  // The page as dist/page serves it (scripts/page.mjs: JS bundled and minified, CSS compacted).
  const { pageBuild } = await import("./page.mjs");
  const built = await pageBuild(www);
  const pageCache = new Map();
  const pageSum = (list) => list.reduce((total, f) => {
    if (!pageCache.has(f)) pageCache.set(f, measureBytes([[f, built.files.get(f).bytes]])[0].brotli);
    return total + pageCache.get(f);
  }, 0);
  const n = (x) => x.toLocaleString("en-US");
  const modules = LANGUAGES.map((code) => path.join(outDir, `abridge-${code}_bg.wasm`));
  console.log(table(measure([...files, ...modules.filter((f) => existsSync(f))]).slice(0, -1)));

  // Per language: what one reader downloads, brotli -q 11, JS minified.
  const lines = [["language", "module", "widget (lang declared)", "widget (detected)", "paste-in page (detected)", "budget"]];
  const over = [];
  for (const code of LANGUAGES) {
    if (!existsSync(path.join(outDir, `abridge-${code}_bg.wasm`))) continue;
    const f = readerFiles(www, code);
    const budget = code === "en" ? BUDGET.en : BUDGET.other;
    const module = await shipped(path.join(outDir, `abridge-${code}_bg.wasm`));
    const sizes = [module, await sum(f.widget), await sum(f.widgetDetected), pageSum(built.first) + module];
    if (sizes.slice(1).some((x) => x > budget)) over.push(code);
    lines.push([code, ...sizes.map(n), `${n(budget)}${sizes.slice(1).every((x) => x <= budget) ? " ok" : " OVER"}`]);
  }
  const width = (i) => Math.max(...lines.map((l) => l[i].length));
  const fmt = (l) => `| ${l.map((c, i) => (i === 0 ? c.padEnd(width(i)) : c.padStart(width(i)))).join(" | ")} |`;
  console.log("\nWhat one reader downloads per language (bytes, brotli -q 11, JS minified):");
  console.log([fmt(lines[0]), `| ${lines[0].map((_, i) => "-".repeat(width(i) - (i ? 1 : 0)) + (i ? ":" : "")).join(" | ")} |`, ...lines.slice(1).map(fmt)].join("\n"));
  const en = readerFiles(www, "en");
  console.log(`widget files (lang declared): ${en.widget.join(", ")}; detected: + ${en.widgetDetected.filter((f) => !en.widget.includes(f)).join(", ")}`);
  const each = (list) => list.map((f) => `${f} ${n(pageSum([f]))}`).join(", ");
  console.log(`page files (as dist/page serves them; all but the module: ${n(pageSum(built.first))}): ${each(built.first)}, then the module`);
  console.log(`page, on demand only (not counted): ${each(built.later)}; a big text's worker (lib/worker.js, core.js inside) ` +
    "imports the glue, the detector and the module itself (the HTTP cache or the service worker may have them)");
  console.log(over.length ? `over budget: ${over.join(", ")}` : "every language within budget");

  // The npm package as shipped (scripts/package.mjs): every wasm module, the
  // glue and the hand-written JS layer (www/lib), JS minified by the same function.
  const lib = libraryFiles(path.join(root, "www", "lib"));
  const js = [];
  for (const file of [files[1], path.join(outDir, "profiles.js"), ...lib].filter((f) => existsSync(f))) {
    const name = path.basename(file);
    const { code } = await minifySource(readFileSync(file, "utf8"), name);
    js.push([`${path.basename(path.dirname(file))}/${name}`, Buffer.from(code)]);
  }
  const wasm = [files[0], ...modules].filter((f) => existsSync(f)).map((f) => [`pkg/${path.basename(f)}`, readFileSync(f)]);
  const total = measureBytes([...wasm, ...js]).at(-1);
  const jsTotal = measureBytes(js).at(-1);
  console.log(`\nnpm package as shipped: ${wasm.length} wasm modules + ${js.length} JS files (minified): ` +
    `raw ${n(total.raw)}, gzip ${n(total.gzip)}, brotli ${n(total.brotli)}`);
  console.log(`  all-language module + all JS: brotli ${n(measureBytes([wasm[0], ...js]).at(-1).brotli)}; ` +
    `all JS alone: raw ${n(jsTotal.raw)}, gzip ${n(jsTotal.gzip)}, brotli ${n(jsTotal.brotli)}`);
}
