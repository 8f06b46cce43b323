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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const outDir = path.resolve(root, process.argv[2] ?? "www/pkg");
  const files = packageFiles(outDir);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`size: ${missing.join(", ")} not found; run \`make build\` first.`);
    process.exit(1);
  }
  console.log(table(measure(files)));
  // The npm package as shipped (scripts/package.mjs): the wasm, the glue and
  // the hand-written JS layer (www/lib), JS minified by the same function.
  // The budget "wasm + all JS of the package" counts all of it, although the
  // worker files are downloaded only by pages that use createWorkerSummarizer.
  const lib = libraryFiles(path.join(root, "www", "lib"));
  if (lib.length) {
    const { minifySource } = await import("./minify.mjs");
    const js = [];
    for (const [dir, file] of [["pkg", files[1]], ...lib.map((f) => ["lib", f])]) {
      const name = path.basename(file);
      const { code } = await minifySource(readFileSync(file, "utf8"), name);
      js.push([`${dir}/${name}`, Buffer.from(code)]);
    }
    const rows = measureBytes([["pkg/abridge_bg.wasm", readFileSync(files[0])], ...js]);
    const jsTotal = measureBytes(js).at(-1);
    console.log(`\nnpm package as shipped: wasm + all JS (minified)\n${table(rows)}`);
    console.log(`all JS alone: raw ${jsTotal.raw.toLocaleString("en-US")}, gzip ${jsTotal.gzip.toLocaleString("en-US")}, ` +
      `brotli ${jsTotal.brotli.toLocaleString("en-US")}`);
  }
}
