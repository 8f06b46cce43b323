// The widget fetches the module of the article's language and only that one:
// a page declaring `en`, one declaring `es`, and one declaring nothing with a
// French article (detected in JS first: the detector's first stage decides
// it) or a Finnish one (which the first stage cannot decide: the detector's
// second stage, the longer stop words, is fetched too). Each summary equals what the
// all-language module gives for the same text and options. Pages are built
// from tests/data/languages/ and served (with the strict CSP) by a route.
// Each case runs with the widget of www/ and with the widget as `make widget`
// ships it (scripts/widget.mjs: bundled, the detector one file, its CSS
// minified; built once per set of inputs by built.mjs), whose box must look the same to the pixel. Needs `make build`
// (all modules).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { builtWidget } from "./built.mjs";
import { CSP, ROOT, shown, startHarness } from "./widget-harness.mjs";

/**
 * Where each widget is, under the served repository: the sources and the built directory (set in before());
 * the detector's files (under `root`), its first stage and its second.
 */
const WIDGETS = { www: { root: "/www", script: "/www/widget/abridge-widget.js", pkg: "/www/pkg", first: ["lib/detect.js", "pkg/profiles.js"], second: ["pkg/profiles-long.js"] },
  built: { root: null, script: null, pkg: null, first: ["lib/detect.js"], second: ["lib/profiles-long.js"] } };

let harness;
/** The box's screenshot per language, with the widget of www/ (compared with the built widget's). */
const boxes = new Map();
before(async () => {
  const at = `/${path.relative(ROOT, (await builtWidget()).dir).split(path.sep).join("/")}`;
  Object.assign(WIDGETS.built, { root: at, script: `${at}/abridge-widget.js`, pkg: `${at}/pkg` });
  harness = await startHarness();
});
after(() => harness?.close());

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A news page with the sample of `code` as its article; `lang` on <html> unless null; the widget at `script`. */
async function page(code, lang, script) {
  const [title, ...paragraphs] = (await readFile(`${ROOT}tests/data/languages/${code}.txt`, "utf8")).split(/\n\s*\n/);
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>${escape(title)}</title><script type="module" src="${script}"></script></head><body>` +
    `<article><h1>${escape(title)}</h1><abridge-summary></abridge-summary>` +
    `${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("")}</article></body></html>`;
}

const CASES = [["declares en", "en", "en"], ["declares es", "es", "es"], ["declares nothing (French text)", "fr", null],
  ["declares nothing (Finnish text, the detector's second stage)", "fi", null]];
for (const [where, at] of Object.entries(WIDGETS)) for (const [name, code, lang] of CASES) {
  test(`${where}: a page that ${name}: fetches abridge-${code}_bg.wasm only; the summary is the all-language module's`, async () => {
    const html = await page(code, lang, at.script);
    const path = `/tests/e2e/fixtures/widget/lang-${code}.html`;
    const { page: tab, context, log } = await harness.open(path, {
      setup: (p) => p.route(`**${path}`, (route) => route.fulfill({ body: html, contentType: "text/html", headers: { "content-security-policy": CSP } })),
    });
    await shown(tab);
    // A detected language's words load after the summary shows (the box then re-renders in them).
    if (code !== "en") await tab.waitForFunction(() => document.querySelector("abridge-summary").heading !== "");
    const wasm = log.requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
    assert.deepEqual(wasm, [`${at.pkg}/abridge-${code}_bg.wasm`], "one module, the article's language");
    const detector = log.requests.filter((u) => /\/(detect|profiles|profiles-long)\.js$/.test(u)).map((u) => new URL(u).pathname);
    const expected = lang ? [] : [...at.first, ...(code === "fi" ? at.second : [])].map((f) => `${at.root}/${f}`);
    assert.deepEqual(detector.sort(), expected.sort(), lang ? "no detector when the language is declared" :
      `the detector to choose the module${code === "fi" ? ", both stages" : ", its first stage only"}`);
    assert.equal(log.requests.filter((u) => /\/words\/\w+\.js$/.test(u)).length, code === "en" ? 0 : 1, "the box's words: a file but for English");
    // The same text and options through the all-language module, in the same page.
    const { widget, full } = await tab.evaluate(async (declared) => {
      const w = document.querySelector("abridge-summary");
      const { readArticle } = await import("/www/widget/extract.js");
      const core = await import("/www/lib/core.js");
      const read = await readArticle(document, {});
      await core.init();
      const options = { length: "short", title: read.headline };
      if (declared) options.language = declared;
      return { widget: w.result, full: core.summarize(read.text, options) };
    }, lang);
    assert.equal(widget.language, code);
    assert.deepEqual(widget, full);
    const box = await tab.locator("abridge-summary").screenshot({ animations: "disabled" });
    if (where === "www") boxes.set(code, box);
    else assert.ok(box.equals(boxes.get(code)), "the built widget's box looks like www/'s, to the pixel");
    await harness.assertClean(tab, log);
    await context.close();
  });
}
