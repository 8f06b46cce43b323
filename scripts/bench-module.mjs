// One wasm module's speed in Node, in CPU time: the 1000 cnndm-dev articles
// through the glue's summarize() (flat result, no objects built), best of N
// runs. For comparing build settings (wasm-pack.toml's figures): run two
// modules alternately; CPU time is steadier than wall time on a shared machine.
//
//   node scripts/bench-module.mjs www/pkg/abridge-en_bg.wasm [--language en] [--runs 5]
//
// The module must have the exports of www/pkg/abridge.js (every module built
// by scripts/build-wasm.mjs has). Reads ../shared/eval/cnndm-dev.jsonl.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const wasm = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!wasm) {
  console.error("usage: node scripts/bench-module.mjs <module.wasm> [--language xx] [--runs N] [--glue www/pkg/abridge.js]");
  process.exit(2);
}
const runs = Number(opt("--runs", 5));
const options = { sentences: 3, ...(opt("--language") ? { language: opt("--language") } : {}) };
// As www/lib/core.js passes them (src/wasm.rs `summarize`): the bit of
// `sentences` then its value; the strings length, language, title.
const numbers = [1, options.sentences];
const articles = readFileSync(path.join(ROOT, "..", "shared", "eval", "cnndm-dev.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => JSON.parse(line).article);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;
const glue = await import(pathToFileURL(path.resolve(opt("--glue", path.join(ROOT, "www/pkg/abridge.js")))).href);
glue.initSync({ module: readFileSync(wasm) });
let best = Infinity;
for (let run = 0; run < runs; run++) {
  const start = process.cpuUsage();
  for (const article of articles) glue.summarize(article, numbers, undefined, options.language, undefined);
  const used = process.cpuUsage(start);
  best = Math.min(best, (used.user + used.system) / 1e6);
}
console.log(`${wasm}: ${(mb / best).toFixed(2)} MB/s (CPU time, best of ${runs}, ${JSON.stringify(options)})`);
