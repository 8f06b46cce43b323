// Set-up for the widget tests (widget*.test.mjs) over the common harness
// (harness.mjs): the repository served with the strict CSP every widget page
// must survive, and helpers to open a page with its log and to read a
// widget's summary. Not a test file itself.
import * as harness from "./harness.mjs";

export { CSP, ROOT } from "./harness.mjs";

/** Starts the server and the browser; call `close()` in after(). */
export async function startHarness() {
  const { server, origin } = await harness.serve({ headers: { "content-security-policy": harness.CSP } });
  const browser = await harness.launch();

  /** Opens `path`; records errors, warnings, CSP violations and requests (workers' too).
   * `setup(page)` runs before the page loads (e.g. to route or delay requests). */
  async function open(path, { colorScheme = "light", viewport = { width: 1280, height: 900 }, setup } = {}) {
    const context = await browser.newContext({ colorScheme, viewport });
    const page = await context.newPage();
    const log = await harness.watch(page);
    await setup?.(page);
    await page.goto(`${origin}${path}`);
    return { page, context, log };
  }

  /** No CSP violation, no page or console error, no request outside the server. */
  const assertClean = (page, log) => harness.assertClean(page, log, origin);

  async function close() {
    await browser.close();
    await harness.stopServer(server);
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
