// The hostile-input suite (tests/data/hostile/cases.json, also replayed
// natively by tests/hostile.rs) through the JavaScript package in headless
// Chromium, plus what only JS can send: lone UTF-16 surrogates. Every summary
// must keep the invariants; only bad options may throw, as TypeError or
// RangeError naming the option. Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { foreign, launch, ROOT, serve, stopServer, watch } from "./harness.mjs";

// The multi-megabyte generated cases run at a quarter of their size here
// (tests/hostile.rs runs them at full size in release): the browser test
// checks the JS path, not throughput.
const BIG_SCALE = 4;

let server, origin, browser, page, suite, log;

before(async () => {
  suite = JSON.parse(await readFile(`${ROOT}tests/data/hostile/cases.json`, "utf8"));
  ({ server, origin } = await serve());
  browser = await launch();
  page = await browser.newPage();
  log = await watch(page);
  await page.goto(`${origin}/tests/e2e/fixtures/api.html`);
  await page.waitForFunction(() => window.fixtureReady === true, null, { timeout: 10_000 });
  await page.evaluate(() => window.abridge.init());
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

/**
 * Runs one case in the page and returns a list of problems (empty = pass).
 * Runs in the browser: no closures over Node variables.
 */
function runInPage([kase, scale]) {
  const { summarize } = window.abridge;
  const problems = [];
  let text = kase.text;
  if (kase.generate) {
    const times = kase.big ? Math.ceil(kase.generate.times / scale) : kase.generate.times;
    text = kase.generate.repeat.repeat(times);
  }
  const special = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, MIN_POSITIVE: 2.2250738585072014e-308, MAX: 4294967295 };
  const decode = (v) => (typeof v === "string" && v in special ? special[v]
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)])) : v);
  const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

  const optionSets = kase.options ? [decode(kase.options)]
    : [{ sentences: 3 }, { ratio: 0.5 }, { words: 40 }, { chars: 160 }, { length: "long", language: "en" }, { sentences: 2, language: "ru" }];
  for (const options of optionSets) {
    let result;
    try {
      result = summarize(text, options);
    } catch (err) {
      if (!kase.error) {
        problems.push(`${JSON.stringify(options)}: threw ${err}`);
      } else if (!(err instanceof RangeError || err instanceof TypeError)) {
        problems.push(`${JSON.stringify(options)}: threw ${err?.name}, not RangeError/TypeError`);
      } else if (!err.message.includes(camel(kase.error))) {
        problems.push(`${JSON.stringify(options)}: message does not name ${camel(kase.error)}: ${err.message}`);
      }
      continue;
    }
    if (kase.error) {
      problems.push(`${JSON.stringify(options)}: expected an error naming ${kase.error}`);
      continue;
    }
    let last = -1;
    for (const s of result.sentences) {
      if (text.slice(s.start, s.end) !== s.text) problems.push(`slice ${s.start}..${s.end} != text`);
      if (!(s.index > last)) problems.push(`index ${s.index} not after ${last}`);
      if (!Number.isFinite(s.score)) problems.push(`score ${s.score}`);
      last = s.index;
    }
    const n = result.sentences.length;
    if (n !== result.stats.sentencesOut) problems.push("sentencesOut");
    if (n > result.stats.sentencesIn) problems.push("more out than in");
    if (options.sentences && n > options.sentences) problems.push(`budget: ${n} > ${options.sentences}`);
    if (options.words && result.stats.wordsOut > options.words) problems.push("word budget");
    if (options.chars && result.sentences.map((s) => s.text).join(" ").length > options.chars * 2) {
      problems.push("char budget"); // chars are code points; UTF-16 length is at most twice that
    }
  }
  return problems;
}

test("browser: every hostile case keeps the invariants; only bad options throw", async () => {
  assert.ok(suite.cases.length >= 40, "the suite has its cases");
  const failures = [];
  for (const kase of suite.cases) {
    const problems = await page.evaluate(runInPage, [kase, BIG_SCALE]);
    if (problems.length) failures.push(`${kase.name}: ${problems.join("; ")}`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreign(log.requests, origin), [], "only local files");
});

test("browser: lone UTF-16 surrogates are valid input and offsets stay exact", async () => {
  const texts = [
    "Lone \uD800 high surrogate here. And a lone \uDC00 low one there. Then 🚀 a real pair follows.",
    "\uDFFF\uD800\uDBFF",
    "Ends with a high surrogate and no pair at all \uD83D",
  ];
  for (const text of texts) {
    const problems = await page.evaluate(runInPage, [{ name: "surrogates", text }, 1]);
    assert.deepEqual(problems, [], JSON.stringify(text));
  }
});
