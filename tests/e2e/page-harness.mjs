// Shared set-up for the page tests (page*.test.mjs): a static server for www/,
// Debian Chromium through playwright-core, and helpers that drive the page the
// way a person would (paste events carrying a DataTransfer, the range input by
// keyboard). Not a test file itself (node --test only runs *.test.mjs).
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHOTS = `${ROOT}target/screenshots/`;
// Same flags as webdriver.json: no background traffic, no GPU, root-safe.
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export const readSeed = () => readFile(`${ROOT}tests/data/seed-article.txt`, "utf8");

/** Serves www/ (or `root`) on a free port of 127.0.0.1. */
export async function serve({ root = `${ROOT}www` } = {}) {
  const server = await startServer({ root, port: 0 });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function stopServer(server) {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
}

export async function launch() {
  await mkdir(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
}

/**
 * A fresh context and page on `origin`, ready to summarise. Records page
 * errors, console errors, CSP violations and every request of the context
 * (service worker included).
 */
export async function openPage(browser, origin, { contextOptions = {}, path = "/" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const errors = [];
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ""}`);
    });
  });
  await page.goto(origin + path);
  await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
  return { context, page, errors, requests };
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

/** Asserts nothing outside `origin` was requested and no error or CSP violation happened. */
export async function checkClean(assert, { page, errors, requests }, origin) {
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("blob:"));
  assert.deepEqual(foreign, [], "the page must only load its own files");
  assert.deepEqual(errors, [], "no page errors");
  assert.deepEqual(await page.evaluate(() => window.__csp), [], "no CSP violations");
}
