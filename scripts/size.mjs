// Prints raw, gzip -9 and brotli -q 11 sizes of the built package files.
//
//   node scripts/size.mjs [out-dir]      # default www/pkg
//
// The byte counts come from scripts/bytes.mjs (node:zlib, no extra tools).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { measure, measureBytes, packageFiles, table } from "./bytes.mjs";
import { LANGUAGES } from "./languages.mjs";
import { minifySource } from "./minify.mjs";
import { pageBuild } from "./page.mjs";
import { widgetBuild } from "./widget.mjs";

/** The JS files of the package's API layer (www/lib/*.js), sorted. */
export function libraryFiles(libDir) {
  if (!existsSync(libDir)) return [];
  return readdirSync(libDir).filter((f) => f.endsWith(".js")).sort().map((f) => path.join(libDir, f));
}

/** What one reader may download, brotli -q 11: English and every other language. */
export const BUDGET = { en: 60_000, other: 70_000 };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const outDir = path.resolve(root, process.argv[2] ?? "www/pkg");
  const files = packageFiles(outDir);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`size: ${missing.join(", ")} not found; run \`make build\` first.`);
    process.exit(1);
  }
  const www = path.join(root, "www");
  const cache = new Map();
  /** brotli size of a file as shipped: JS minified (as the package ships it). */
  const shipped = async (file) => {
    if (!cache.has(file)) {
      let bytes = readFileSync(file);
      if (file.endsWith(".js")) bytes = Buffer.from((await minifySource(bytes.toString("utf8"), path.basename(file))).code);
      cache.set(file, measureBytes([[file, bytes]])[0].brotli);
    }
    return cache.get(file);
  };
  // The widget as make widget ships it, the page as dist/page serves it
  // (scripts/widget.mjs, scripts/page.mjs: JS bundled and minified).
  const counter = (built) => {
    const sizes = new Map();
    return (list) => list.reduce((total, f) => {
      if (!sizes.has(f)) sizes.set(f, measureBytes([[f, built.files.get(f).bytes]])[0].brotli);
      return total + sizes.get(f);
    }, 0);
  };
  const [page, widget] = [await pageBuild(www), await widgetBuild(www)];
  const pageSum = counter(page);
  const widgetSum = counter(widget);
  const n = (x) => x.toLocaleString("en-US");
  const modules = LANGUAGES.map((code) => path.join(outDir, `abridge-${code}_bg.wasm`));
  console.log(table(measure([...files, ...modules.filter((f) => existsSync(f))]).slice(0, -1)));

  // Per language: what one reader downloads, brotli -q 11, JS minified.
  const lines = [["language", "module", "widget (lang declared)", "widget (detected)", "paste-in page (detected)", "budget"]];
  const over = [];
  for (const code of LANGUAGES) {
    if (!existsSync(path.join(outDir, `abridge-${code}_bg.wasm`))) continue;
    const budget = code === "en" ? BUDGET.en : BUDGET.other;
    const module = await shipped(path.join(outDir, `abridge-${code}_bg.wasm`));
    // The box's words: English is built in; any other language's file comes before the wasm.
    const box = widgetSum([...widget.before, ...(code !== "en" && widget.words[code] ? [widget.words[code]] : []), ...widget.withWasm]) + module;
    const row = [module, box, box + widgetSum(widget.detector), pageSum(page.first) + module];
    if (row.slice(1).some((x) => x > budget)) over.push(code);
    lines.push([code, ...row.map(n), `${n(budget)}${row.slice(1).every((x) => x <= budget) ? " ok" : " OVER"}`]);
  }
  const width = (i) => Math.max(...lines.map((l) => l[i].length));
  const fmt = (l) => `| ${l.map((c, i) => (i === 0 ? c.padEnd(width(i)) : c.padStart(width(i)))).join(" | ")} |`;
  console.log("\nWhat one reader downloads per language (bytes, brotli -q 11, JS minified):");
  console.log([fmt(lines[0]), `| ${lines[0].map((_, i) => "-".repeat(width(i) - (i ? 1 : 0)) + (i ? ":" : "")).join(" | ")} |`, ...lines.slice(1).map(fmt)].join("\n"));
  const each = (sum, list) => list.map((f) => `${f} ${n(sum([f]))}`).join(", ");
  console.log(`widget files (as make widget ships them): ${each(widgetSum, widget.before)}, a words file but for English ` +
    `(${Object.values(widget.words).map((f) => widgetSum([f])).sort((a, b) => a - b).filter((x, i, all) => i === 0 || i === all.length - 1).map(n).join("–")}), ` +
    `with the module ${each(widgetSum, widget.withWasm)}; detected: + ${each(widgetSum, widget.detector)}`);
  console.log(`page files (as dist/page serves them; all but the module: ${n(pageSum(page.first))}): ${each(pageSum, page.first)}, then the module`);
  // The detector's second stage (the longer stop words): only for a text its first stage cannot decide
  // (0.3 % of the eval sets' articles, scripts/detect-accuracy.mjs), in the widget and on the page.
  const en = await shipped(path.join(outDir, "abridge-en_bg.wasm"));
  console.log(`a detected text the detector's first stage cannot decide also fetches its second: widget ${each(widgetSum, widget.longWords)}, ` +
    `page ${each(pageSum, page.longWords)}; English then: widget ${n(widgetSum([...widget.before, ...widget.withWasm, ...widget.detector, ...widget.longWords]) + en)}, ` +
    `page ${n(pageSum([...page.first, ...page.longWords]) + en)}`);
  console.log(`page, on demand only (not counted): ${each(pageSum, page.later)}; a big text's worker (lib/worker.js, core.js inside) ` +
    "imports the glue, the detector and the module itself (the HTTP cache or the service worker may have them)");
  console.log(over.length ? `over budget: ${over.join(", ")}` : "every language within budget");

  // The npm package as shipped (scripts/package.mjs): every wasm module, the
  // glue and the hand-written JS layer (www/lib), JS minified by the same function.
  const lib = libraryFiles(path.join(root, "www", "lib"));
  const js = [];
  for (const file of [files[1], path.join(outDir, "profiles.js"), path.join(outDir, "profiles-long.js"), ...lib].filter((f) => existsSync(f))) {
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
