// The widget fetches the module of the article's language and only that one:
// a page declaring `en`, one declaring `es`, and one declaring nothing with a
// French article (detected in JS first). Each summary equals what the
// all-language module gives for the same text and options. Pages are built
// from tests/data/languages/ and served (with the strict CSP) by a route.
// Needs `make build` (all modules).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { CSP, ROOT, shown, startHarness } from "./widget-harness.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A news page with the sample of `code` as its article; `lang` on <html> unless null. */
async function page(code, lang) {
  const [title, ...paragraphs] = (await readFile(`${ROOT}tests/data/languages/${code}.txt`, "utf8")).split(/\n\s*\n/);
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ""}><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>${escape(title)}</title><script type="module" src="/www/widget/abridge-widget.js"></script></head><body>` +
    `<article><h1>${escape(title)}</h1><abridge-summary></abridge-summary>` +
    `${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("")}</article></body></html>`;
}

for (const [name, code, lang] of [["declares en", "en", "en"], ["declares es", "es", "es"], ["declares nothing (French text)", "fr", null]]) {
  test(`a page that ${name}: fetches abridge-${code}_bg.wasm only; the summary is the all-language module's`, async () => {
    const html = await page(code, lang);
    const path = `/tests/e2e/fixtures/widget/lang-${code}.html`;
    const { page: tab, context, log } = await harness.open(path, {
      setup: (p) => p.route(`**${path}`, (route) => route.fulfill({ body: html, contentType: "text/html", headers: { "content-security-policy": CSP } })),
    });
    await shown(tab);
    const wasm = log.requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname);
    assert.deepEqual(wasm, [`/www/pkg/abridge-${code}_bg.wasm`], "one module, the article's language");
    const detector = log.requests.filter((u) => /\/(detect|profiles)\.js$/.test(u)).length;
    assert.equal(detector, lang ? 0 : 2, lang ? "no detector when the language is declared" : "the detector, to choose the module");
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
    await harness.assertClean(tab, log);
    await context.close();
  });
}
