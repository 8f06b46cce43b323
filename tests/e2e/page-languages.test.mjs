// The paste-in page fetches the wasm module of the text's language and only
// that one (www/app/engine.js): detected in JS for an English and a Spanish
// text (the detector's first stage decides them), and a Finnish one (which
// needs its second stage, the longer stop words), the reader's pick without
// the detector. The page never fetches the
// all-language module (abridge_bg.wasm) nor the code it needs only for big
// texts (the worker) or never (the Summarizer facade). What it shows is what
// the all-language module gives for the same text and options (in Node).
// Needs `make build` (all modules).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { assertShowsAllLanguageResult, checkClean, launch, openPage, paste, readSeed, ROOT, serve, stopServer, waitSaved } from "./page-harness.mjs";

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serve());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

/** The sample of `code` from tests/data/languages/. */
const sample = (code) => readFile(`${ROOT}tests/data/languages/${code}.txt`, "utf8");
/** The paths among `requests` (the page's own: a file the service worker serves counts once) matching `pattern`. */
const paths = (requests, pattern) => requests.map((u) => new URL(u).pathname).filter((p) => pattern.test(p));

const DETECTOR = /\/(detect|profiles|profiles-long)\.js$/;
for (const [name, code] of [["an English text", "en"], ["a Spanish text", "es"], ["a Finnish text", "fi"]]) {
  test(`${name}: the page fetches abridge-${code}_bg.wasm and the detector, nothing else of the engine`, async () => {
    const session = await openPage(browser, origin);
    const { page, pageRequests: requests } = session;
    assert.deepEqual(paths(requests, /\.wasm$/), [], "no module before there is text");
    const text = code === "en" ? await readSeed() : await sample(code);
    await paste(page, { text });
    assert.deepEqual(paths(requests, /\.wasm$/), [`/pkg/abridge-${code}_bg.wasm`]);
    assert.deepEqual(paths(requests, DETECTOR), ["/lib/detect.js", "/pkg/profiles.js", ...(code === "fi" ? ["/pkg/profiles-long.js"] : [])],
      code === "fi" ? "both stages of the detector" : "the detector's first stage only");
    assert.deepEqual(paths(requests, /\/(abridge|summarizer|polyfill|worker|worker-client)\.js$/).filter((p) => p.startsWith("/lib/")), [],
      "neither the package entry, the facade nor the worker");
    await assertShowsAllLanguageResult(page, text);
    await checkClean(assert, session, origin);
    await session.context.close();
  });
}

test("a language the reader picked: its module only, fetched at once, no detector; then another text's language is added", async () => {
  const session = await openPage(browser, origin);
  const { page, pageRequests: requests } = session;
  await page.selectOption("#language", "de");
  // The pick is remembered; a reload with no text fetches the picked module at once.
  await waitSaved(page, "language", "de");
  await page.reload();
  await page.waitForSelector("html[data-ready]", { state: "attached" });
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/pkg/abridge-de_bg.wasm")));
  const english = await readSeed();
  await paste(page, { text: english });
  assert.deepEqual(paths(requests, /\.wasm$/), ["/pkg/abridge-de_bg.wasm"], "the pick wins over the text's language");
  assert.deepEqual(paths(requests, DETECTOR), [], "no detection needed");
  await assertShowsAllLanguageResult(page, english, { language: "de" });
  // Back to auto-detect: the English module joins (and the detector).
  await page.selectOption("#language", "auto");
  await page.waitForFunction(() => document.getElementById("stat-lang").textContent.startsWith("English"));
  assert.deepEqual(paths(requests, /\.wasm$/), ["/pkg/abridge-de_bg.wasm", "/pkg/abridge-en_bg.wasm"]);
  await assertShowsAllLanguageResult(page, english);
  await checkClean(assert, session, origin);
  await session.context.close();
});
