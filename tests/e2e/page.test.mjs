// End-to-end: the demo page in headless Debian Chromium (playwright-core).
// Needs the built package (make build) and /usr/bin/chromium (make browser).
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = `${ROOT}tests/e2e/fixtures/seed-article.txt`;
const SHOTS = `${ROOT}target/e2e/`;
// Same flags as webdriver.json: no background traffic, no GPU, root-safe.
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

let server, origin, browser, article;

before(async () => {
  article = await readFile(SEED, "utf8");
  server = await startServer({ root: `${ROOT}www`, port: 0 });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the page and records errors and every request it makes. */
async function openPage(options = {}) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, ...options });
  const errors = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${origin}/`);
  await page.waitForSelector("#go:not([disabled])", { timeout: 10_000 }); // after init()
  return { page, errors, requests };
}

test("summarises the seed article into 3 verbatim sentences in document order", async () => {
  const { page, errors, requests } = await openPage();
  await page.fill("#input", article);
  await page.fill("#sentences", "3");
  await page.click("#go");
  await page.waitForSelector("#out li");

  const picked = await page.locator("#out li").allTextContents();
  assert.equal(picked.length, 3, `expected 3 sentences, got ${JSON.stringify(picked)}`);
  let last = -1;
  for (const sentence of picked) {
    assert.ok(sentence.trim().length > 0, "empty sentence");
    assert.ok(article.includes(sentence), `not verbatim from the article: ${JSON.stringify(sentence)}`);
    // Search after the previous match: strictly increasing positions = document order.
    const at = article.indexOf(sentence, last + 1);
    assert.ok(at > last, `out of document order: ${JSON.stringify(sentence)}`);
    last = at;
  }
  assert.doesNotMatch(await page.textContent("#status"), /could not|failed/i);

  await page.$eval("#input", (el) => el.scrollTo(0, 0)); // show the headline, not the tail
  await page.screenshot({ path: `${SHOTS}page.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${SHOTS}page-dark.png`, fullPage: true });

  assert.deepEqual(errors, []);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`));
  assert.deepEqual(foreign, [], "the page must only load its own files");
  for (const file of ["/app.js", "/style.css", "/pkg/abridge.js", "/pkg/abridge_bg.wasm"]) {
    assert.ok(requests.includes(origin + file), `${file} was not loaded`);
  }
  await page.close();
});

test("shows the summariser's RangeError for 0 sentences in #status", async () => {
  const { page, errors } = await openPage();
  await page.fill("#input", article);
  await page.fill("#sentences", "0");
  await page.click("#go");
  await page.waitForSelector("#status.error");

  assert.match(await page.textContent("#status"), /sentences/);
  assert.equal(await page.getAttribute("#sentences", "aria-invalid"), "true");
  assert.equal(await page.locator("#out li").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const { page, errors } = await openPage();
  const hostile =
    "The <img src=x onerror=alert(1)> tag must show up as text. " +
    "Markup like <b>bold</b> stays visible as well. Plain words end the sample here.";
  await page.fill("#input", hostile);
  await page.click("#go");
  await page.waitForSelector("#out li");

  assert.equal(await page.locator("#out img, #out b").count(), 0);
  const texts = await page.locator("#out li").allTextContents();
  assert.match(texts.join(" "), /<img src=x|<b>bold<\/b>/, "markup shown as text");
  assert.deepEqual(errors, []);
  await page.close();
});
