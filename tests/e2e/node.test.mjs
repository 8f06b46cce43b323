// The same --target web package used from Node 20: initSync with the wasm bytes,
// through the library (www/lib, which turns the module's flat result into
// objects). Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";

const PKG = new URL("../../www/pkg/", import.meta.url);
const article = readFileSync(new URL("../data/seed-article.txt", import.meta.url), "utf8");
let abridge;

before(async () => {
  abridge = await import(new URL("../lib/abridge.js", PKG));
  abridge.initSync({ module: readFileSync(new URL("abridge_bg.wasm", PKG)) });
});

/** Checks the invariants every summary must hold against its input text. */
function assertWellFormed(text, r) {
  let lastIndex = -1;
  for (const s of r.sentences) {
    assert.equal(text.slice(s.start, s.end), s.text, `UTF-16 offsets of sentence ${s.index}`);
    assert.ok(s.index > lastIndex, "sentences in document order");
    assert.ok(s.byteStart >= s.start && s.byteEnd - s.byteStart >= s.end - s.start, "byte range");
    assert.ok(Number.isFinite(s.score));
    lastIndex = s.index;
  }
  assert.equal(r.stats.sentencesOut, r.sentences.length);
  assert.ok(r.stats.sentencesOut <= r.stats.sentencesIn);
  assert.ok(r.stats.wordsOut <= r.stats.wordsIn);
}

test("summarises the seed article: 3 sentences whose offsets slice exactly", () => {
  const r = abridge.summarize(article, { sentences: 3 });
  assert.equal(r.sentences.length, 3);
  assertWellFormed(article, r);
  // The article has curly quotes (3 UTF-8 bytes, 1 UTF-16 unit each), so byte
  // and UTF-16 offsets must diverge after the first one.
  assert.ok(article.indexOf("’") < r.sentences.at(-1).start);
  assert.ok(r.sentences.at(-1).byteStart > r.sentences.at(-1).start);
  assert.equal(r.language, "en");
  assert.ok(r.keywords.length > 0 && r.keywords.every((k) => k.word && k.count >= 1));
});

test("is deterministic", () => {
  const a = abridge.summarize(article, { sentences: 3 });
  const b = abridge.summarize(article, { sentences: 3 });
  assert.deepEqual(a, b);
});

test("UTF-16 offsets stay exact after astral characters", () => {
  const text = `😀 Emoji come first here. ${article}`;
  const r = abridge.summarize(text, { sentences: 3 });
  assert.equal(r.sentences.length, 3);
  assertWellFormed(text, r);
});

test("empty input gives an empty summary, not an error", () => {
  const r = abridge.summarize("", { sentences: 3 });
  assert.equal(r.sentences.length, 0);
});

test("bad options throw RangeError / TypeError naming the option", () => {
  assert.throws(() => abridge.summarize(article, { sentences: 0 }),
    (e) => e instanceof RangeError && /sentences/.test(e.message));
  assert.throws(() => abridge.summarize(article, { sentences: "3" }),
    (e) => e instanceof TypeError && /sentences/.test(e.message));
  assert.throws(() => abridge.summarize(article, { ratio: 1.5 }),
    (e) => e instanceof RangeError && /ratio/.test(e.message));
});
