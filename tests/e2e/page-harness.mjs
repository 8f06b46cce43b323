// Set-up for the page tests (page*.test.mjs) over the common harness
// (harness.mjs): www/ served on its own, a page opened with its log, and
// helpers that drive the page the way a person would (paste events carrying
// a DataTransfer). Not a test file itself.
import { mkdir } from "node:fs/promises";
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

/**
 * Asserts nothing outside `origin` was requested (the page's own downloads
 * are blob: URLs) and no error or CSP violation happened. `assert` is kept
 * for the callers; the harness asserts with node:assert/strict.
 */
export async function checkClean(assert, { page, errors, requests }, origin) {
  await harness.assertClean(page, { errors, requests }, origin, { allow: ["blob:"] });
}
