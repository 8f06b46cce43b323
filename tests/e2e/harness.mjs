// The one browser-test harness every e2e file uses: a static server on a free
// port of 127.0.0.1, Debian's Chromium through playwright-core, a log of each
// page's errors, warnings, CSP violations and requests, and the assertions
// every browser test ends with (no foreign request, no error, no CSP
// violation). page-harness.mjs and widget-harness.mjs add what only the page
// or the widget needs. Not a test file itself (node --test runs *.test.mjs).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The strict policy the page declares and every widget host page must survive. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
// Same flags as webdriver.json: no background traffic, no GPU, root-safe.
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** The seed article (tests/data/README.md). */
export const readSeed = () => readFile(`${ROOT}tests/data/seed-article.txt`, "utf8");

/** Serves `root` (default: the repository) on a free port; `headers` go on every file. */
export async function serve({ root = ROOT, headers = {} } = {}) {
  const server = await startServer({ root, port: 0, headers });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function stopServer(server) {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
}

export const launch = () => chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });

/**
 * Records, for `page`: page errors and console errors (`errors`), console
 * warnings, CSP violations (read by assertClean) and every request of its
 * context, workers' and the service worker's included. Call before goto.
 */
export async function watch(page) {
  // requests: every request of the context; pageRequests: those the page and
  // its workers made (not the service worker's own fetches).
  const log = { errors: [], warnings: [], requests: [], pageRequests: [] };
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`console: ${m.text()}`);
    if (m.type() === "warning") log.warnings.push(m.text());
  });
  page.context().on("request", (r) => {
    log.requests.push(r.url());
    if (!r.serviceWorker()) log.pageRequests.push(r.url());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ""}`);
    });
  });
  return log;
}

/** Requests outside `origin`; `allow` lists URL prefixes that are not requests to anyone (e.g. "blob:"). */
export const foreign = (requests, origin, allow = []) =>
  requests.filter((url) => !url.startsWith(`${origin}/`) && !allow.some((prefix) => url.startsWith(prefix)));

/** Nothing outside `origin` was requested, no page or console error, no CSP violation. */
export async function assertClean(page, log, origin, { allow = [] } = {}) {
  assert.deepEqual(foreign(log.requests, origin, allow), [], "only the server's own files may be requested");
  assert.deepEqual(log.errors, [], "no page or console errors");
  assert.deepEqual(await page.evaluate(() => window.__csp), [], "no CSP violations");
}
