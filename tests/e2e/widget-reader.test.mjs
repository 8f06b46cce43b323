// How the widget finds and reads the article on templates it has never seen
// (issue 13, patterns A–D; issue 17, pages without an article, XHTML, shadow
// roots), in headless Chromium under the strict CSP of widget-harness.mjs.
// Each fixture in tests/e2e/fixtures/widget/reader/ marks its article text
// with `data-truth` (an attribute the reader never looks at); the test checks
// that the text read holds the whole article (token recall ≥ 0.95), little
// else (precision), and that every key point comes from the article.
// Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { writePages } from "./big-pages.mjs";
import { recall, tokens, truthTexts } from "./reader-score.mjs";
import { ROOT, shown, startHarness } from "./widget-harness.mjs";

const DIR = "/tests/e2e/fixtures/widget/reader";
const files = readdirSync(`${ROOT}${DIR.slice(1)}`).filter((f) => f.endsWith(".html")).sort();
/** How each article page must be found (the `method` of readArticle / the event). */
const METHOD = {
  "a-hatnote.html": "main", "a-notes.html": "article", "a-upnext.html": "article", "b-author.html": "article",
  "b-main.html": "main", "c-blogger.html": "itemprop", "c-containers.html": "scored", "c-rfc-pre.html": "scored",
  "d-sections.html": "scored", "d-split.html": "scored", "shadow.html": "scored",
};

let harness, open, assertClean;
const rows = [];

before(async () => {
  harness = await startHarness();
  ({ open, assertClean } = harness);
});

after(async () => {
  if (rows.length) {
    console.log("article reading on the fixtures (tests/e2e/widget-reader.test.mjs):");
    console.table(rows);
  }
  await harness?.close();
});

const collapse = (s) => s.replace(/\s+/g, " ").trim();

/** readArticle() on the open page, and the `data-truth` text (shadow roots included). */
const read = async (page) => {
  const truth = await page.evaluate(truthTexts);
  const found = await page.evaluate(async () => {
    const { readArticle } = await import("/www/widget/extract.js");
    const t0 = performance.now();
    const r = await readArticle(document);
    const ms = performance.now() - t0;
    return r && { text: r.text, method: r.method, lang: r.lang, headline: r.headline, ms };
  });
  return found && { ...found, truth };
};

for (const file of files.filter((f) => !f.startsWith("none-"))) {
  test(`${file}: the whole article is read and every key point comes from it`, async () => {
    const { page, context, log } = await open(`${DIR}/${file}`);
    const found = await read(page);
    assert.ok(found, "an article is found");
    const truth = found.truth.join("\n");
    const r = recall(tokens(truth), tokens(found.text));
    const p = recall(tokens(found.text), tokens(truth));
    const event = page.evaluate(() => new Promise((resolve) => {
      document.querySelector("abridge-summary").addEventListener("abridge-summary", (e) => resolve(e.detail.method), { once: true });
    }));
    const points = await shown(page);
    rows.push({ fixture: file, method: found.method, recall: +r.toFixed(3), precision: +p.toFixed(3), "read ms": +found.ms.toFixed(1), "key points": points.length });
    assert.ok(r >= 0.95, `token recall ${r.toFixed(3)} < 0.95; read:\n${found.text}`);
    assert.ok(p >= 0.85, `token precision ${p.toFixed(3)} < 0.85 (furniture read as article); read:\n${found.text}`);
    assert.equal(found.method, METHOD[file]);
    const body = collapse(truth);
    for (const s of points) assert.ok(body.includes(collapse(s)), `key point not from the article body: ${s}`);
    // The event says how the article was found (it may have fired before we listened).
    const method = await Promise.race([event, page.waitForTimeout(200).then(() => null)]);
    if (method !== null) assert.equal(method, found.method);
    await assertClean(page, log);
    await context.close();
  });
}

for (const file of files.filter((f) => f.startsWith("none-"))) {
  test(`${file}: no article, so the box hides and the wasm is never fetched`, async () => {
    const { page, context, log } = await open(`${DIR}/${file}`);
    assert.equal(await read(page), null);
    await page.waitForFunction(() => document.querySelector("abridge-summary").hidden);
    await page.waitForTimeout(200);
    assert.ok(!log.requests.some((u) => u.endsWith(".wasm")), "no wasm without an article");
    rows.push({ fixture: file, method: "none (hidden)" });
    await assertClean(page, log);
    await context.close();
  });
}

test("XHTML (application/xhtml+xml): tag names are read case-insensitively, furniture still skipped", async () => {
  const { page, context, log } = await open(`${DIR}/b-author.html`);
  const xhtml = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>XHTML story</title></head><body>
<nav><p>Home, News, Sport, Weather, and the other sections of the site, listed for the reader.</p></nav>
<article><h1>Market reopens</h1>
<figure><figcaption>A caption that is not part of the story, written as a long sentence, with commas.</figcaption></figure>
<p>The covered market reopened on Saturday after a year of repairs to its roof, and traders said the first morning was the busiest they had seen in a decade.</p>
<p>The city spent two million on new glass and steel, and the stalls now have proper drains, which the fishmongers had asked for since the nineteen-nineties.</p>
</article><footer><p>Footer text of the XHTML page, which must not be read.</p></footer></body></html>`;
  await page.route("**/story.xhtml", (route) => route.fulfill({ contentType: "application/xhtml+xml", body: xhtml }));
  await page.goto(`${harness.origin}${DIR}/story.xhtml`);
  assert.equal(await page.evaluate(() => document.contentType), "application/xhtml+xml");
  const found = await page.evaluate(async () => {
    const { readArticle } = await import("/www/widget/extract.js");
    const r = await readArticle(document);
    return r && { text: r.text, method: r.method };
  });
  assert.equal(found?.method, "article");
  assert.ok(found.text.startsWith("The covered market reopened"), found.text);
  assert.ok(!/caption|Footer|Home, News/.test(found.text), found.text);
  await assertClean(page, log);
  await context.close();
});

test("readArticle rejects with an AbortError when its signal aborts", async () => {
  const { page, context, log } = await open(`${DIR}/d-sections.html`);
  const name = await page.evaluate(async () => {
    const { readArticle } = await import("/www/widget/extract.js");
    const controller = new AbortController();
    const pending = readArticle(document, { signal: controller.signal });
    controller.abort();
    return pending.then(() => "resolved", (e) => e.name);
  });
  assert.equal(name, "AbortError");
  await assertClean(page, log);
  await context.close();
});

// The biggest generated page, one 5 MB text node (how long it and the others
// take: benches/web/widget-perf.mjs; a live blog: widget-shift.test.mjs).
test("text-node-5mb: the widget reads and summarises it, with no error", async () => {
  const dir = writePages("target/widget-big", { names: ["text-node-5mb"] });
  const { page, context, log } = await open(`/${dir}/text-node-5mb.html`);
  const items = await shown(page);
  assert.ok(items.length >= 1, "a summary");
  assert.ok(items.every((s) => s.length > 0), JSON.stringify(items));
  await assertClean(page, log);
  await context.close();
});
