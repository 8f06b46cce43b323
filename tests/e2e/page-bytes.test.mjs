// What a reader's browser really fetches for the paste-in page as it is
// served (scripts/page.mjs builds it: JS bundled and minified, HTML and CSS
// minified; built.mjs builds it once per set of inputs): for an English paste and its summary, the set of files and their
// bytes equal what `make size` counts (scripts/page.mjs pageBuild's `first`
// and the module, "paste-in page"); what the page imports only on demand (the
// sample, the worker for big texts: pageBuild's `later`) is fetched only then.
// And the built page looks the same as www/'s readable sources: screenshots
// of both, empty and with a summary, are identical (what the minifiers of
// the document, style sheet and code did changed nothing that shows).
// Needs `make build`.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { builtPage } from "./built.mjs";
import { measureBytes } from "../../scripts/bytes.mjs";
import { assertShowsAllLanguageResult, checkClean, dropFile, launch, MARKDOWN, openPage, paste, readSeed, serve, stopServer } from "./page-harness.mjs";
import { watch } from "./harness.mjs";

let browser, root, server, origin, built, sources;
before(async () => {
  built = await builtPage();
  root = built.dir;
  ({ server, origin } = await serve({ root }));
  sources = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  if (sources) await stopServer(sources.server);
});

const brotli = (bytes) => measureBytes([["", bytes]])[0].brotli;

test("an English paste: the built page fetches exactly the files make size counts, with the same bytes", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = await watch(page);
  /** @type {Map<string, Buffer>} path → body of what the page (not the service worker's own fetches) got */
  const fetched = new Map();
  const pending = [];
  context.on("requestfinished", (request) => {
    const at = new URL(request.url()).pathname.slice(1) || "index.html";
    // The service worker's script counts; its own fetches (caching what the page used) do not.
    if (request.serviceWorker() && at !== "sw.js") return;
    pending.push(request.response().then((r) => r.body()).then((body) => fetched.set(at, body)));
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector("html[data-ready]", { state: "attached" });
  const article = await readSeed();
  await paste(page, { text: article });
  await assertShowsAllLanguageResult(page, article);
  await page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
  await Promise.all(pending);

  const expected = { page: [...built.first, "pkg/abridge-en_bg.wasm"], pageLater: built.later };
  assert.deepEqual([...fetched.keys()].sort(), [...expected.page].sort(), "the files make size counts (the detector's second stage not among them)");
  assert.deepEqual(built.longWords.filter((f) => fetched.has(f)), [], "the seed article needs only the detector's first stage");
  let total = 0;
  for (const [at, body] of fetched) {
    assert.ok(body.equals(await readFile(path.join(root, at))), `${at}: the bytes scripts/page.mjs built`);
    total += brotli(body);
  }
  console.log(`# paste-in page, English, before and for its first summary: ${total.toLocaleString("en-US")} bytes brotli ` +
    `(${fetched.size} files; the module ${brotli(fetched.get("pkg/abridge-en_bg.wasm")).toLocaleString("en-US")})`);

  // On demand only: the sample when asked for, the worker's code for a big text, Markdown's rules for a .md file.
  const later = (list) => list.filter((f) => fetched.has(f));
  assert.deepEqual(later(expected.pageLater), [], "nothing on-demand before it is needed");
  const before = Number(await page.$eval("#summary-card", (el) => el.dataset.run));
  await page.click("#sample");
  await page.waitForFunction((n) => Number(document.getElementById("summary-card").dataset.run) > n, before);
  let big = "";
  for (let i = 1; big.length < 150_000; i++) big += `Part ${i}.\n\n${article}\n\n`;
  assert.equal((await paste(page, { text: big })).path, "worker");
  // Jumping to a key point deep in the big text works (its chunks are laid out lazily).
  await page.click("#summary .jump >> nth=-1");
  assert.equal(await page.evaluate(() => document.activeElement.matches("mark.pick.first")), true, "the jump focuses its sentence's mark");
  await dropFile(page, { name: "story.md", text: MARKDOWN, type: "text/markdown" });
  await Promise.all(pending);
  assert.deepEqual(later(expected.pageLater).sort(), [...expected.pageLater].sort(), "each fetched once needed");
  assert.deepEqual(later(built.longWords), [], "the big text needs only the detector's first stage too");
  // The worker loaded its own module: the English one again (from the HTTP cache where the server allows it).
  assert.deepEqual([...new Set(log.requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname))], ["/pkg/abridge-en_bg.wasm"],
    "only the English module, never the all-language one");
  await checkClean(assert, { page, ...log }, origin);
  await context.close();
});

test("the built page looks exactly like www/'s sources, empty and with a summary", async () => {
  const article = await readSeed();
  const shots = [];
  for (const at of [sources.origin, origin]) {
    const tab = await openPage(browser, at);
    // The badge says "works offline" once the service worker has cached what the page used.
    await tab.page.waitForSelector("html[data-offline]", { state: "attached", timeout: 15_000 });
    const empty = await tab.page.screenshot({ fullPage: true, animations: "disabled" });
    await paste(tab.page, { text: article });
    await tab.page.evaluate(() => document.activeElement?.blur());
    // The status line says how long the summary took: masked.
    shots.push([empty, await tab.page.screenshot({ fullPage: true, animations: "disabled", mask: [tab.page.locator("#status")] })]);
    await checkClean(assert, tab, at);
    await tab.context.close();
  }
  assert.ok(shots[1][0].equals(shots[0][0]), "the empty page: the same pixels");
  assert.ok(shots[1][1].equals(shots[0][1]), "with the seed article's summary: the same pixels (but the time it took)");
});
