// Shared set-up for the widget tests (widget.test.mjs, widget-robust.test.mjs):
// a static server rooted at the repository that sends the strict CSP every
// widget page must survive, Debian's Chromium, and helpers to open a page with
// its errors, warnings, CSP violations and requests recorded.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Starts the server and the browser; call `close()` in after(). */
export async function startHarness() {
  const server = await startServer({ root: ROOT, port: 0, headers: { "content-security-policy": CSP } });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });

  /** Opens `path`; records errors, warnings, CSP violations and requests (workers' too).
   * `setup(page)` runs before the page loads (e.g. to route or delay requests). */
  async function open(path, { colorScheme = "light", viewport = { width: 1280, height: 900 }, setup } = {}) {
    const context = await browser.newContext({ colorScheme, viewport });
    const page = await context.newPage();
    const log = { errors: [], warnings: [], requests: [] };
    page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") log.errors.push(`console: ${m.text()}`);
      if (m.type() === "warning") log.warnings.push(m.text());
    });
    context.on("request", (r) => log.requests.push(r.url()));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await setup?.(page);
    await page.goto(`${origin}${path}`);
    return { page, context, log };
  }

  /** No CSP violation, no page or console error, no request outside the server. */
  async function assertClean(page, log) {
    assert.deepEqual(await page.evaluate(() => window.__csp), [], "no CSP violation");
    assert.deepEqual(log.errors, [], "no page or console errors");
    const foreign = log.requests.filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual(foreign, [], "only the page's and the widget's own files");
  }

  async function close() {
    await browser.close();
    server.closeAllConnections?.();
    server.close();
  }

  return { origin, browser, open, assertClean, close };
}

/** Waits for a widget's summary; returns its list items (or its TL;DR paragraph). */
export async function shown(page, selector = "abridge-summary") {
  await page.waitForFunction((sel) => {
    const w = document.querySelector(sel);
    return w?.result && w.shadowRoot.querySelector("li, p.tldr:not([hidden])");
  }, selector, { timeout: 15_000 });
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const items = [...root.querySelectorAll("li")].map((li) => li.textContent);
    return items.length ? items : [root.querySelector("p.tldr").textContent];
  }, selector);
}
