// node-summary 1.2.0 as a JSONL batch tool, for benches/compare.py:
// JSON lines {"article", "id"?} on standard input, one {"id", "summary": [...]}
// per line on standard output. The package ships untranspiled ES2015 modules
// and loads only through its own babel-core/register (which skips
// node_modules unless told otherwise). getSortedSentences(content, 3) is its
// "top N sentences" entry point (summarize() picks one per paragraph, and the
// CNN/DM articles have a single paragraph).
"use strict";
require("babel-core/register")({
  only: /node_modules[\\/]node-summary[\\/]/,
  babelrc: false,
  presets: ["es2015"],
});
const fs = require("node:fs");
const SummaryTool = require("node-summary");

const n = Number(process.argv[2] || 3);
const lines = fs.readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
const out = [];
for (const line of lines) {
  const doc = JSON.parse(line);
  let summary = [];
  // The callback runs synchronously.
  SummaryTool.getSortedSentences(doc.article, n, (err, sentences) => {
    summary = err ? [] : sentences;
  });
  out.push(JSON.stringify({ id: doc.id ?? null, summary }));
}
fs.writeFileSync(1, out.join("\n") + "\n");
