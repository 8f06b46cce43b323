// Accessibility (axe-core, pinned in package.json) and keyboard-only use.
// (The screenshots: scripts/screenshots.mjs, `make screenshots`.)
//
// axe is injected with page.evaluate(source): that goes through the DevTools
// protocol, which the page's CSP does not govern (page.addScriptTag would add
// an inline <script>, which the CSP rightly blocks), so the page keeps its CSP.
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import { currentRun, launch, openPage, paste, readSeed, serve, stopServer, waitRun } from "./page-harness.mjs";

const require = createRequire(import.meta.url);
let server, origin, browser, article, axeSource;

before(async () => {
  article = await readSeed();
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  ({ server, origin } = await serve());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

const describe = (violations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n  ")}`).join("\n");

for (const colorScheme of ["light", "dark"]) {
  test(`no serious or critical axe violations, ${colorScheme} theme (empty, summarised, keyword selected)`, async () => {
    const session = await openPage(browser, origin, { contextOptions: { colorScheme } });
    const { page } = session;
    let violations = await axe(page);
    assert.deepEqual(violations, [], describe(violations));
    await paste(page, { text: article });
    await page.click("#keywords .chip >> nth=1");
    violations = await axe(page);
    assert.deepEqual(violations, [], describe(violations));
    const before = await currentRun(page);
    await page.click('label:has(input[value="headline"])');
    await waitRun(page, before);
    violations = await axe(page);
    assert.deepEqual(violations, [], describe(violations));
    assert.deepEqual(session.errors, []);
    await session.context.close();
  });
}

test("keyboard only: sample article, length, jump from a summary sentence to its mark", async () => {
  const { page, context, errors } = await openPage(browser, origin);
  // Tab order starts with the skip link, then the article buttons.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "sample");
  let before = await currentRun(page);
  await page.keyboard.press("Enter");
  await waitRun(page, before);
  assert.equal(await page.locator("#summary .jump").count(), 3);

  // Arrow keys in the Length radio group change the preset.
  await page.focus('input[name="preset"][value="short"]');
  before = await currentRun(page);
  await page.keyboard.press("ArrowRight");
  await waitRun(page, before);
  assert.equal(await page.locator("#summary .jump").count(), 5);

  // Enter on a summary sentence focuses its mark in the article.
  await page.focus("#summary .jump >> nth=1");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.matches("mark.pick.first[data-n='2']")), true);
  assert.deepEqual(errors, []);
  await context.close();
});
