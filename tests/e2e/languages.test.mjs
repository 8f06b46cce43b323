// Every per-language module (www/pkg/abridge-<code>_bg.wasm) gives the same
// summaries as the all-language module (abridge_bg.wasm), and the JS language
// detector (www/lib/detect.js) the same language as the wasm, on the in-repo
// samples: one article per language, Chinese and Japanese (no language), the
// seed article, each with and without a title, plus mixed and short texts.
// Needs `make build` (all modules). The eval sets: scripts/compare-modules.mjs.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { compareModules, repoFile } from "./fixtures/identical.mjs";

const files = readdirSync(new URL("../data/languages/", import.meta.url)).filter((f) => f.endsWith(".txt")).sort();
const samples = files.flatMap((f) => {
  const text = repoFile(`tests/data/languages/${f}`);
  const code = f.replace(".txt", "");
  const firstLine = text.split("\n")[0];
  return [
    { name: code, text },
    { name: `${code} + title`, text, title: firstLine },
    { name: `${code} 3 sentences`, text: text.split(/(?<=[.!?。])\s+/).slice(1, 4).join(" ") },
  ];
});
const seed = repoFile("tests/data/seed-article.txt");
samples.push(
  { name: "seed article", text: seed },
  { name: "French with an English quote", text: `${repoFile("tests/data/languages/fr.txt")}\n\n“${seed.slice(0, 600)}”` },
  { name: "empty", text: "" },
  { name: "digits only", text: "1 2 3. 4 5 6. 7 8 9." },
  { name: "no stop words", text: "Lorem ipsum dolor sit amet. Consectetur adipiscing elit. Sed do eiusmod tempor." },
);

test("each per-language module summarises exactly as the all-language module", async () => {
  const { differences, perLanguage, detected } = await compareModules(samples);
  assert.deepEqual(differences, []);
  for (const f of files) {
    const code = f.replace(".txt", "");
    assert.equal(detected.get(code), ["ja", "zh"].includes(code) ? null : code, `${f} is detected as its language`);
  }
  assert.equal(perLanguage.size, 19, "every module (18 languages + none) took part");
});
