// Throughput of the JavaScript package in Node vs the native CLI, on the
// CNN/DailyMail dev articles (../shared/eval/cnndm-dev.jsonl, read in place).
//
//   cargo build --release --bin abridge && node scripts/bench-node.mjs [--runs N] [--jsonl FILE]
//
// MB = 10^6 bytes of article text (UTF-8). Node: summarize(article,
// { sentences: 3 }) for every article through www/lib/abridge.js, timed
// around the calls only (best of N runs). Native: wall time of
// `target/release/abridge --jsonl -n 3 < FILE` (best of N), which also
// includes process start, JSON parsing and writing the output, so it slightly
// understates the native engine.
import { spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt("--runs", 3));
const FILE = path.resolve(ROOT, opt("--jsonl", "../shared/eval/cnndm-dev.jsonl"));
if (!existsSync(FILE)) {
  console.error(`bench-node: ${FILE} not found (see /work/shared/eval/README.md)`);
  process.exit(1);
}

const articles = readFileSync(FILE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).article);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const mb = bytes / 1e6;
console.log(`${path.relative(process.cwd(), FILE)}: ${articles.length} articles, ${mb.toFixed(2)} MB of article text`);

const { init, summarize } = await import(path.join(ROOT, "www/lib/abridge.js"));
await init();
let best = Infinity;
let picked = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  picked = 0;
  for (const a of articles) picked += summarize(a, { sentences: 3 }).sentences.length;
  best = Math.min(best, (performance.now() - t0) / 1000);
}
const nodeMBs = mb / best;
console.log(`node (wasm, www/lib): ${best.toFixed(3)} s  ${nodeMBs.toFixed(2)} MB/s  (${picked} sentences, best of ${RUNS})`);

const cli = path.join(ROOT, "target/release/abridge");
if (!existsSync(cli)) {
  console.log("native: target/release/abridge missing; run `cargo build --release --bin abridge`");
  process.exit(0);
}
let nativeBest = Infinity;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const r = spawnSync(cli, ["--jsonl", "-n", "3"], { stdio: [openSync(FILE, "r"), "ignore", "inherit"] });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(`native CLI exited with ${r.status ?? r.signal}`);
    process.exit(1);
  }
  nativeBest = Math.min(nativeBest, s);
}
const nativeMBs = mb / nativeBest;
console.log(`native (abridge --jsonl -n 3): ${nativeBest.toFixed(3)} s  ${nativeMBs.toFixed(2)} MB/s  (best of ${RUNS})`);
console.log(`node / native: ${(nodeMBs / nativeMBs).toFixed(2)} (target ≥ 0.6, issue 14)`);
