// The page works offline once loaded: its service worker (www/sw.js) caches
// what the page used (the page, its modules, the wasm module of the language
// it summarised), nothing up front. This test gets its own server, waits
// until the worker controls the page, then goes offline AND stops the server
// before reloading. Online, the worker must never serve a stale file. The
// offline case runs with www/'s sources and with the page as `make run` serves
// it (scripts/page.mjs: bundled, minified; built once per set of inputs by
// built.mjs); the detector's second stage offline, with the page as served.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { builtPage } from "./built.mjs";
import { assertShowsAllLanguageResult, dropFile, launch, MARKDOWN, openPage, paste, readSeed, ROOT, serve, stopServer, waitSaved } from "./page-harness.mjs";

let browser, built;
before(async () => {
  built = (await builtPage()).dir;
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The paths of the service worker's cache entries that end in .wasm. */
const cachedModules = (page) => page.evaluate(async () =>
  (await (await caches.open("abridge-page")).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.endsWith(".wasm")));

/**
 * Waits until the service worker's cache holds every file of `origin` the
 * page has requested (no query string; not the worker's own script): its
 * fetch handler stores each answer a moment after serving it, so going
 * offline at once can catch a put under way (under load: the reload offline
 * then lacks a module and never summarises). Fails naming what is missing.
 */
async function waitCachedAll(page, requests, origin) {
  const urls = [...new Set(requests.filter((u) => u.startsWith(`${origin}/`) && !u.includes("?") && !u.endsWith("/sw.js")))];
  const missing = () => page.evaluate(async (list) => {
    const cache = await caches.open("abridge-page");
    const out = [];
    for (const u of list) if (!(await cache.match(u))) out.push(new URL(u).pathname);
    return out;
  }, urls);
  for (const end = Date.now() + 10_000; Date.now() < end && (await missing()).length;) await page.waitForTimeout(100);
  assert.deepEqual(await missing(), [], "every file the page used is cached before going offline");
}

for (const where of ["www", "built"]) test(`${where}: it caches what it used: offline it summarises English (used online), not Spanish (never fetched)`, async () => {
  const article = await readSeed();
  const { server, origin } = await serve(where === "built" ? { root: built } : {});
  let stopped = false;
  try {
    const { context, page, errors, requests } = await openPage(browser, origin);
    // At once, before the service worker controls the page (a first visit):
    // the page tells it what it fetched, the English module included.
    await paste(page, { text: article });
    await page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    assert.match(await page.textContent("#badge-text"), /offline/);
    // A Markdown file, once online (its rules are a module of their own on the built page).
    await dropFile(page, { name: "story.md", text: MARKDOWN, type: "text/markdown" });
    // The module may have been fetched after the page's first list went to
    // the worker (cached then by its fetch handler or the list sent when it
    // took control, a moment later): wait for a module to be cached, then
    // check that it is the one used and the only one.
    // A put under way may list its entry and then drop it (under load, once
    // in a few runs), so wait for the cache to hold exactly the English
    // module; if it never does, the assertion shows what it holds.
    await page.waitForFunction(async () => {
      const paths = (await (await caches.open("abridge-page")).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.endsWith(".wasm"));
      return paths.length === 1 && paths[0] === "/pkg/abridge-en_bg.wasm";
    }, null, { timeout: 10_000, polling: 100 }).catch(() => {});
    assert.deepEqual(await cachedModules(page), ["/pkg/abridge-en_bg.wasm"], "only the module it used");
    await waitCachedAll(page, requests, origin);

    await context.setOffline(true);
    await stopServer(server);
    stopped = true;
    const seen = requests.length;
    await page.reload();
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
    const run = await paste(page, { text: `${article}\nOffline, the talks went on.` });
    assert.equal(run.path, "direct");
    assert.equal(await page.locator("#summary .jump").count(), 3);
    assert.equal(await page.locator("#original mark.pick.first").count(), 3);
    assert.deepEqual(errors, []);
    // A big text goes to the worker, whose code was never used online: this
    // thread summarises it instead.
    let big = "";
    for (let i = 1; big.length < 150_000; i++) big += `Part ${i}.\n\n${article}\n\n`;
    const bigRun = await paste(page, { text: big });
    assert.equal(bigRun.path, "direct");
    assert.equal(await page.locator("#summary .jump").count(), 3);
    // Markdown offline, its rules cached when used online.
    await dropFile(page, { name: "story.md", text: MARKDOWN, type: "text/markdown" });
    assert.match(await page.inputValue("#input"), /^Flood defences finished\n\nThe new wall protects the old town/);
    // Everything after going offline came from the service worker's cache.
    const after = requests.slice(seen).filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual(after, []);

    // Spanish was never used, so its module was never fetched: offline, the page says it cannot load it.
    const es = await readFile(path.join(ROOT, "tests/data/languages/es.txt"), "utf8");
    paste(page, { text: es }).catch(() => {}); // no new summary comes
    await page.waitForSelector("#summary-card[data-state=error]", { state: "attached", timeout: 10_000 });
    assert.match(await page.textContent("#status"), /Could not summarise/);
    assert.ok(!requests.some((u) => u.endsWith("/pkg/abridge_bg.wasm")), "the all-language module is never fetched");
    await context.close();
  } finally {
    if (!stopped) await stopServer(server);
  }
});

// On the page as served only (its detector's second stage is a chunk of its own, lib/profiles-long.js);
// the test above runs on www/'s sources too.
test(`built: offline, a text that needs the detector's second stage, never fetched online: the first stage's leader, said so`, async () => {
  // Online: a French text detected (the detector's first stage only), summarised with Finnish picked
  // (the Finnish module), then detected again. Offline, a Finnish text to detect needs the second stage,
  // which was never fetched: the page summarises it in the first stage's leading language, Finnish.
  const [fi, fr] = await Promise.all(["fi", "fr"].map((code) => readFile(path.join(ROOT, `tests/data/languages/${code}.txt`), "utf8")));
  const { server, origin } = await serve({ root: built });
  let stopped = false;
  try {
    const { context, page, errors, requests } = await openPage(browser, origin);
    await paste(page, { text: fr });
    await page.selectOption("#language", "fi");
    await page.waitForFunction(() => document.getElementById("stat-lang").textContent === "Finnish chosen");
    await page.selectOption("#language", "auto");
    await page.waitForFunction(() => document.getElementById("stat-lang").textContent === "French detected");
    // The reload below restores the saved settings: "auto" must be saved (debounced) by then, or a
    // loaded machine reloads with Finnish still picked ("Finnish chosen").
    await waitSaved(page, "language", "auto");
    await page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    await page.waitForFunction(async () => (await (await caches.open("abridge-page")).keys()).filter((r) => r.url.endsWith(".wasm")).length === 2,
      null, { timeout: 10_000, polling: 100 });
    assert.ok(!requests.some((u) => u.endsWith("/profiles-long.js")), "the second stage was never needed online");
    await waitCachedAll(page, requests, origin);

    await context.setOffline(true);
    await stopServer(server);
    stopped = true;
    await page.reload();
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
    const text = `${fi}\n\nOffline.`;
    await paste(page, { text });
    await assertShowsAllLanguageResult(page, text);
    assert.equal(await page.textContent("#stat-lang"), "Finnish guessed offline");
    assert.deepEqual(errors, ["console: Failed to load resource: net::ERR_FAILED"], "only the second stage's fetch failed");
    assert.ok(requests.some((u) => /\/profiles-long\.js$/.test(u)), "the page tried the second stage first");
    await context.close();
  } finally {
    if (!stopped) await stopServer(server);
  }
});

test("online, a file changed on the server is served fresh, not from the worker's cache", async () => {
  // A copy of www/ that the test may change.
  const root = await mkdtemp(path.join(tmpdir(), "abridge-www-"));
  await cp(path.join(ROOT, "www"), root, { recursive: true });
  const { server, origin } = await serve({ root });
  try {
    const { context, page, errors } = await openPage(browser, origin);
    await page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    const css = path.join(root, "style.css");
    const marker = `/* new build ${Date.now()} */`;
    await writeFile(css, `${await readFile(css, "utf8")}\n${marker}\n`);
    await page.reload();
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the worker still controls the page");
    const served = await page.evaluate(() => fetch("style.css").then((r) => r.text()));
    assert.ok(served.includes(marker), "style.css came from the server, not a stale cache");
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await stopServer(server);
    await rm(root, { recursive: true, force: true });
  }
});
