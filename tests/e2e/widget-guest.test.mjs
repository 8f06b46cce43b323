// The widget as a guest on hostile pages (issue 17): generated pages, each
// opened twice, with and without the widget, under the same strict CSP. For
// each: no uncaught error (the page without the widget has none either); the
// host's own checks give the same answers with the widget (a click handler,
// its text, a framework-style update of a text node it holds, typing in a
// contenteditable editor); the box is hidden or shows key points from the
// article. Covers highlights (CSS Custom Highlight API and the <mark>
// fallback), removal and moves while the wasm loads, the host's `hidden` and
// `display`, tampered built-ins, `sentences` clamping and a 360 px page.
// (Reading long and odd pages is covered by the reader's tests.)
// Needs the built package (make build).
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { closeQuotes } from "../../www/widget/quote.js";
import { ROOT, startHarness } from "./widget-harness.mjs";

const DIR = "target/widget-guest";
let harness;

const PARAGRAPHS = [
  "The city council approved the new harbour bridge on Tuesday after a debate that lasted most of the afternoon. The vote was twenty-one to eight. Construction is to begin in the spring and should take three years.",
  // The paragraph the host's "framework" updates in place (464 characters, as in the issue).
  "Engineers said the bridge will carry four lanes of traffic, two cycle paths and a tram line, and that its main span of 310 metres will be the longest in the region. The design was chosen from eleven entries in an international competition held last year. The winning team, a partnership of two local firms, promised that the work would not close the harbour to shipping for more than six nights. The cost is estimated at 420 million euros, most of it from the national government.",
  "Residents of the old town had asked for a tunnel instead, saying the bridge would block the view of the harbour from the cathedral square. The council rejected the idea because a tunnel would cost almost twice as much and take two years longer to build.",
  "Shop owners near the harbour welcomed the decision. Several said that the ferry, which the bridge will replace, had become unreliable, with breakdowns every few weeks during the winter. The ferry operator said it would keep its boats running until the bridge opens.",
];
const UPDATED = "Engineers now say the bridge will carry six lanes of traffic instead of four, after the council asked for more room for buses.";
const EDITOR = "Draft note from the editor:";

/** A generated page: the article (with a button, a text node the host updates, an optional
 * editor), the host's script, optional scripts that run first (tampering), and the box. */
function page({ widget, box = "<abridge-summary highlight></abridge-summary>", first = [], css = "", editor = false, extra = "" }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<title>Harbour bridge approved</title>
${css ? `<link rel="stylesheet" href="${css}">` : ""}
${first.map((src) => `<script src="${src}"></script>`).join("\n")}
${widget ? '<script type="module" src="/www/widget/abridge-widget.js"></script>' : ""}
</head><body>
<nav><a href="#">Home</a> <a href="#">City</a></nav>
${widget ? box : ""}
<article>
<h1>Harbour bridge approved</h1>
<p>${PARAGRAPHS[0]}</p>
<p id="live">${PARAGRAPHS[1]}</p>
${editor ? `<div id="editor" contenteditable="true"><p>${EDITOR} the council vote is on page two.</p></div>` : ""}
<p>${PARAGRAPHS[2]}</p>
<p>${PARAGRAPHS[3]}</p>
${extra}
</article>
<div><button id="host-btn" type="button">Like</button> <span id="host-out">not clicked</span></div>
<footer>© The Harbour Times</footer>
<script src="host.js"></script>
</body></html>`;
}

// The host page's own behaviour; a classic script, so it runs before the widget's module.
const HOST = `window.hostLog = { clicks: 0, summary: 0, error: 0 };
document.getElementById("host-btn").addEventListener("click", () => {
  document.getElementById("host-out").textContent = "clicked " + ++hostLog.clicks;
});
// A framework keeps a reference to the text node it rendered and updates it in place.
const live = document.getElementById("live");
const liveText = live.firstChild;
window.hostUpdate = (text) => { liveText.nodeValue = text; return live.textContent; };
for (const box of document.querySelectorAll("abridge-summary")) {
  box.addEventListener("abridge-summary", () => hostLog.summary++);
  box.addEventListener("abridge-error", () => hostLog.error++);
}
`;

// Scripts that run before the widget and break a built-in.
const TAMPER = {
  "define-throws": `customElements.define = () => { throw new Error("this page allows no custom elements"); };`,
  "no-textdecoder": `delete window.TextDecoder;`,
  "warn-throws": `console.warn = () => { throw new Error("console.warn is broken on this page"); };`,
  "json-broken": `JSON.stringify = () => "always the same";`,
  "no-cssstylesheet": `delete window.CSSStyleSheet;`,
  "no-highlight-api": `delete window.Highlight; Object.defineProperty(CSS, "highlights", { value: undefined });`,
};

const pages = new Map();
/** Writes the page with and without the widget; returns their paths. */
async function generate(name, options) {
  const paths = {};
  for (const widget of [true, false]) {
    const file = `${name}${widget ? "" : "-without"}.html`;
    await writeFile(`${ROOT}${DIR}/${file}`, page({ ...options, widget }));
    paths[widget ? "with" : "without"] = `/${DIR}/${file}`;
  }
  pages.set(name, paths);
  return paths;
}

before(async () => {
  await mkdir(`${ROOT}${DIR}`, { recursive: true });
  await writeFile(`${ROOT}${DIR}/host.js`, HOST);
  for (const [name, code] of Object.entries(TAMPER)) await writeFile(`${ROOT}${DIR}/${name}.js`, code);
  await writeFile(`${ROOT}${DIR}/no-display.css`, "abridge-summary { display: none; }");
  await writeFile(`${ROOT}${DIR}/wraps.css`, "body { margin: 8px; } article { overflow-wrap: break-word; }"); // the page wraps its own long words
  harness = await startHarness();
});

const figures = [];
after(async () => {
  if (figures.length) console.log(`widget guest, with vs without the widget:\n${figures.map((f) => `  ${f}`).join("\n")}`);
  await harness?.close();
});

const collapse = (s) => s.replace(/\s+/g, " ").trim();
/** The article's text as the page alone shows it, white space collapsed. */
const articleText = (page) => page.evaluate(() => document.querySelector("article")?.textContent.replace(/\s+/g, " ").trim() ?? "");

/** The box's state once it has settled: "hidden" (or not displayed), or its shown key points. */
async function settled(page, selector = "abridge-summary") {
  await page.waitForFunction((sel) => {
    const w = document.querySelector(sel);
    if (!w || !w.shadowRoot) return true; // not defined (tampered page): nothing to wait for
    return w.hidden || getComputedStyle(w).display === "none" || w.result && w.shadowRoot.querySelector("li");
  }, selector, { timeout: 15_000 });
  await page.waitForTimeout(150); // a late highlight or re-render would land here
  return page.evaluate((sel) => {
    const w = document.querySelector(sel);
    const height = w?.getBoundingClientRect().height ?? 0;
    if (!w?.shadowRoot || w.hidden || height === 0) return { hidden: true };
    return { hidden: false, items: [...w.shadowRoot.querySelectorAll("li")].map((li) => li.textContent), verbatim: w.result.sentences.map((s) => s.text) };
  }, selector);
}

/** The host's own checks: a click handler, its output, a framework-style in-place text
 * update, and (with an editor) typing at the end of the editor's text; `widget`: the
 * page has the box, whose re-summary the typing waits for half-way. */
async function hostChecks(page, { editor = false, widget = true } = {}) {
  await page.click("#host-btn");
  const out = { clicked: await page.textContent("#host-out") };
  out.updated = await page.evaluate((text) => window.hostUpdate(text), UPDATED);
  out.liveAfter = await page.evaluate(() => document.getElementById("live").textContent);
  if (editor) {
    await page.click("#editor p");
    await page.keyboard.press("End");
    await page.keyboard.type(" Check the figures");
    if (widget) await page.waitForTimeout(700); // the widget re-summarises after typing (debounced)
    await page.keyboard.type(" again.");
    out.editor = await page.textContent("#editor");
  }
  return out;
}

/** Opens both variants, runs the host's checks in each, and compares them. */
async function compare(name, { editor = false, setup, during } = {}) {
  const paths = pages.get(name);
  const without = await harness.open(paths.without, { setup });
  await without.page.waitForLoadState("load");
  const article = await articleText(without.page);
  const expected = await hostChecks(without.page, { editor, widget: false });
  assert.deepEqual(without.log.errors, [], "the page alone has no errors");
  await without.context.close();

  const withWidget = await harness.open(paths.with, { setup });
  await during?.(withWidget.page);
  const box = await settled(withWidget.page);
  const actual = await hostChecks(withWidget.page, { editor });
  assert.deepEqual(actual, expected, "the host's own checks give the same answers with the widget");
  assert.equal(expected.liveAfter, UPDATED, "the framework's update shows exactly its text");
  if (!box.hidden) {
    assert.ok(box.items.length > 0);
    box.verbatim.forEach((sentence, i) => {
      assert.ok(article.includes(sentence), `not from the article: ${sentence}`);
      assert.equal(box.items[i], closeQuotes(sentence), "shown as the sentence, quotations balanced");
    });
  }
  assert.deepEqual(withWidget.log.errors, [], "no uncaught error with the widget");
  figures.push(`${name}: host checks equal (click "${actual.clicked}", updated paragraph ${actual.liveAfter.length} chars` +
    `${editor ? `, editor "${actual.editor.slice(-25)}"` : ""}); box ${box.hidden ? "hidden" : `shows ${box.items.length} key points from the article`}; ` +
    `uncaught errors 0; warnings ${withWidget.log.warnings.length}`);
  return { ...withWidget, box, actual };
}

test("highlight through CSS.highlights: no DOM change; the framework's text update and typing in an editor work", async () => {
  await generate("highlight", { editor: true, box: '<abridge-summary highlight sentences="99"></abridge-summary>' });
  const paths = pages.get("highlight");
  // The article's DOM with the box highlighting equals the page's own.
  const alone = await harness.open(paths.without);
  const html = await alone.page.evaluate(() => document.querySelector("article").innerHTML);
  await alone.context.close();
  const { page, context, log, box } = await compare("highlight", {
    editor: true,
    during: async (p) => {
      await settled(p);
      assert.equal(await p.evaluate(() => document.querySelector("article").innerHTML), html, "no DOM change while highlighting");
      const ranges = await p.evaluate(() => [...CSS.highlights.get("abridge")].map((r) => r.toString()));
      assert.ok(ranges.length >= 8, `${ranges.length} highlighted ranges`);
    },
  });
  assert.equal(box.hidden, false);
  assert.equal(await page.locator("mark").count(), 0);
  assert.equal(log.warnings.length, 0);
  await context.close();
});

test("<mark> fallback (no Highlight API): never inside the editor, undone before the page's own update", async () => {
  await generate("fallback", {
    editor: true,
    first: ["no-highlight-api.js"],
    box: '<abridge-summary highlight sentences="99"></abridge-summary>',
  });
  const { page, context } = await compare("fallback", {
    editor: true,
    during: async (p) => {
      await settled(p);
      const marks = await p.evaluate(() => ({
        all: document.querySelectorAll("article mark[data-abridge]").length,
        inEditor: document.querySelectorAll("#editor mark").length,
        live: document.querySelectorAll("#live mark").length,
      }));
      assert.ok(marks.live >= 1, `the live paragraph is marked (${marks.live})`);
      assert.equal(marks.inEditor, 0, "nothing wrapped inside contenteditable");
      // The framework's own reference still is the paragraph's first child, in place.
      assert.equal(await p.evaluate(() => document.getElementById("live").firstChild.nodeType), 3);
    },
  });
  // Removing `highlight` leaves the article as the page made it.
  await page.evaluate(() => { document.querySelector("abridge-summary").highlight = false; });
  assert.equal(await page.locator("mark").count(), 0);
  assert.equal(await page.evaluate(() => document.getElementById("live").childNodes.length), 1);
  await context.close();
});

/** Delays the wasm by `ms` so a test can act while it loads. */
const slowWasm = (ms) => (page) => page.route(/\.wasm$/, async (route) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await route.continue();
});

test("removed while the wasm loads: no more work, no events, no warning; removed later: highlights gone, observers stopped", async () => {
  await generate("removed", {});
  const { page, context, log } = await compare("removed", {
    setup: slowWasm(600),
    during: async (p) => {
      await p.waitForRequest(/\.wasm$/);
      await p.evaluate(() => { window.box = document.querySelector("abridge-summary"); window.box.remove(); });
    },
  });
  // The article keeps changing; the detached box must not react.
  for (let i = 0; i < 3; i++) {
    await page.evaluate((n) => document.querySelector("article").append(Object.assign(document.createElement("p"), { textContent: `Update ${n}: the council will publish the plans online next week.` })), i);
    await page.waitForTimeout(500);
  }
  assert.deepEqual(await page.evaluate(() => window.hostLog), { clicks: 1, summary: 0, error: 0 });
  figures.push("removed while loading, then 3 article changes: 0 abridge-summary, 0 abridge-error events on the detached box");
  assert.equal(log.warnings.length, 0);

  // Shown, highlighting, then removed: its highlights go and it stops watching the article.
  await page.evaluate(() => { window.box.highlight = true; document.body.prepend(window.box); });
  await page.waitForFunction(() => CSS.highlights.get("abridge")?.size > 0, null, { timeout: 15_000 });
  const events = await page.evaluate(() => window.hostLog.summary);
  assert.equal(events, 1);
  // The article changes (a re-summary is now pending, debounced) and the box is removed at once.
  await page.evaluate(() => document.querySelector("article").prepend(Object.assign(document.createElement("p"), { textContent: "Breaking: the vote will be repeated on Friday after a complaint." })));
  await page.waitForTimeout(50);
  await page.evaluate(() => window.box.remove());
  assert.equal(await page.evaluate(() => CSS.highlights.get("abridge")?.size ?? 0), 0);
  await page.evaluate(() => document.querySelector("article").append(Object.assign(document.createElement("p"), { textContent: "Later: the council published the plans." })));
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.hostLog.summary), events);
  await context.close();
});

test("moved while the wasm loads: no abridge-error, no warning, it waits for the engine and shows the summary", async () => {
  await generate("moved", {});
  const { box, log, page, context } = await compare("moved", {
    setup: slowWasm(600),
    during: async (p) => {
      await p.waitForRequest(/\.wasm$/);
      await p.evaluate(() => document.querySelector("article").after(document.querySelector("abridge-summary")));
    },
  });
  assert.equal(box.hidden, false);
  assert.equal(await page.evaluate(() => window.hostLog.error), 0);
  assert.equal(await page.evaluate(() => window.hostLog.summary), 1);
  assert.equal(log.warnings.length, 0, log.warnings.join("\n"));
  await context.close();
});

test("the host's hidden and display win", async () => {
  // Hidden by the page before the summary arrives, and again after one was shown.
  await generate("hidden", {});
  const { page, context } = await compare("hidden", {
    setup: slowWasm(600),
    during: async (p) => {
      await p.waitForRequest(/\.wasm$/);
      await p.evaluate(() => { document.querySelector("abridge-summary").hidden = true; });
    },
  });
  await page.evaluate(() => new Promise((resolve) => {
    const w = document.querySelector("abridge-summary");
    if (w.result) resolve();
    w.addEventListener("abridge-summary", resolve, { once: true });
  }));
  assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").hidden), true, "still hidden after the summary");
  await page.evaluate(() => { document.querySelector("abridge-summary").hidden = false; });
  await page.waitForFunction(() => document.querySelector("abridge-summary").shadowRoot.querySelector("li"));
  await page.evaluate(() => { document.querySelector("abridge-summary").hidden = true; document.querySelector("abridge-summary").sentences = 4; });
  await page.waitForFunction(() => document.querySelector("abridge-summary").shadowRoot.querySelectorAll("li").length === 4);
  assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").hidden), true, "a re-summary does not un-hide");
  await context.close();

  // `display: none` from the page's stylesheet: never shown, nothing downloaded.
  await generate("display", { css: "no-display.css" });
  const shown = await compare("display", {});
  assert.equal(shown.box.hidden, true);
  assert.equal(await shown.page.evaluate(() => getComputedStyle(document.querySelector("abridge-summary")).display), "none");
  assert.ok(!shown.log.requests.some((u) => u.endsWith(".wasm")), "a box the page does not display fetches no wasm");
  await shown.context.close();
});

test("tampered built-ins: a hidden box or a working one, at most one warning, never an uncaught error", async () => {
  const cases = [
    // [tamper, expectation, box attributes, article present]
    ["define-throws", "hidden", "", true],
    ["no-textdecoder", "hidden", "", true],
    ["warn-throws", "hidden", "", false],
    ["json-broken", "summary", 'sentences="2"', true],
    ["no-cssstylesheet", "summary", "highlight", true],
  ];
  for (const [tamper, expect, attrs, article] of cases) {
    await generate(tamper, { first: [`${tamper}.js`], box: `<abridge-summary ${attrs}></abridge-summary>` });
    if (!article) {
      // No article: only a teaser and the footer.
      const paths = pages.get(tamper);
      for (const [variant, path] of Object.entries(paths)) {
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Section</title>
<script src="${tamper}.js"></script>${variant === "with" ? '<script type="module" src="/www/widget/abridge-widget.js"></script>' : ""}</head>
<body><nav><a href="#">Home</a></nav>${variant === "with" ? "<abridge-summary></abridge-summary>" : ""}
<p>Harbour bridge approved. <a href="#">Read more</a></p><p><button id="host-btn">Like</button> <span id="host-out">not clicked</span></p>
<p id="live">Teaser</p><footer>© The Harbour Times</footer><script src="host.js"></script></body></html>`;
        await writeFile(`${ROOT}${path}`, html);
      }
    }
    const paths = pages.get(tamper);
    const alone = await harness.open(paths.without);
    await alone.page.waitForLoadState("load");
    const expected = await hostChecks(alone.page, { widget: false });
    await alone.context.close();

    const { page, context, log } = await harness.open(paths.with);
    let events = null;
    if (tamper === "warn-throws") {
      events = await page.evaluate(() => new Promise((resolve) => {
        const w = document.querySelector("abridge-summary");
        if (w.hidden) resolve(window.hostLog);
        w.addEventListener("abridge-error", () => resolve(window.hostLog), { once: true });
      }));
    }
    const box = await settled(page);
    assert.deepEqual(await hostChecks(page), expected, `${tamper}: the host's checks`);
    assert.deepEqual(log.errors.filter((e) => e.startsWith("pageerror")), [], `${tamper}: no uncaught error`);
    assert.equal(box.hidden, expect === "hidden", `${tamper}: ${JSON.stringify(box)}`);
    assert.ok(log.warnings.filter((w) => w.includes("abridge-summary")).length <= 1, `${tamper}: at most one warning`);
    figures.push(`tampered (${tamper}): box ${box.hidden ? "hidden" : `shows ${box.items.length} key points`}; host checks equal; ` +
      `uncaught errors 0; warnings ${log.warnings.filter((w) => w.includes("abridge-summary")).length}`);
    if (tamper === "define-throws") assert.equal(await page.evaluate(() => document.querySelector("abridge-summary").hidden), true);
    if (tamper === "define-throws" || tamper === "no-textdecoder") {
      assert.equal(log.warnings.filter((w) => w.includes("abridge-summary")).length, 1, `${tamper}: one warning`);
    }
    if (tamper === "warn-throws") assert.equal(events.error, 1, "abridge-error fired although console.warn throws");
    if (tamper === "json-broken") {
      // Re-summarises when `sentences` changes although JSON.stringify is broken.
      await page.evaluate(() => { document.querySelector("abridge-summary").sentences = 4; });
      await page.waitForFunction(() => document.querySelector("abridge-summary").shadowRoot.querySelectorAll("li").length === 4, null, { timeout: 5000 });
    }
    if (tamper === "no-cssstylesheet") {
      assert.ok(await page.evaluate(() => CSS.highlights.get("abridge")?.size > 0), "highlights are still registered");
    }
    await context.close();
  }
});

test('sentences="1e9" and "1e10" are clamped the same way: every sentence, no error', async () => {
  await generate("clamp", { box: '<abridge-summary id="a" sentences="1e9"></abridge-summary><abridge-summary id="b" sentences="1e10"></abridge-summary>' });
  const { page, context } = await compare("clamp", {});
  // Both boxes have re-summarised the host's update (each debounced on its own).
  await page.waitForFunction(() => ["#a", "#b"].every((sel) =>
    document.querySelector(sel).result?.sentences.some((s) => s.text.startsWith("Engineers now say"))));
  const a = await settled(page, "#a");
  const b = await settled(page, "#b");
  assert.equal(a.hidden, false);
  assert.deepEqual(b, a);
  assert.equal(a.items.length, await page.evaluate(() => document.querySelector("#a").result.stats.sentencesIn));
  figures.push(`sentences="1e9" and "1e10": both show ${a.items.length} of ${a.items.length} sentences`);
  await context.close();
});

test("a long URL in a key point on a 360 px page: the box wraps it and the page does not get wider", async () => {
  const url = `https://example.com/${"harbourbridgecouncilvote".repeat(5)}`; // no break opportunity
  await generate("narrow", {
    css: "wraps.css",
    box: '<abridge-summary sentences="99"></abridge-summary>',
    extra: `<p>The full report is published at ${url} for anyone who wants to read it.</p>`,
  });
  const viewport = { width: 360, height: 740 };
  const widths = {};
  for (const [variant, path] of Object.entries(pages.get("narrow"))) {
    const { page, context, log } = await harness.open(path, { viewport });
    if (variant === "with") {
      const box = await settled(page);
      assert.ok(box.items.some((s) => s.includes(url)), `the URL is in a key point: ${box.items.join(" / ")}`);
    } else await page.waitForLoadState("load");
    widths[variant] = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  assert.equal(widths.with, widths.without, `page width ${widths.with} px with the widget, ${widths.without} px without`);
  figures.push(`360 px page, ${url.length}-character URL in a key point: page width ${widths.with} px with the widget, ${widths.without} px without`);
  assert.ok(widths.with <= 360);
});

test("highlights reach an article inside open shadow roots, styled there too, with no DOM change", async () => {
  const { page, context, log } = await harness.open("/tests/e2e/fixtures/widget/reader/shadow.html");
  await settled(page);
  const inner = () => document.querySelector("story-page").shadowRoot.querySelector("story-body").shadowRoot;
  const before = await page.evaluate(`(${inner})().innerHTML`);
  await page.evaluate(() => { document.querySelector("abridge-summary").highlight = true; });
  await page.waitForFunction(() => CSS.highlights.get("abridge")?.size > 0);
  const seen = await page.evaluate(`(() => {
    const root = (${inner})();
    const ranges = [...CSS.highlights.get("abridge")];
    return {
      inShadow: ranges.filter((r) => r.startContainer.getRootNode() === root).length,
      colour: getComputedStyle(root.querySelector("p"), "::highlight(abridge)").backgroundColor,
      html: root.innerHTML,
    };
  })()`);
  assert.ok(seen.inShadow >= 1, "a range in the inner shadow tree");
  assert.equal(seen.colour, "rgba(250, 204, 21, 0.35)", "the highlight style is adopted into that shadow root");
  assert.equal(seen.html, before, "no DOM change");
  assert.deepEqual(log.errors, []);
  figures.push(`open shadow roots: ${seen.inShadow} highlighted range(s) in the inner shadow tree, styled, DOM unchanged`);
  await context.close();
});
