// The JavaScript API (www/lib) in headless Chromium (playwright-core): the
// shared checks of fixtures/api-checks.mjs, the Worker entry, and the
// polyfill against this browser's own Summarizer (the delegating install
// against stand-in native APIs is in polyfill.test.mjs). Pages load only local
// files, and every test asserts it. Needs the built package (make build).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { checks } from "./fixtures/api-checks.mjs";
import { foreign, launch, readSeed, serve, stopServer, watch } from "./harness.mjs";

let server, origin, browser, article, shared;

/** Opens the fixture page; records errors and requests. */
async function openFixture({ initScript } = {}) {
  const page = await browser.newPage();
  const { errors, requests } = await watch(page);
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${origin}/tests/e2e/fixtures/api.html`);
  await page.waitForFunction(() => window.fixtureReady === true, null, { timeout: 10_000 });
  return { page, errors, requests };
}

function assertLocalOnly(requests) {
  assert.ok(requests.length > 0, "requests were recorded");
  assert.deepEqual(foreign(requests, origin), [], "only local files may be requested");
}

before(async () => {
  article = await readSeed();
  // Rooted at the repository: the fixture page imports /www/lib/abridge.js.
  ({ server, origin } = await serve());
  browser = await launch();
  shared = await openFixture();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

for (const name of Object.keys(checks)) {
  test(`browser: ${name}`, async () => {
    const result = await shared.page.evaluate(([n, a]) => window.runCheck(n, a), [name, article]);
    assert.equal(result, "ok");
  });
}

test("browser: the shared checks loaded only local files and logged no errors", () => {
  assertLocalOnly(shared.requests);
  for (const file of ["/www/lib/abridge.js", "/www/lib/core.js", "/www/pkg/abridge.js", "/www/pkg/abridge_bg.wasm"]) {
    assert.ok(shared.requests.includes(origin + file), `${file} was loaded`);
  }
  assert.deepEqual(shared.errors, []);
});

test("worker: summarises ~1 MB while the main thread keeps ticking", async () => {
  const { page, errors, requests } = await openFixture();
  const r = await page.evaluate(async (seed) => {
    const { summarize, init, createWorkerSummarizer } = window.abridge;
    const parts = [];
    for (let i = 0; parts.join("").length < 1_000_000; i++) parts.push(`Part ${i}.\n\n${seed}\n\n`);
    const big = parts.join("");
    await init();
    let t0 = performance.now();
    const direct = summarize(big, { sentences: 5 });
    const mainThreadMs = performance.now() - t0;

    const worker = createWorkerSummarizer();
    const ticks = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    t0 = performance.now();
    const result = await worker.summarize(big, { sentences: 5 });
    const t1 = performance.now();
    clearInterval(timer);
    const marks = [t0, ...ticks, t1];
    const maxGap = Math.max(...marks.slice(1).map((t, i) => t - marks[i]));
    worker.terminate();
    return {
      size: big.length, mainThreadMs, workerMs: t1 - t0, ticks: ticks.length, maxGap,
      same: JSON.stringify(result) === JSON.stringify(direct),
      verbatim: result.sentences.every((s) => big.slice(s.start, s.end) === s.text),
      count: result.sentences.length,
    };
  }, article);
  console.log(`# worker: ${(r.size / 1e6).toFixed(2)} MB, main thread ${r.mainThreadMs.toFixed(0)} ms, ` +
    `worker ${r.workerMs.toFixed(0)} ms, ${r.ticks} ticks, longest gap ${r.maxGap.toFixed(0)} ms`);
  assert.ok(r.size >= 1_000_000);
  assert.equal(r.count, 5);
  assert.ok(r.same, "worker result equals the main-thread result");
  assert.ok(r.verbatim, "UTF-16 offsets valid in the worker's result");
  // Blocking the main thread for the whole computation would make one gap as
  // long as the computation; a free main thread ticks every ~10 ms.
  assert.ok(r.ticks >= 5, `the interval kept firing (${r.ticks} ticks)`);
  assert.ok(r.maxGap < Math.max(60, r.mainThreadMs / 2),
    `longest main-thread gap ${r.maxGap.toFixed(0)} ms vs ${r.mainThreadMs.toFixed(0)} ms of work`);
  assert.ok(requests.some((u) => u.endsWith("/www/lib/worker.js")), "the worker script was loaded");
  assertLocalOnly(requests);
  assert.deepEqual(errors, []);
  await page.close();
});

test("worker: abort before and mid-way, queued abort, errors, terminate", async () => {
  const { page, errors, requests } = await openFixture();
  const r = await page.evaluate(async (seed) => {
    const { createWorkerSummarizer } = window.abridge;
    const out = {};
    const big = Array.from({ length: 400 }, (_, i) => `Part ${i}.\n\n${seed}`).join("\n\n"); // ~4 MB
    const w = createWorkerSummarizer();
    const name = (p) => p.then(() => "resolved", (e) => `${e?.name}: ${e?.message}`);

    // Warm up (spawns the worker, loads the wasm), then time a full run.
    await w.summarize(seed, { sentences: 1 });
    let t = performance.now();
    await w.summarize(big, { sentences: 3 });
    out.fullMs = performance.now() - t;

    const pre = new AbortController();
    pre.abort();
    out.before = await name(w.summarize(seed, {}, { signal: pre.signal }));

    const mid = new AbortController();
    const running = w.summarize(big, { sentences: 3 }, { signal: mid.signal });
    const queued = new AbortController();
    const waiting = w.summarize(seed, { sentences: 2 }, { signal: queued.signal });
    const after = w.summarize(seed, { sentences: 2 }); // must still run, in a new worker
    await new Promise((r) => setTimeout(r, 20));
    queued.abort();
    out.queued = await name(waiting);
    t = performance.now();
    mid.abort();
    out.mid = await name(running);
    out.abortMs = performance.now() - t;
    out.after = (await after).sentences.length;

    out.range = await name(w.summarize(seed, { sentences: 0 }));
    out.type = await name(w.summarize(seed, { sentences: "3" }));
    out.text = await name(w.summarize(42));
    out.clone = await name(w.summarize(seed, { title: () => 1 }));
    out.stillWorks = (await w.summarize(seed, { sentences: 3 })).sentences.length;

    const pending = w.summarize(big, { sentences: 3 });
    w.terminate();
    out.terminatedPending = await name(pending);
    out.terminatedLater = await name(w.summarize(seed));
    return out;
  }, article);
  console.log(`# worker abort: full run ${r.fullMs.toFixed(0)} ms, rejected ${r.abortMs.toFixed(1)} ms after abort()`);
  assert.match(r.before, /^AbortError/);
  assert.match(r.queued, /^AbortError/);
  assert.match(r.mid, /^AbortError/);
  assert.ok(r.abortMs < Math.max(20, r.fullMs / 4), `abort took effect at once (${r.abortMs} ms vs ${r.fullMs} ms)`);
  assert.equal(r.after, 2, "a request queued behind the aborted one runs in a fresh worker");
  assert.match(r.range, /^RangeError: invalid option `sentences`/);
  assert.match(r.type, /^TypeError: invalid option `sentences`/);
  assert.match(r.text, /^TypeError: .*`text` must be a string/);
  assert.match(r.clone, /^DataCloneError/);
  assert.equal(r.stillWorks, 3);
  assert.match(r.terminatedPending, /^AbortError/);
  assert.match(r.terminatedLater, /^InvalidStateError/);
  // Aborting the running request terminated its worker; the next one started anew.
  const spawned = requests.filter((u) => u.endsWith("/www/lib/worker.js")).length;
  assert.equal(spawned, 2, "worker.js loaded once at first and once after the abort");
  assertLocalOnly(requests);
  assert.deepEqual(errors, []);
  await page.close();
});

test("polyfill: installs on this Chromium (native Summarizer present or not) and then works through the global", async () => {
  const { page, errors, requests } = await openFixture();
  const r = await page.evaluate(async (seed) => {
    const before = self.Summarizer;
    const installed = window.abridge.installPolyfill();
    const s = await self.Summarizer.create({ type: "tldr", format: "plain-text" });
    return {
      before: typeof before, installed, again: window.abridge.installPolyfill(),
      same: self.Summarizer === window.abridge.Summarizer,
      wraps: self.Summarizer.native === before,
      abridges: s instanceof window.abridge.Summarizer && s instanceof self.Summarizer,
      text: await s.summarize(seed),
    };
  }, article);
  assert.equal(r.installed, true);
  assert.equal(r.again, true, "a second call still reports that the global serves");
  if (r.before === "undefined") {
    assert.equal(r.same, true, "no native API: abridge's Summarizer itself");
  } else {
    // Debian's Chromium: a native Summarizer whose availability() is "unavailable".
    assert.equal(r.same, false, "a native API: the delegating Summarizer");
    assert.equal(r.wraps, true, "it delegates to the native one");
  }
  assert.equal(r.abridges, true, "abridge serves where the native one cannot");
  assert.ok(article.includes(r.text.split("”")[0].trim()), "the global Summarizer summarises");
  assertLocalOnly(requests);
  assert.deepEqual(errors, []);
  await page.close();
});

test("polyfill: something else named Summarizer (no availability/create) is not replaced", async () => {
  const { page, errors } = await openFixture({
    initScript: () => {
      globalThis.Summarizer = class FakeNativeSummarizer {
        static marker = "native";
      };
    },
  });
  const r = await page.evaluate(() => ({
    installed: window.abridge.installPolyfill(),
    marker: self.Summarizer.marker,
  }));
  assert.deepEqual(r, { installed: false, marker: "native" });
  assert.deepEqual(errors, []);
  await page.close();
});
