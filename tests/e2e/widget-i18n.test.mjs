// The box speaks the page's language (issue 13): its words chosen from the
// element's `lang`, else the article's or the page's declared language, else
// the detected one, English last; each word overridable by attribute or
// property; one small words file fetched for a non-English page, none for an
// English one. And a key point that opens a quotation it does not close is
// shown with the closing mark while the result and the highlight stay
// verbatim. Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { mkdir } from "node:fs/promises";
import { ROOT, shown, startHarness } from "./widget-harness.mjs";

const SHOTS = `${ROOT}target/screenshots`;

const FIX = "/tests/e2e/fixtures/widget";
let harness, open, assertClean;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  harness = await startHarness();
  ({ open, assertClean } = harness);
});

after(async () => {
  await harness?.close();
});

/** The box's own words as shown: heading, toggle (visible and read-out text), note, its lang. */
const chrome = (page, selector) => page.evaluate((sel) => {
  const root = document.querySelector(sel).shadowRoot;
  return {
    lang: root.querySelector(".box").lang,
    heading: root.querySelector("h2").textContent,
    toggle: root.querySelector("button").textContent.replace(/\s+/g, " ").trim(),
    note: root.querySelector(".note").textContent,
  };
}, selector);

/** Waits until the box's heading reads `text` (its words file may arrive after the summary). */
const heading = (page, selector, text) => page.waitForFunction(([sel, t]) =>
  document.querySelector(sel).shadowRoot.querySelector("h2").textContent === t, [selector, text]);

/** Waits for the box's words, then asserts them: its lang, heading, toggle ("<hide> <heading>") and note. */
async function speaks(page, selector, lang, [title, hide, note]) {
  await heading(page, selector, title);
  assert.deepEqual(await chrome(page, selector), { lang, heading: title, toggle: `${hide} ${title}`, note });
}

const wordFiles = (log) => log.requests.filter((u) => u.includes("/widget/words/")).map((u) => u.slice(u.lastIndexOf("/") + 1));

/** Shows every sentence; returns [shown item, verbatim result text, highlighted text] for the one starting with `opening`. */
async function quoted(page, selector, opening) {
  await page.evaluate((sel) => { document.querySelector(sel).sentences = 99; }, selector);
  await page.waitForFunction((sel) => document.querySelector(sel).result?.sentences.length > 5, selector);
  return page.evaluate(([sel, mark]) => {
    const w = document.querySelector(sel);
    const i = w.result.sentences.findIndex((s) => s.text.startsWith(mark));
    const ranges = [...(CSS.highlights.get("abridge") ?? [])].map((r) => r.toString());
    const verbatim = w.result.sentences[i].text;
    return [w.shadowRoot.querySelectorAll("li")[i].textContent, verbatim, ranges.find((r) => r.startsWith(mark)) ?? null];
  }, [selector, opening]);
}

test('lang="es" page: the box speaks Spanish; a quotation left open is closed on screen only', async () => {
  const { page, context, log } = await open(`${FIX}/lang-es.html`);
  await shown(page, "#es");
  await speaks(page, "#es", "es", ["Puntos clave", "Ocultar", "Elegido en tu navegador por abridge; no se ha enviado nada."]);
  assert.equal(await page.evaluate(() => document.querySelector("#es").result.language), "es");
  assert.deepEqual(wordFiles(log), ["es.js"], "one words file, the page's language");
  await page.screenshot({ path: `${SHOTS}/widget-es.png` });
  const [item, verbatim, highlight] = await quoted(page, "#es", "«Este puente");
  assert.equal(verbatim, "«Este puente unirá por fin los dos barrios del puerto.");
  assert.equal(item, `${verbatim}»`, "shown with the closing mark");
  assert.equal(highlight, verbatim, "the highlight is the verbatim sentence");
  await assertClean(page, log);
  await context.close();
});

test('lang="de" article on a page without lang: German; the element\'s own lang and attribute/property overrides win', async () => {
  const { page, context, log } = await open(`${FIX}/lang-de.html`);
  await shown(page, "#de");
  await shown(page, "#own");
  await speaks(page, "#de", "de", ["Das Wichtigste", "Ausblenden", "Von abridge in Ihrem Browser ausgewählt; nichts wurde gesendet."]);
  // lang="it" on the element: Italian words; `heading` and `hide-label` attributes override two.
  await page.waitForFunction(() => document.querySelector("#own").shadowRoot.querySelector(".note").textContent.startsWith("Scelto"));
  await speaks(page, "#own", "it", ["In sintesi", "Chiudi", "Scelto nel tuo browser da abridge; non è stato inviato nulla."]);
  // Properties reflect to the attributes; collapsing shows the (Italian) show label.
  await page.evaluate(() => {
    const w = document.querySelector("#own");
    w.note = "Calcolato sul tuo dispositivo.";
    w.collapsed = true;
  });
  assert.deepEqual(await chrome(page, "#own"), { lang: "it", heading: "In sintesi", toggle: "Mostra In sintesi", note: "Calcolato sul tuo dispositivo." });
  assert.equal(await page.evaluate(() => document.querySelector("#own").getAttribute("note")), "Calcolato sul tuo dispositivo.");
  await page.evaluate(() => { document.querySelector("#own").showLabel = "Apri"; });
  assert.equal((await chrome(page, "#own")).toggle, "Apri In sintesi");
  assert.deepEqual(wordFiles(log).sort(), ["de.js", "it.js"]);
  await page.screenshot({ path: `${SHOTS}/widget-de.png` });
  const [item, verbatim] = await quoted(page, "#de", "„Diese Brücke");
  assert.equal(item, `${verbatim}“`, "German quotation closed with “");
  await assertClean(page, log);
  await context.close();
});

test("no language declared: the detected one (French); English pages stay English and fetch no words", async () => {
  const { page, context, log } = await open(`${FIX}/lang-detect.html`);
  await shown(page);
  assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").result.language), "fr");
  await speaks(page, "abridge-summary", "fr", ["Points clés", "Masquer", "Choisi dans votre navigateur par abridge ; rien n’a été envoyé."]);
  await assertClean(page, log);
  await context.close();

  for (const path of [`${FIX}/two.html`, `${FIX}/wrapped.html`]) {
    const english = await open(path);
    await shown(english.page);
    const words = await chrome(english.page, "abridge-summary");
    assert.equal(words.heading, "Key points");
    assert.equal(words.toggle, "Hide Key points");
    assert.equal(words.note, "Picked in your browser by abridge; nothing was sent anywhere.");
    assert.deepEqual(wordFiles(english.log), [], `${path}: no words file for English`);
    await english.context.close();
  }
});

test("every language has its six words, none empty", async () => {
  const codes = ["ar", "da", "de", "el", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ro", "ru", "sv", "ta", "tr"];
  for (const code of codes) {
    const words = (await import(`../../www/widget/words/${code}.js`)).default.split("|");
    assert.equal(words.length, 6, code);
    assert.ok(words.every((w) => w.trim() === w && w.length > 0), `${code}: ${words}`);
  }
});
