// The JavaScript API (www/lib) in Node 20: the shared checks of
// fixtures/api-checks.mjs, plus Node-only ones (wasm trap and re-initialisation).
// Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { checks } from "./fixtures/api-checks.mjs";

const lib = await import("../../www/lib/abridge.js");
const core = await import("../../www/lib/core.js");
const article = readFileSync(new URL("../data/seed-article.txt", import.meta.url), "utf8");

for (const [name, check] of Object.entries(checks)) {
  test(name, () => check(lib, { article }));
}

test("init() in Node reads the wasm next to the package with fs (no fetch)", async () => {
  const realFetch = globalThis.fetch;
  globalThis.fetch = () => assert.fail("fetch must not be used for a file: URL");
  try {
    await lib.init();
    assert.equal(lib.summarize(article, { sentences: 1 }).sentences.length, 1);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test("a trapped instance is replaced before the next call (real trap: corrupted memory)", async () => {
  await lib.init();
  const before = lib.summarize(article, { sentences: 3 });
  const instances = core.__internal.instances();
  // Garbage over the whole linear memory: the allocator then reads far out of bounds.
  new Uint8Array(core.__internal.exports().memory.buffer).fill(0xff);
  assert.throws(() => lib.summarize(article, { sentences: 3 }), WebAssembly.RuntimeError);
  assert.equal(core.__internal.isBroken(), true);
  // summarize() is synchronous: a call before the replacement is ready says so.
  assert.throws(() => lib.summarize(article), /trapped and is being replaced; await init\(\)/);
  await lib.init();
  assert.equal(core.__internal.instances(), instances + 1, "one new instance");
  assert.deepEqual(lib.summarize(article, { sentences: 3 }), before, "same result as before the trap");
  // Option errors are not traps.
  assert.throws(() => lib.summarize(article, { sentences: 0 }), RangeError);
  assert.equal(core.__internal.isBroken(), false);
});

test("the Summarizer facade recovers from a trap on its own", async () => {
  const s = await lib.Summarizer.create({ type: "tldr" });
  const good = await s.summarize(article);
  new Uint8Array(core.__internal.exports().memory.buffer).fill(0xab);
  await assert.rejects(s.summarize(article), WebAssembly.RuntimeError);
  assert.equal(await s.summarize(article), good, "next call awaits the re-initialisation");
});

test("isTrap: RuntimeError and stack overflow, never option errors", () => {
  assert.equal(core.isTrap(new WebAssembly.RuntimeError("unreachable")), true);
  assert.equal(core.isTrap(new RangeError("Maximum call stack size exceeded")), true);
  assert.equal(core.isTrap(new RangeError("invalid option `sentences`: must be at least 1, got 0")), false);
  assert.equal(core.isTrap(new TypeError("x")), false);
});

test("Node has no Worker: createWorkerSummarizer says NotSupportedError", () => {
  assert.throws(() => lib.createWorkerSummarizer(), (e) => e.name === "NotSupportedError");
});
