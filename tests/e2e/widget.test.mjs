// The news-site widget (<abridge-summary>, www/widget/) in headless Chromium
// (playwright-core): the two demo pages, XSS payloads in the article, two
// widgets on a page, a page without an article, lazy loading, highlighting,
// and the host page's CSP. Every page is served with
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` as a header.
// (The demo pages' screenshots: scripts/screenshots.mjs, `make screenshots`.)
// Needs the built package (make build).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { closeQuotes } from "../../www/widget/quote.js";
import { ROOT, shown, startHarness } from "./widget-harness.mjs";

let harness, origin, open, assertClean, seed;
const timings = {};

before(async () => {
  seed = await readFile(`${ROOT}tests/data/seed-article.txt`, "utf8");
  harness = await startHarness();
  ({ origin, open, assertClean } = harness);
});

after(async () => {
  if (Object.keys(timings).length) console.log("widget timings (ms):", JSON.stringify(timings));
  await harness?.close();
});

for (const [name, path] of [["news page with <article>", "/www/demo/news.html"], ["plain page without <article>", "/www/demo/plain.html"]]) {
  test(`demo: ${name}: 3 sentences, all from the article body`, async () => {
    const { page, context, log } = await open(path);
    const shownItems = await shown(page);
    assert.equal(shownItems.length, 3);
    // The result is verbatim; on screen a sentence that opens a quotation gets its closing mark.
    const sentences = await page.evaluate(() => document.querySelector("abridge-summary").result.sentences.map((s) => s.text));
    sentences.forEach((s, i) => assert.equal(shownItems[i], closeQuotes(s)));
    const body = await page.evaluate(() =>
      [...document.querySelectorAll(".story-body p, .txt p")].map((p) => p.textContent).join("\n"));
    const furniture = await page.evaluate(() =>
      [...document.querySelectorAll("nav, .menu-links, figcaption, .photo-caption, .share-bar, .share-tools, .related, .related-links, .comments, .comments-area, footer, .bottom, .byline, .meta-line, .author, h1")]
        .map((e) => e.textContent.trim()).filter(Boolean));
    for (const s of sentences) {
      assert.ok(body.includes(s), `not from the article body: ${s}`);
      assert.ok(seed.includes(s), `not verbatim from the article: ${s}`);
      for (const f of furniture) assert.ok(!s.includes(f) && !f.includes(s), `from page furniture: ${s}`);
      assert.ok(!/\bU\.S\.$/.test(s), `cut after "U.S.": ${s}`);
      if (s.includes("U.S. Secretary")) assert.ok(s.includes("U.S. Secretary of State"));
    }
    assert.ok(sentences.some((s) => s.includes("U.S. Secretary of State")), "the lead sentence is among them");
    await assertClean(page, log);
    await context.close();
  });
}

test("highlight shows the chosen sentences in the article without changing its DOM; removing it clears them", async () => {
  const { page, context, log } = await open("/www/demo/plain.html"); // has `highlight`
  const before = await page.evaluate(() => document.querySelector(".txt").innerHTML);
  await shown(page);
  const verbatim = await page.evaluate(() => document.querySelector("abridge-summary").result.sentences.map((s) => s.text));
  const marked = () => page.evaluate(() => [...(CSS.highlights.get("abridge") ?? [])].map((r) => r.toString()));
  assert.equal((await marked()).join(""), verbatim.join(""));
  assert.equal(await page.evaluate(() => document.querySelector(".txt").innerHTML), before, "no DOM change");
  await page.evaluate(() => { document.querySelector("abridge-summary").highlight = false; });
  assert.deepEqual(await marked(), []);
  assert.equal(await page.evaluate(() => document.querySelector(".txt").innerHTML), before);
  await assertClean(page, log);
  await context.close();
});

test("XSS payloads in the article are shown as text and never run", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/xss.html");
  const sentences = await shown(page);
  assert.ok(sentences.some((s) => s.includes('<img src=x onerror="window.__pwned=1">')), sentences.join("\n"));
  assert.ok(sentences.some((s) => s.includes("<script>window.__pwned=3</script>")), sentences.join("\n"));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const injected = await page.evaluate(() =>
    document.querySelector("abridge-summary").shadowRoot.querySelectorAll("img, script, svg").length);
  assert.equal(injected, 0);
  await assertClean(page, log);
  await context.close();
});

test("two widgets on one page both work; attributes set length and type", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/two.html");
  const a = await shown(page, "#a");
  const b = await shown(page, "#b");
  assert.equal(a.length, 2);
  assert.equal(b.length, 1, "tldr is one paragraph");
  assert.equal(await page.evaluate(() => document.querySelector("#b").shadowRoot.querySelector("h2").textContent), "TL;DR");
  // Properties reflect attributes and re-summarise.
  await page.evaluate(() => { document.querySelector("#a").sentences = 4; });
  await page.waitForFunction(() => document.querySelector("#a").shadowRoot.querySelectorAll("li").length === 4);
  assert.equal(await page.evaluate(() => document.querySelector("#a").getAttribute("sentences")), "4");
  await assertClean(page, log);
  await context.close();
});

test("a page with no article hides the box, warns once and fires abridge-error", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/empty.html");
  await page.evaluate(() => new Promise((resolve) => {
    const w = document.querySelector("abridge-summary");
    if (w.hidden) resolve();
    w.addEventListener("abridge-error", () => resolve(), { once: true });
  }));
  assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").hidden), true);
  assert.equal(log.warnings.filter((w) => w.includes("abridge-summary")).length, 1);
  await assertClean(page, log);
  await context.close();
});

test("lazy: the wasm is fetched only when the box nears the viewport; load is not delayed", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/far.html", { viewport: { width: 1000, height: 700 } });
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  assert.ok(!log.requests.some((u) => u.endsWith(".wasm")), "no wasm before scrolling");
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const w = document.getElementById("far");
    w.addEventListener("abridge-summary", (e) => resolve(e.detail.ms), { once: true });
    w.scrollIntoView();
  }));
  assert.ok(log.requests.some((u) => /abridge-en_bg\.wasm$/.test(u)), "wasm fetched after scrolling");
  timings["visible → summary shown, first (fetch + compile + summarise)"] = Math.round(ms * 10) / 10;
  assert.ok(ms < 2000, `${ms} ms`);
  await assertClean(page, log);
  await context.close();
});

test("re-summarises when the article's text changes (single-page sites), also after being moved in the page", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/two.html");
  await shown(page, "#a");
  const prependAndWait = async (text) => {
    await page.evaluate((t) => {
      const p = document.createElement("p");
      p.textContent = t;
      document.getElementById("story").prepend(p);
    }, text);
    await page.waitForFunction((t) => [...document.querySelector("#a").shadowRoot.querySelectorAll("li")]
      .some((li) => li.textContent.startsWith(t)), text.slice(0, 30), { timeout: 5000 });
  };
  await prependAndWait("Breaking: the council also approved a new library for the harbour district after a unanimous vote on the budget.");
  // Moved (as frameworks do), the box still follows the article's text.
  await page.evaluate(() => document.body.append(document.getElementById("a")));
  await prependAndWait("Breaking: the harbour ferry will run all night during the festival week, the operator announced.");
  await assertClean(page, log);
  await context.close();
});

test("collapsed: nothing loads until the reader opens the box with its button", async () => {
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/collapsed.html");
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  assert.ok(!log.requests.some((u) => u.endsWith(".wasm")), "collapsed: no wasm yet");
  const button = page.locator("abridge-summary").locator("button"); // pierces the open shadow root
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  await button.focus();
  await page.keyboard.press("Enter");
  const sentences = await shown(page);
  assert.equal(sentences.length, 3);
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  assert.ok(log.requests.some((u) => /abridge-en_bg\.wasm$/.test(u)));
  await assertClean(page, log);
  await context.close();
});

test("make widget's directory works on its own (dist layout, own URL)", async () => {
  execFileSync(process.execPath, ["scripts/widget.mjs", "--out", "target/widget-dist"], { cwd: ROOT, stdio: "pipe" });
  const { page, context, log } = await open("/tests/e2e/fixtures/widget/dist.html");
  assert.equal((await shown(page, "#a")).length, 2);
  assert.ok(log.requests.some((u) => u.endsWith("/target/widget-dist/pkg/abridge-en_bg.wasm")));
  assert.ok(!log.requests.some((u) => u.includes("/www/")), "nothing from www/");
  await assertClean(page, log);
  await context.close();
});
