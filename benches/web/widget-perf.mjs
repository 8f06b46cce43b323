// The widget's speed on big pages (issue 17, must-show 2; issue 13, must-show
// 3), in headless Chromium under the strict CSP of widget-harness.mjs: a
// benchmark, not part of `make test` (`make bench-web` runs it; every figure
// depends on the machine and its load). Pages are generated into
// target/widget-perf/ from the seed article (tests/e2e/big-pages.mjs):
// - articles of 50, 100, 200 and 400 KB of text, a 5 MB text node and a live
//   blog of 10,000 paragraphs, each with the widget: the longest main-thread
//   task that ran the widget's code, from a Chromium trace (its CPU time,
//   which a loaded machine does not inflate, and its wall time); the longest
//   Long Animation Frame whose script attribution names the widget's files
//   (frames under 50 ms are not reported, so "0" means none reached 50 ms);
//   the longest gap between two animation frames after the page's load, with
//   and without the widget; and the time from the box entering the viewport
//   to the summary;
// - a 2 MB page of 20,000 elements: readArticle() alone, its total time and
//   its longest slice, the wasm not requested before an article is found;
// - the demo fixture far.html: the box scrolled into view → the summary on
//   screen (fetch, compile, summarise), median of 5.
// Figures are printed; a run fails only on a hang (a frame of 2 s or more)
// or a wrong result. That the biggest pages are summarised at all is checked
// by `make test` (tests/e2e/widget-reader.test.mjs).
// Needs the built package (make build).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { BIG, PAGES, writePages } from "../../tests/e2e/big-pages.mjs";
import { startHarness } from "../../tests/e2e/widget-harness.mjs";

const OUT = "target/widget-perf";
let harness;
const rows = [];

before(async () => {
  writePages(OUT, { bare: true, big: true });
  harness = await startHarness();
});

after(async () => {
  if (rows.length) {
    console.log("widget main-thread figures (benches/web/widget-perf.mjs; noisy on a loaded machine):");
    console.table(rows);
  }
  await harness?.close();
});

/** Records long animation frames with their script attribution and animation-frame gaps. */
function instrument() {
  window.__loaf = [];
  window.__gaps = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
        scripts: e.scripts.map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })) });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
  addEventListener("load", () => {
    let last = performance.now();
    const frame = (t) => {
      window.__gaps.push(t - last);
      last = t;
      if (!window.__done) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
const mine = (url) => /\/www\/(widget|lib|pkg)\//.test(url);

/**
 * From a Chromium trace, the page's main-thread tasks: { cpu, wall } ms of
 * the longest that ran script (the generated
 * pages have none of their own, so that is the widget's: a script event
 * naming its files, or a microtask checkpoint of 1 ms or more, which is how
 * its promise continuations and the engine's summarize() show), and `any`:
 * the longest CPU time of any task after the HTML was parsed, rendering
 * included. `tdur` is the
 * thread's own CPU time, which holds on a loaded machine where wall time
 * does not.
 */
function widgetTasks(trace) {
  const ev = trace.traceEvents;
  const at = (e) => `${e.pid}:${e.tid}`;
  const mains = new Set(ev.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map(at));
  const parse = ev.filter((e) => e.name === "ParseHTML" && mains.has(at(e)));
  const main = at(parse[0]);
  const parsed = Math.max(...parse.filter((e) => at(e) === main).map((e) => e.ts + (e.dur ?? 0)));
  const onMain = ev.filter((e) => at(e) === main && e.ph === "X" && e.ts >= parse[0].ts);
  const scripts = onMain.filter((e) => mine(e.args?.data?.url ?? "") ||
    (e.name === "BlinkScheduler_PerformMicrotaskCheckpoint" && e.dur >= 1000));
  let cpu = 0;
  let wall = 0;
  let any = 0;
  for (const t of onMain.filter((e) => e.name === "RunTask")) {
    if (t.ts >= parsed) any = Math.max(any, (t.tdur ?? t.dur) / 1000);
    if (!scripts.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur)) continue;
    cpu = Math.max(cpu, (t.tdur ?? t.dur) / 1000);
    wall = Math.max(wall, t.dur / 1000);
  }
  return { cpu, wall, any };
}

for (const name of Object.keys(PAGES)) {
  test(`${name}: the widget never holds the main thread long; the summary arrives`, async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    await tab.addInitScript(instrument);
    await harness.browser.startTracing(tab, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"] });
    await tab.goto(`${harness.origin}/${OUT}/${name}.html`);
    const ms = await tab.evaluate(() => new Promise((resolve, reject) => {
      const box = document.querySelector("abridge-summary");
      if (box.result) resolve(null);
      box.addEventListener("abridge-summary", (e) => resolve(e.detail.ms), { once: true });
      box.addEventListener("abridge-error", (e) => reject(new Error(String(e.detail.error))), { once: true });
    }));
    // Two more frames so the frame holding the summary is reported.
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await tab.waitForTimeout(100);
    const tasks = widgetTasks(JSON.parse((await harness.browser.stopTracing()).toString()));
    const { loaf, gaps, text } = await tab.evaluate(() => {
      window.__done = true;
      const box = document.querySelector("abridge-summary");
      return { loaf: window.__loaf, gaps: window.__gaps, text: box.result?.sentences.length };
    });
    const widget = loaf.filter((f) => f.scripts.some((s) => mine(s.url)));
    const longest = Math.max(0, ...widget.map((f) => f.duration));
    const inScripts = Math.max(0, ...widget.flatMap((f) => f.scripts.filter((s) => mine(s.url)).map((s) => s.duration)));
    const gap = Math.max(0, ...gaps);
    // The same page without the widget, watched as long: the machine's own noise floor.
    const bare = await context.newPage();
    await bare.addInitScript(instrument);
    await harness.browser.startTracing(bare, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"] });
    await bare.goto(`${harness.origin}/${OUT}/${name}-bare.html`);
    await bare.waitForTimeout(Math.max(500, Math.min(3000, ms ?? 1000)));
    const bareGap = await bare.evaluate(() => Math.max(0, ...window.__gaps));
    const bareTasks = widgetTasks(JSON.parse((await harness.browser.stopTracing()).toString()));
    rows.push({ page: name, "widget's longest task, CPU ms": +tasks.cpu.toFixed(1), "its wall ms": +tasks.wall.toFixed(1),
      "any task after parse (rendering too), CPU ms": +tasks.any.toFixed(1), "same, page without widget": +bareTasks.any.toFixed(1), "longest widget frame ms": Math.round(longest), "of it widget scripts ms": Math.round(inScripts),
      "longest frame gap after load ms": Math.round(gap), "same, page without widget ms": Math.round(bareGap), "visible → summary ms": ms === null ? "" : Math.round(ms), "key points": text });
    assert.deepEqual(errors, []);
    assert.ok(text > 0, "a summary");
    // The target is 50 ms; the bound is loose because the machine is shared.
    assert.ok(longest < 2000, `a ${longest} ms long frame from the widget`);
    await context.close();
  });
}

/** readArticle() runs per big page; the figures are the min and median. */
const RUNS = 9;
for (const name of Object.keys(BIG)) test(`${name}: readArticle's time and longest slice`, async () => {
  const { page: tab, context, log } = await harness.open(`/${OUT}/${name}.html`);
  await tab.evaluate(() => import("/www/widget/extract.js"));
  await harness.browser.startTracing(tab, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"] });
  const r = await tab.evaluate(async (runs) => {
    const { readArticle } = await import("/www/widget/extract.js");
    const elements = document.getElementsByTagName("*").length;
    const bytes = document.documentElement.outerHTML.length;
    const out = [];
    for (let i = 0; i < runs; i++) {
      // The longest slice: the longest stretch without a turn for a message-channel heartbeat… which
      // scheduler.yield() continuations would outrun, so time each slice from inside instead.
      const slices = [];
      const yieldTo = globalThis.scheduler?.yield?.bind(globalThis.scheduler);
      let mark = performance.now();
      if (yieldTo) {
        globalThis.scheduler.yield = () => {
          const t = performance.now();
          slices.push(t - mark);
          return yieldTo().then(() => { mark = performance.now(); });
        };
      }
      const t0 = performance.now();
      const found = await readArticle(document);
      const total = performance.now() - t0;
      slices.push(performance.now() - mark);
      if (yieldTo) globalThis.scheduler.yield = yieldTo;
      out.push({ total, longest: Math.max(...slices), slices: slices.length, chars: found?.text.length, cls: found?.root.className, truncated: found?.truncated });
    }
    return { elements, bytes, runs: out };
  }, RUNS);
  // CPU time of the reads: every main-thread task while they ran (the page does nothing else).
  const ev = JSON.parse((await harness.browser.stopTracing()).toString()).traceEvents;
  const mains = new Set(ev.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of ev) {
    if (e.name !== "RunTask" || e.ph !== "X" || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const k = `${e.pid}:${e.tid}`;
    byThread.set(k, [...(byThread.get(k) ?? []), (e.tdur ?? e.dur) / 1000]);
  }
  const cpu = [...byThread.values()].sort((a, b) => b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0))[0] ?? [0];
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const fig = (key) => {
    const xs = sorted(r.runs.map((x) => x[key]));
    return `${Math.round(xs[0])} / ${Math.round(xs[RUNS >> 1])}`;
  };
  rows.push({ page: `${name} (readArticle alone)`, elements: r.elements, bytes: r.bytes,
    [`total ms (min / median of ${RUNS})`]: fig("total"), "longest slice ms (min / median)": fig("longest"), "slices (min / median)": fig("slices"),
    "CPU ms per read (trace)": Math.round(cpu.reduce((x, y) => x + y, 0) / RUNS), "longest task, CPU ms": +Math.max(...cpu).toFixed(1) });
  assert.ok(r.elements >= 20_000, `${r.elements} elements`);
  assert.ok(r.bytes >= 2_000_000, `${r.bytes} bytes`);
  assert.equal(r.runs[0].cls, "story", "the story, not the rail or the comments");
  await harness.assertClean(tab, log);
  await context.close();
});

test("timing: box scrolled into view → summary on screen (fetch, compile, summarise), median of 5", async () => {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { page, context, log } = await harness.open("/tests/e2e/fixtures/widget/far.html", { viewport: { width: 1000, height: 700 } });
    await page.waitForLoadState("load");
    assert.ok(!log.requests.some((u) => u.endsWith(".wasm")));
    runs.push(await page.evaluate(() => new Promise((resolve) => {
      const w = document.getElementById("far");
      const t0 = performance.now();
      w.addEventListener("abridge-summary", (e) => {
        requestAnimationFrame(() => resolve({ fromEntry: e.detail.ms, fromScroll: performance.now() - t0 }));
      }, { once: true });
      w.scrollIntoView();
    })));
    await harness.assertClean(page, log);
    await context.close();
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fromScroll = median(runs.map((r) => r.fromScroll));
  const fromEntry = median(runs.map((r) => r.fromEntry));
  console.log(`widget: scroll into view → summary painted, median of 5: ${fromScroll.toFixed(1)} ms ` +
    `(from the IntersectionObserver entry: ${fromEntry.toFixed(1)} ms); runs: ${runs.map((r) => r.fromScroll.toFixed(0)).join(", ")}`);
  // Target 100 ms on localhost; the bound only catches a hang.
  assert.ok(fromScroll < 2000, `${fromScroll} ms`);
});
