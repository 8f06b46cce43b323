// The widget (<abridge-summary>) on pages less tidy than the demos, in headless
// Chromium under the same strict CSP header as widget.test.mjs:
// - hard-wrapped HTML source, inline links and emphasis, lang="en-GB", and a
//   light-only page read by someone whose system is in dark mode;
// - what the article finder reads and skips (direct checks of extract.js);
// - no wasm download on a page without an article; a bad `for` selector;
//   the element moved in the page; accessibility (axe) of the demo pages.
// (The time from the box coming into view to the summary on screen is
// measured by benches/web/widget-perf.mjs, `make bench-web`.)
// Needs the built package (make build).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { shown, startHarness } from "./widget-harness.mjs";

const require = createRequire(import.meta.url);
const FIX = "/tests/e2e/fixtures/widget";

let harness, origin, open, assertClean, axeSource;

before(async () => {
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  harness = await startHarness();
  ({ origin, open, assertClean } = harness);
});

after(async () => {
  await harness?.close();
});

const collapse = (s) => s.replace(/\s+/g, " ").trim();
/** The text of each range in the page's "abridge" highlight (CSS Custom Highlight API). */
const highlighted = (page) => page.evaluate(() => [...(CSS.highlights.get("abridge") ?? [])].map((r) => r.toString()));

/** WCAG relative luminance of a computed `rgb()`/`color(srgb …)` colour (alpha ignored). */
function luminance(css) {
  const nums = css.match(/[\d.]+/g).map(Number);
  const rgb = css.startsWith("color(") ? nums.slice(0, 3) : nums.slice(0, 3).map((v) => v / 255);
  const lin = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("hard-wrapped HTML, inline markup, lang=en-GB: whole sentences, exact highlights without a DOM change", async () => {
  const { page, context, log } = await open(`${FIX}/wrapped.html`);
  const original = await page.evaluate(() => document.querySelector("article").innerHTML);
  const sentences = await shown(page);
  assert.equal(sentences.length, 3);
  const article = collapse(await page.evaluate(() =>
    [...document.querySelectorAll("article p")].map((p) => p.textContent).join(" ")));
  for (const s of sentences) {
    // Single spaces (the source's line breaks collapsed), verbatim, and a
    // whole sentence: the source's line breaks are not sentence breaks.
    assert.equal(s, collapse(s), `white space not collapsed: ${JSON.stringify(s)}`);
    assert.ok(article.includes(s), `not from the article: ${s}`);
    assert.match(s, /^[A-Z].*\.$/, `a fragment, not a sentence: ${s}`);
  }
  assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").result.language), "en");
  // Highlights: ranges in CSS.highlights, whose text per sentence is the
  // sentence (source white space aside); the article's DOM is not touched.
  const marked = await highlighted(page);
  assert.ok(marked.length >= 3);
  assert.equal(collapse(marked.join(" ")).replace(/ ([,.])/g, "$1"), sentences.join(" "));
  assert.ok(await page.evaluate(() => [...CSS.highlights.get("abridge")].some((r) => r.startContainer.parentElement.matches("article a"))),
    "a link's text is highlighted inside the link");
  assert.equal(await page.evaluate(() => document.querySelector("article").innerHTML), original, "no DOM change");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("article p"), "::highlight(abridge)").backgroundColor),
    "rgb(200, 230, 255)", "the page's own highlight style wins over the widget's default");
  // Removing the attribute removes the highlights.
  await page.evaluate(() => document.querySelector("abridge-summary").removeAttribute("highlight"));
  assert.deepEqual(await highlighted(page), []);
  await page.evaluate(() => { document.querySelector("abridge-summary").highlight = true; });
  assert.ok((await highlighted(page)).length >= 3, "highlight again via the property");
  assert.equal(await page.evaluate(() => document.querySelector("article").innerHTML), original);
  await assertClean(page, log);
  await context.close();
});

test("a light-only page stays light for a reader in dark mode; a dark-capable page goes dark", async () => {
  for (const [path, expectLight] of [[`${FIX}/wrapped.html`, true], ["/www/demo/news.html", false]]) {
    const { page, context, log } = await open(path, { colorScheme: "dark" });
    await shown(page);
    const c = await page.evaluate(() => {
      const root = document.querySelector("abridge-summary").shadowRoot;
      return { page: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(root.querySelector("li")).color };
    });
    const pageIsLight = luminance(c.page) > 0.5;
    assert.equal(pageIsLight, expectLight, `${path}: page background ${c.page}`);
    // The box's background is a 4 % tint of the text colour over the page, so
    // the page's background decides; the text must contrast with it.
    assert.ok(contrast(c.text, c.page) >= 7, `${path}: text ${c.text} on ${c.page}`);
    await assertClean(page, log);
    await context.close();
  }
});

test("the article finder reads the story and skips the furniture around and inside it", async () => {
  const { page, context, log } = await open(`${FIX}/skip.html`);
  const found = await page.evaluate(async () => {
    const { readArticle } = await import("/www/widget/extract.js");
    const read = await readArticle(document);
    return { cls: read?.root.className, text: read?.text, title: read?.headline, method: read?.method, lang: read?.lang };
  });
  assert.equal(found.cls, "story", "the story, not the teaser <article> in the sidebar");
  assert.equal(found.method, "article");
  assert.equal(found.lang, "en");
  assert.equal(found.title, "Ferry service resumes");
  assert.equal(found.text, [
    "The island ferry resumed its full timetable on Tuesday after a three-week strike by crews ended with a new pay deal.",
    "Operators said the first boats were full by seven in the morning, and extra crossings were added for the weekend.",
    "The union said the deal raises wages by eight percent over two years and limits night shifts.",
  ].join("\n\n"));
  const sentences = await shown(page);
  assert.ok(sentences.length >= 1 && sentences.every((s) => !s.includes("FURNITURE")), sentences.join("\n"));

  // Div soup: no <article>, itemprop or <main>; the densest block of paragraphs wins.
  await page.goto(`${origin}${FIX}/soup.html`);
  const soup = await page.evaluate(async () => {
    const { readArticle } = await import("/www/widget/extract.js");
    const read = await readArticle(document);
    return { cls: read?.root.className, text: read?.text, method: read?.method };
  });
  assert.equal(soup.cls, "content");
  assert.equal(soup.method, "scored");
  assert.equal(soup.text.split("\n\n").length, 3);
  assert.equal((await shown(page)).length, 2);
  await assertClean(page, log);
  await context.close();
});

test("no article: the box hides, warns once, and the wasm is never downloaded; a bad `for` fails quietly", async () => {
  const { page, context, log } = await open(`${FIX}/empty.html`);
  await page.waitForFunction(() => document.querySelector("abridge-summary").hidden);
  await page.waitForTimeout(300);
  assert.ok(!log.requests.some((u) => u.endsWith(".wasm")), "no wasm for a page without an article");
  assert.equal(log.warnings.filter((w) => w.includes("abridge-summary")).length, 1);
  // An invalid selector set later: one more warning at most, never an exception in the page.
  const events = await page.evaluate(() => new Promise((resolve) => {
    const w = document.createElement("abridge-summary");
    w.setAttribute("for", "!! not a selector");
    w.addEventListener("abridge-error", (e) => resolve(String(e.detail.error)), { once: true });
    document.body.append(w);
  }));
  assert.match(events, /SyntaxError|not a valid selector/);
  await assertClean(page, log);
  await context.close();
});

test("no serious or critical axe violations on the demo pages, shadow DOM included, light and dark", async () => {
  for (const path of ["/www/demo/news.html", "/www/demo/plain.html"]) {
    for (const colorScheme of ["light", "dark"]) {
      const { page, context, log } = await open(path, { colorScheme });
      await shown(page);
      // Through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] })).then((r) => r.violations))
        .filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], `${path} ${colorScheme}`);
      // The toggle says what it hides.
      const name = await page.evaluate(() => document.querySelector("abridge-summary").shadowRoot.querySelector("button").textContent);
      assert.match(collapse(name), /^Hide (Key points|In short)$/);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});
