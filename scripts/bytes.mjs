// Byte counts for the build scripts and tests: raw, gzip -9 and brotli -q 11
// (node:zlib at the levels of `gzip -9` and `brotli -q 11`, so no extra tools;
// zlib's gzip can differ from GNU gzip by a few bytes), and the table they
// print. No imports of the build scripts, so any of them can use it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
