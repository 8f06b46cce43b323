// Screenshots of the paste-in page and the widget's demo pages, in headless
// Debian Chromium, into target/screenshots/ (never committed; the README
// links them):
// - the page (www/) with the sample article summarised and a keyword picked:
//   desktop 1280×800 and phone 390×844 (also full-page), light and dark;
// - the widget on www/demo/news.html and www/demo/plain.html, light and dark.
// Pictures only: what they show is tested by `make test` (page-a11y, page,
// widget.test.mjs), which no longer takes them (they cost it ~8 s). A page
// error on the way fails the run.
//
//   node scripts/screenshots.mjs        (make screenshots: builds first)
import { mkdir } from "node:fs/promises";
import { currentRun, launch, openPage, serve as servePage, SHOTS, stopServer, waitRun } from "../tests/e2e/page-harness.mjs";
import { shown, startHarness } from "../tests/e2e/widget-harness.mjs";

await mkdir(SHOTS, { recursive: true });
const written = [];
const problems = [];

// The page. Reduced motion: it then scrolls at once and has no transitions
// (style.css), so each step is final when it returns.
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
{
  const { server, origin } = await servePage();
  const browser = await launch();
  try {
    for (const [device, options] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ["light", "dark"]) {
        const contextOptions = { ...options, colorScheme, reducedMotion: "reduce" };
        const { page, context, errors } = await openPage(browser, origin, { contextOptions });
        const before = await currentRun(page);
        await page.click("#sample");
        await waitRun(page, before);
        await page.click("#keywords .chip >> nth=0");
        await page.evaluate(() => {
          document.getElementById("toast").classList.remove("show");
          document.getElementById("original").scrollTop = 0;
          window.scrollTo(0, 0);
        });
        const shots = [`${device}-${colorScheme}.png`];
        await page.screenshot({ path: `${SHOTS}${shots[0]}` });
        if (device === "phone") {
          shots.push(`${device}-${colorScheme}-full.png`);
          await page.screenshot({ path: `${SHOTS}${shots[1]}`, fullPage: true });
        }
        written.push(...shots);
        problems.push(...errors.map((e) => `page, ${device} ${colorScheme}: ${e}`));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

// The widget's demo pages, served with the strict CSP (widget-harness.mjs).
{
  const harness = await startHarness();
  try {
    for (const path of ["/www/demo/news.html", "/www/demo/plain.html"]) {
      for (const colorScheme of ["light", "dark"]) {
        const { page, context, log } = await harness.open(path, { colorScheme, viewport: { width: 1280, height: 1100 } });
        await shown(page);
        const file = `widget-${path.includes("news") ? "news" : "plain"}-${colorScheme}.png`;
        await page.screenshot({ path: `${SHOTS}${file}` });
        written.push(file);
        problems.push(...log.errors.map((e) => `${path}, ${colorScheme}: ${e}`));
        await context.close();
      }
    }
  } finally {
    await harness.close();
  }
}

console.log(`screenshots in ${SHOTS}: ${written.join(", ")}`);
if (problems.length) {
  console.error(`errors on the way:\n${problems.join("\n")}`);
  process.exit(1);
}
