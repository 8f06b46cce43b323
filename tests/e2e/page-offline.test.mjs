// The page works offline once loaded: its service worker (www/sw.js) caches
// the page, its modules and the wasm. This test gets its own server, waits
// until the worker controls the page, then goes offline AND stops the server
// before reloading. Online, the worker must never serve a stale file.
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { launch, openPage, paste, readSeed, ROOT, serve, stopServer } from "./page-harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the service worker's file list names every module of the page and the library", async () => {
  const sw = await readFile(path.join(ROOT, "www/sw.js"), "utf8");
  const listed = new Set([...sw.matchAll(/^\s+"([^"]+)",$/gm)].map((m) => m[1]));
  const modules = [];
  for (const dir of ["app", "lib"]) {
    for (const f of await readdir(path.join(ROOT, "www", dir))) if (f.endsWith(".js")) modules.push(`${dir}/${f}`);
  }
  assert.ok(listed.has("app.js"));
  assert.deepEqual(modules.filter((f) => !listed.has(f)), [], "missing from ASSETS in www/sw.js");
});

test("after the first load it summarises offline, with the server gone", async () => {
  const article = await readSeed();
  const { server, origin } = await serve();
  let stopped = false;
  try {
    const { context, page, errors, requests } = await openPage(browser, origin);
    await page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    assert.match(await page.textContent("#badge-text"), /offline/);

    await context.setOffline(true);
    await stopServer(server);
    stopped = true;
    const seen = requests.length;
    await page.reload();
    await page.waitForSelector("html[data-ready]", { state: "attached", timeout: 15_000 });
    const run = await paste(page, { text: article });
    assert.equal(run.path, "direct");
    assert.equal(await page.locator("#summary .jump").count(), 3);
    assert.equal(await page.locator("#original mark.pick.first").count(), 3);
    assert.deepEqual(errors, []);
    // Everything after going offline came from the service worker's cache.
    const after = requests.slice(seen).filter((u) => !u.startsWith(`${origin}/`));
    assert.deepEqual(after, []);
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
