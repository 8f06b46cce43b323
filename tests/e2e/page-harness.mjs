// Set-up for the page tests (page*.test.mjs) over the common harness
// (harness.mjs): www/ served on its own, a page opened with its log, and
// helpers that drive the page the way a person would (paste events carrying
// a DataTransfer). Not a test file itself.
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import * as core from "../../www/lib/core.js";
import { collapse } from "../../www/lib/format.js";
import { closeQuotes } from "../../www/widget/quote.js";
import * as harness from "./harness.mjs";

export { readSeed, ROOT, stopServer } from "./harness.mjs";
export const SHOTS = `${harness.ROOT}target/screenshots/`;

/** Serves www/ (or `root`) on a free port of 127.0.0.1. */
export const serve = ({ root = `${harness.ROOT}www` } = {}) => harness.serve({ root });

export async function launch() {
  await mkdir(SHOTS, { recursive: true });
  return harness.launch();
}

/**
 * A fresh context and page on `origin`, ready to summarise. Records page
 * errors, console errors, CSP violations and every request of the context
 * (service worker included; `pageRequests`: the page's and its workers' own).
 */
export async function openPage(browser, origin, { contextOptions = {}, path = "/" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const { errors, requests, pageRequests } = await harness.watch(page);
  await page.goto(origin + path);
  await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
  return { context, page, errors, requests, pageRequests };
}

export const currentRun = (page) =>
  page.$eval("#summary-card", (el) => Number(el.dataset.run ?? 0));

/** Waits until the page has rendered a summary newer than run `after`. */
export async function waitRun(page, after, timeout = 10_000) {
  await page.waitForFunction(
    (n) => Number(document.getElementById("summary-card").dataset.run ?? 0) > n,
    after,
    { timeout },
  );
  return page.$eval("#summary-card", (el) => ({ ...el.dataset }));
}

/**
 * Waits until the page has saved `field` = `value` in its settings (localStorage,
 * www/app/store.js; the save is debounced), e.g. before a reload that must restore it.
 */
export const waitSaved = (page, field, value) => page.waitForFunction(
  ([f, v]) => JSON.parse(localStorage.getItem("abridge:page:v1") ?? "{}")[f] === v, [field, value]);

/**
 * Pastes into the article box through a real `paste` event whose
 * clipboardData carries `text` (text/plain) and optionally `html` (text/html).
 * Replaces the whole text (selects all first), like Ctrl+A, Ctrl+V.
 */
export async function paste(page, { text = "", html = null }) {
  const before = await currentRun(page);
  await page.evaluate(({ text, html }) => {
    const input = document.getElementById("input");
    input.focus();
    input.select();
    const data = new DataTransfer();
    data.setData("text/plain", text);
    if (html !== null) data.setData("text/html", html);
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, { text, html });
  return waitRun(page, before);
}

/** A short Markdown story (page.test.mjs checks the text it becomes). */
export const MARKDOWN = "# Flood defences finished\n\nThe **new wall** protects [the old town](https://example.com) from spring floods.\n\n- Builders finished two weeks early.\n- The cost stayed within the budget.\n";

/**
 * Drops a file named `name` holding `text` (of MIME `type`) on the article
 * card, as a dragged file arrives (dragenter, dragover, drop); resolves with
 * the run it summarised (waitRun).
 */
export async function dropFile(page, { name, text, type = "text/plain" }) {
  const before = await currentRun(page);
  await page.evaluate(({ name, text, type }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    const editor = document.getElementById("editor");
    for (const event of ["dragenter", "dragover", "drop"]) {
      editor.dispatchEvent(new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, { name, text, type });
  return waitRun(page, before);
}

/**
 * Asserts nothing outside `origin` was requested (the page's own downloads
 * are blob: URLs) and no error or CSP violation happened. `assert` is kept
 * for the callers; the harness asserts with node:assert/strict.
 */
export async function checkClean(assert, { page, errors, requests }, origin) {
  await harness.assertClean(page, { errors, requests }, origin, { allow: ["blob:"] });
}

/**
 * The page shows what the all-language module gives (run here, in Node) for
 * `text` and `options` (besides the page's defaults: 3 sentences, 12
 * keywords): the summary, the keyword chips and the language.
 */
export async function assertShowsAllLanguageResult(page, text, options = {}) {
  await core.init();
  const full = core.summarize(text, { keywords: 12, sentences: 3, ...options });
  assert.deepEqual(await page.locator("#summary .jump").allTextContents(), full.sentences.map((s) => collapse(closeQuotes(s.text))));
  assert.deepEqual(await page.$$eval("#keywords .chip", (cs) => cs.map((c) => c.dataset.word)), full.keywords.map((k) => k.word));
  const name = new Intl.DisplayNames(["en"], { type: "language" }).of(full.language);
  assert.ok((await page.textContent("#stat-lang")).startsWith(name), `language shown: ${name}`);
}
