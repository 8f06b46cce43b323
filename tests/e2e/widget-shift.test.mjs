// Layout shift from the widget (issue 13): a live blog re-summarised must
// not move the host page. Headless Chromium, the strict CSP of
// widget-harness.mjs, Layout Instability API entries (PerformanceObserver
// "layout-shift") with their sources. The live blog (fixtures/widget/live.html)
// gets new entries at its top, as live blogs do; the page's own shift from
// the insertion is over before the widget re-summarises (it waits 400 ms for
// the page to settle), so the shifts after the insertion's frame are the
// widget's. Figures are printed; the test asserts that a re-summary whose
// key points need no more room moves nothing, and that the box never gets
// shorter. Needs the built package (make build).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { readFileSync } from "node:fs";
import { ROOT, shown, startHarness } from "./widget-harness.mjs";

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** New entries for the top of the blog: a short one (shorter key points), a long one (longer than the
 * first summary's), a short one again. */
const ENTRIES = [
  ["short", "12:00 The council approved the harbour bridge. The vote was 31 to 14. The bridge will open in 2030."],
  ["long", "12:10 The mayor thanked the council for the harbour bridge vote and said that work on the bridge, its four lanes and its tram line would begin in the spring, that the first ferry crews would move to tram jobs in the autumn of next year, that the national government had confirmed its share of the money in a letter read out in the hall this morning, that the harbour would stay open to shipping on all but six nights, that the old ferry piers would become a public park with a market and a swimming place, and that the city would publish the full timetable of the works, district by district and street by street, before the end of the month."],
  ["short", "12:30 Bridge vote: done. Harbour bridge: approved. Council: split."],
];

/** Records every layout shift of the page (value, time, what moved) from its start. */
function watchShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ value: e.value, at: e.startTime, input: e.hadRecentInput, moved: e.sources.map((s) => s.node?.nodeName ?? "(in the box)") });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

/** The box's height, its key points, and the layout shifts since `since` (performance.now()). */
const state = (page, since) => page.evaluate((t) => {
  const box = document.querySelector("abridge-summary");
  const items = [...box.shadowRoot.querySelectorAll("li")].map((li) => li.textContent);
  const natural = [...box.shadowRoot.querySelectorAll("li")].reduce((h, li) => h + li.getBoundingClientRect().height, 0);
  const shifts = window.__shifts.filter((s) => s.at >= t);
  return { height: box.getBoundingClientRect().height, items, natural, shift: shifts.reduce((n, s) => n + s.value, 0), moved: shifts.flatMap((s) => s.moved) };
}, since);

const LIVE = "/tests/e2e/fixtures/widget/live.html";
/** Opens the live blog, watching layout shifts from the start; `reserve`: the page reserves the box's
 * height (`abridge-summary { display: block; min-height: 18em }`, as the README advises). */
async function openLive(reserve) {
  const html = readFileSync(`${ROOT}${LIVE.slice(1)}`, "utf8");
  return harness.open(LIVE, {
    viewport: { width: 800, height: 700 },
    setup: async (page) => {
      if (reserve) await page.route(`**${LIVE}`, (route) => route.fulfill({ contentType: "text/html", body: html.replace('<html lang="en">', '<html lang="en" class="reserve">') }));
      await page.addInitScript(watchShifts);
    },
  });
}

test("live blog: a re-summary never moves the page below the box unless the new key points need more room", async () => {
  const rows = [];
  for (const reserve of [false, true]) {
    const { page, context, log } = await openLive(reserve);
    await shown(page);
    const first = await state(page, 0);
    rows.push({ step: `first summary, the box in view at load${reserve ? ", its height reserved by the page" : ""}`, "box height px": Math.round(first.height), "layout shift": +first.shift.toFixed(4) });
    if (reserve) {
      assert.equal(first.shift, 0, `a reserved box moves nothing: ${JSON.stringify(first)}`);
      await context.close();
      continue;
    }
    let height = first.height;
    // New entries at the top of the blog: a short one (shorter key points), a long one, a short one again.
    for (const [kind, text] of ENTRIES) {
      const since = await page.evaluate((t) => new Promise((resolve) => {
        const p = document.createElement("p");
        p.textContent = t;
        document.getElementById("blog").prepend(p);
        // Two frames: the page's own shift from the insertion is behind us.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      }), text);
      await page.waitForFunction((t) => [...document.querySelector("abridge-summary").shadowRoot.querySelectorAll("li")]
        .some((li) => li.textContent.startsWith(t)), text.slice(0, 5), { timeout: 5000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await state(page, since);
      rows.push({ step: `re-summary after a ${kind} entry`, "box height px": Math.round(now.height), "key points' height px": Math.round(now.natural), "layout shift": +now.shift.toFixed(4) });
      assert.ok(now.height >= height - 0.01, `the box got shorter: ${height} → ${now.height}`);
      if (now.height <= height + 0.01) assert.equal(now.shift, 0, `nothing may move when the box keeps its height: ${JSON.stringify(now)}`);
      height = now.height;
    }
    assert.ok(rows.some((r) => r["key points' height px"] < r["box height px"] / 2), "a re-summary with shorter key points was tried");
    assert.ok(rows.some((r) => r["layout shift"] > 0 && r.step.startsWith("re-summary")), "a re-summary that needs more room was tried");
    await harness.assertClean(page, log);
    await context.close();
  }
  console.log("layout shift from the widget on a live blog, 800 × 700 px (tests/e2e/widget-shift.test.mjs):");
  console.table(rows);
});
