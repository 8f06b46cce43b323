// End-to-end: the paste-in page in headless Debian Chromium (playwright-core).
// Needs the built package (make build) and /usr/bin/chromium (make browser).
// Helpers: page-harness.mjs. Offline and accessibility are in page-offline
// and page-a11y.test.mjs; timings in benches/web/page-perf.mjs; screenshots
// in scripts/screenshots.mjs.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { checkClean, currentRun, dropFile, launch, MARKDOWN, openPage, paste, readSeed, serve, stopServer, waitRun, waitSaved } from "./page-harness.mjs";
import { closeQuotes } from "../../www/widget/quote.js";

let server, origin, browser, article;

before(async () => {
  article = await readSeed();
  ({ server, origin } = await serve());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

const summaryTexts = (page) => page.locator("#summary .jump").allTextContents();
const collapse = (s) => s.replace(/\s+/g, " ").trim();


/** Every summary sentence is verbatim from `text` (whitespace collapsed), in document order. */
function assertVerbatimInOrder(picked, text) {
  const flat = collapse(text);
  let last = -1;
  for (const shownSentence of picked) {
    // A quotation the sentence leaves open (or closes unopened) is shown balanced (closeQuotes);
    // what is left without the added marks is verbatim.
    const sentence = [shownSentence, shownSentence.replace(/[”“»«"]+$/u, ""), shownSentence.replace(/^[“„«»"]\s?/u, "")]
      .find((s) => flat.includes(s)) ?? shownSentence;
    assert.equal(closeQuotes(sentence), shownSentence);
    assert.ok(sentence.length > 0, "empty sentence");
    const at = flat.indexOf(sentence, last + 1);
    assert.ok(at > last, `not verbatim or out of order: ${JSON.stringify(sentence)}`);
    last = at;
  }
}

test("paste the seed article: 3 sentences, 3 highlights, live length control, no foreign requests", async () => {
  const session = await openPage(browser, origin);
  const { page, requests } = session;
  const run = await paste(page, { text: article });
  assert.equal(run.path, "direct");

  const picked = await summaryTexts(page);
  assert.equal(picked.length, 3, JSON.stringify(picked));
  assertVerbatimInOrder(picked, article);
  // Highlights in place: one first-fragment mark per sentence, each the sentence's text.
  assert.equal(await page.locator("#original mark.pick.first").count(), 3);
  for (let n = 1; n <= 3; n++) {
    const text = await page.$$eval(`#original mark.pick[data-n="${n}"]`, (ms) => ms.map((m) => m.textContent).join("\n"));
    assert.equal(closeQuotes(collapse(text)), picked[n - 1], "the highlight is the verbatim sentence");
  }
  // The marks are shaded by score through a CSSOM custom property.
  const shades = await page.$$eval("#original mark.pick.first", (ms) => ms.map((m) => Number(m.style.getPropertyValue("--shade"))));
  assert.ok(shades.every((s) => s > 0 && s <= 1) && shades.includes(1), JSON.stringify(shades));
  assert.match(await page.textContent("#stat-in"), /^\d{3}$/);
  assert.match(await page.textContent("#stat-reduction"), /^\d+%$/);
  assert.match(await page.textContent("#stat-lang"), /English/);

  // Move the length control with the keyboard: the summary follows, no button pressed.
  let before = await currentRun(page);
  await page.focus("#amount");
  await page.keyboard.press("ArrowRight");
  await waitRun(page, before);
  assert.equal((await summaryTexts(page)).length, 4);
  assert.equal(await page.locator("#original mark.pick.first").count(), 4);
  assert.equal(await page.locator('input[name="preset"]:checked').count(), 0, "4 sentences is no preset");

  // Presets and percent.
  before = await currentRun(page);
  await page.click('label:has(input[name="preset"][value="long"])');
  await waitRun(page, before);
  assert.equal((await summaryTexts(page)).length, 7);
  before = await currentRun(page);
  await page.selectOption("#unit", "percent");
  await waitRun(page, before);
  assert.equal(await page.inputValue("#amount"), "40");
  // The engine's ratio counts only real sentences (not headings or captions).
  const n40 = (await summaryTexts(page)).length;
  before = await currentRun(page);
  await page.focus("#amount");
  await page.keyboard.press("End");
  await waitRun(page, before);
  assert.equal(await page.inputValue("#amount"), "100");
  const n100 = (await summaryTexts(page)).length;
  assert.ok(n40 >= 1 && n100 > n40, `40%: ${n40}, 100%: ${n100}`);

  // Clicking a summary sentence focuses its mark in the article.
  await page.click("#summary .jump >> nth=0");
  assert.equal(await page.evaluate(() => document.activeElement?.matches("mark.pick.first[data-n='1']")), true);

  await checkClean(assert, session, origin);
  for (const file of ["/app.js", "/style.css", "/lib/core.js", "/pkg/abridge.js", "/pkg/abridge-en_bg.wasm"]) {
    assert.ok(requests.includes(origin + file), `${file} was not loaded`);
  }
  await session.context.close();
});

test("a key point from inside a quotation is shown balanced; the marked article stays verbatim", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  const quote = [
    "The mayor spoke to reporters on Tuesday about the harbour bridge.",
    "“We will rebuild the bridge before the winter.",
    "It will take three years and cost less than planned,” she said.",
  ].join(" ");
  await paste(page, { text: quote });
  const picked = await summaryTexts(page);
  assert.deepEqual(picked, [
    "The mayor spoke to reporters on Tuesday about the harbour bridge.",
    "“We will rebuild the bridge before the winter.”",
    "“It will take three years and cost less than planned,” she said.",
  ]);
  const marked = await page.$$eval("#original mark.pick.first", (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marked.slice(1), ["“We will rebuild the bridge before the winter.", "It will take three years and cost less than planned,” she said."]);
  await checkClean(assert, session, origin);
  await session.context.close();
});

test("types: TL;DR is one paragraph, Headline is cut to the word budget", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  await paste(page, { text: article });
  let before = await currentRun(page);
  await page.click('label:has(input[value="tldr"])');
  await waitRun(page, before);
  assert.equal(await page.locator("#summary p.tldr .jump").count(), 1, "tldr short = 1 sentence");

  before = await currentRun(page);
  await page.click('label:has(input[value="headline"])');
  await waitRun(page, before);
  const headline = await page.textContent("#summary .headline");
  assert.ok(headline.split(/\s+/).length <= 12, headline);
  assert.equal(await page.inputValue("#unit"), "words");
  assert.equal(await page.isDisabled("#unit"), true);

  before = await currentRun(page);
  await page.click('label:has(input[value="key-points"])');
  await waitRun(page, before);
  assert.equal((await summaryTexts(page)).length, 3);
  await checkClean(assert, session, origin);
  await session.context.close();
});

test("language override lists languages() and is used", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  await paste(page, { text: article });
  const values = await page.$$eval("#language option", (os) => os.map((o) => o.value));
  assert.equal(values[0], "auto");
  assert.equal(values.length, 19, JSON.stringify(values));
  const before = await currentRun(page);
  await page.selectOption("#language", "de");
  await waitRun(page, before);
  assert.match(await page.textContent("#stat-lang"), /German.*chosen/);
  await session.context.close();
});

test("pasted HTML keeps its paragraphs and drops the markup", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  const html = `<html><head><style>p{color:red}</style><title>Doc title</title></head><body>
    <h1>City <b>council</b> votes</h1>
    <p>The council approved the new <a href="https://example.com/x">bike lanes</a> on Monday evening.</p>
    <p>Work   starts in <em>May</em>,<br>officials said.</p>
    <script>window.__pwned = true</script><img id="evil" src="x" onerror="window.__pwned = true">
    <ul><li>First item here.</li><li>Second item here.</li></ul></body></html>`;
  await paste(page, { text: "plain fallback", html });
  const value = await page.inputValue("#input");
  assert.equal(value, [
    "City council votes",
    "The council approved the new bike lanes on Monday evening.",
    "Work starts in May,",
    "officials said.",
    "First item here.",
    "Second item here.",
  ].join("\n\n"));
  assert.equal(await page.evaluate(() => window.__pwned ?? false), false);
  assert.equal(await page.locator("#evil, #original a, #original b, #summary b").count(), 0);
  await checkClean(assert, session, origin);
  await session.context.close();
});

test("a dropped Markdown file becomes plain text and is summarised", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  await dropFile(page, { name: "story.md", text: MARKDOWN, type: "text/markdown" });
  assert.equal(await page.inputValue("#input"),
    "Flood defences finished\n\nThe new wall protects the old town from spring floods.\n\nBuilders finished two weeks early.\nThe cost stayed within the budget.");
  assert.ok((await summaryTexts(page)).length >= 1);
  await session.context.close();
});

test("a keyword chip highlights its occurrences; clicking again clears them", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  await paste(page, { text: article });
  const chip = page.locator("#keywords .chip").first();
  const word = await chip.getAttribute("data-word");
  await chip.click();
  assert.equal(await chip.getAttribute("aria-pressed"), "true");
  const marked = await page.locator("#original mark.kw").allTextContents();
  assert.ok(marked.length >= 2, `only ${marked.length} occurrences of ${word}`);
  const stem = word.toLowerCase().slice(0, 4);
  for (const m of marked) assert.ok(m.toLowerCase().startsWith(stem), `${m} is not a form of ${word}`);
  // Every occurrence of the exact word (as a whole word) is marked.
  const exact = article.match(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "giu")).length;
  assert.ok(marked.length >= exact, `${marked.length} < ${exact}`);
  await chip.click();
  assert.equal(await page.locator("#original mark.kw").count(), 0);
  await session.context.close();
});

test("copy as Markdown gives a bulleted list; plain text uses bullets too", async () => {
  const session = await openPage(browser, origin, {
    contextOptions: { permissions: ["clipboard-read", "clipboard-write"] },
  });
  const { page } = session;
  await paste(page, { text: article });
  const picked = await summaryTexts(page);
  await page.click("#copy-md");
  await page.waitForSelector("#toast.show");
  const md = await page.evaluate(() => navigator.clipboard.readText());
  const lines = md.trimEnd().split("\n");
  assert.equal(lines.length, 3, md);
  for (const [i, line] of lines.entries()) {
    assert.ok(line.startsWith("- "), line);
    assert.equal(line.slice(2).replace(/\\(.)/g, "$1"), picked[i]);
  }
  await page.click("#copy-text");
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith("• ")));

  // Download: a Blob URL, nothing uploaded.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-md")]);
  assert.equal(download.suggestedFilename(), "summary.md");
  assert.ok(download.url().startsWith("blob:"));
  await checkClean(assert, session, origin);
  await session.context.close();
});

test("reload restores the text and the settings, also right after a change", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  await paste(page, { text: article });
  const before = await currentRun(page);
  await page.click('label:has(input[name="preset"][value="medium"])');
  await waitRun(page, before);
  await waitSaved(page, "amount", 5); // medium: 5 sentences
  await page.reload();
  await page.waitForSelector("html[data-ready]", { state: "attached" });
  await waitRun(page, 0);
  assert.equal(await page.inputValue("#input"), article);
  assert.equal(await page.isChecked('input[name="preset"][value="medium"]'), true);
  assert.equal((await summaryTexts(page)).length, 5);
  // A change the debounced save has not written yet is saved when the page is left.
  await page.click('label:has(input[name="preset"][value="short"])');
  await page.reload();
  await page.waitForSelector("html[data-ready]", { state: "attached" });
  assert.equal(await page.isChecked('input[name="preset"][value="short"]'), true, "a reload right after a change keeps it");
  await session.context.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const session = await openPage(browser, origin);
  const { page } = session;
  const hostile =
    "The <img src=x onerror=alert(1)> tag must show up as text. " +
    "Markup like <b>bold</b> stays visible as well. Plain words end the sample here.";
  await paste(page, { text: hostile });
  assert.equal(await page.locator("#summary img, #summary b, #original img, #original b").count(), 0);
  const texts = await summaryTexts(page);
  assert.match(texts.join(" "), /<img src=x|<b>bold<\/b>/, "markup shown as text");
  await checkClean(assert, session, origin);
  await session.context.close();
});
