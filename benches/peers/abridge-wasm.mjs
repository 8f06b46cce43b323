// abridge through its wasm package (www/pkg, `--target web` output) in Node,
// as a JSONL batch tool for benches/compare.py: JSON lines {"article", "id"?}
// on standard input, one {"id", "language", "summary": [...]} per line out.
// Usage: node abridge-wasm.mjs PKG_DIR [N]
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join, resolve } from "node:path";

const pkg = resolve(process.argv[2] ?? "www/pkg");
const n = Number(process.argv[3] ?? 3);
const m = await import(pathToFileURL(join(pkg, "abridge.js")).href);
m.initSync({ module: readFileSync(join(pkg, "abridge_bg.wasm")) });

const lines = readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
const out = [];
for (const line of lines) {
  const doc = JSON.parse(line);
  const r = m.summarize(doc.article, { sentences: n });
  out.push(JSON.stringify({ id: doc.id ?? null, language: r.language, summary: r.sentences.map((s) => s.text) }));
}
writeFileSync(1, out.join("\n") + "\n");
