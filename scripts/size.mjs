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
  const rows = files.map((file) => {
    const bytes = readFileSync(file);
    return {
      name: path.basename(file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });
  const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
  rows.push({ name: "total", raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") });
  return rows;
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
  // The npm package adds the hand-written JS layer (www/lib); the budget
  // "wasm + all JS of the package" counts all of it. The worker script is
  // downloaded only by pages that use createWorkerSummarizer.
  const lib = libraryFiles(path.join(root, "www", "lib"));
  if (lib.length) {
    const rows = measure([...files, ...lib]);
    rows.forEach((r, i) => {
      if (i > 0 && i < rows.length - 1) r.name = `${i === 1 ? "pkg" : "lib"}/${r.name}`;
    });
    const js = measure([files[1], ...lib]).at(-1);
    console.log(`\nnpm package: wasm + all JS (www/lib/*.js + glue)\n${table(rows)}`);
    console.log(`all JS alone: raw ${js.raw.toLocaleString("en-US")}, gzip ${js.gzip.toLocaleString("en-US")}, ` +
      `brotli ${js.brotli.toLocaleString("en-US")}`);
  }
}
