// installPolyfill() and the Summarizer facade against the Writing Assistance
// APIs spec, in headless Debian Chromium (playwright-core): the delegating
// install against stand-in native APIs (injected with addInitScript), this
// browser's own Summarizer, detached and cross-origin iframes, a Web Worker,
// and a client page written only to the standard. Every page is served with
// CSP script-src 'self' 'wasm-unsafe-eval' and may load only local files.
// Needs the built package (make build).
// e2e-group: untimed (no timing assertion, no fixed time window): `make test`
// runs this file beside another one (Makefile, E2E_UNTIMED).
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { after, before, test } from "node:test";
import { checks } from "./fixtures/api-checks.mjs";
import { foreign, launch, readSeed, ROOT, serve, stopServer, watch } from "./harness.mjs";

const FIXTURES = "/tests/e2e/fixtures/polyfill";
const CSP = "script-src 'self' 'wasm-unsafe-eval'";
/** Any of abridge's wasm modules (the facade loads the one of the input's language). */
const WASM = /\/www\/pkg\/abridge(-[a-z]{2})?_bg\.wasm$/;

let servers, origin, otherOrigin, browser, article;

before(async () => {
  article = await readSeed();
  // Two servers: the second port is another origin, for the cross-origin iframe.
  servers = await Promise.all([0, 1].map(() => serve({ headers: { "content-security-policy": CSP } })));
  [origin, otherOrigin] = servers.map((s) => s.origin);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const { server } of servers ?? []) await stopServer(server);
});

/**
 * Opens `path` in a fresh context; `native` is a stand-in native Summarizer
 * whose availability() answers that value (or null: this browser's own).
 */
async function open(path = `${FIXTURES}/page.html`, { native = null } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = await watch(page);
  if (native) await page.addInitScript(standIn, native);
  await page.goto(`${origin}${path}`);
  return { page, context, log };
}

/** A stand-in native Summarizer (runs in the page before any script). */
function standIn(answer) {
  const calls = [];
  class Summarizer {
    static async availability(options) {
      calls.push({ method: "availability", type: options?.type ?? null });
      return answer;
    }
    static async create(options) {
      calls.push({ method: "create", type: options?.type ?? null, monitor: typeof options?.monitor });
      options?.monitor?.(new EventTarget());
      return new Summarizer();
    }
    get standIn() {
      return true;
    }
    async summarize(input) {
      return `native summary of ${input.length} characters`;
    }
  }
  Object.defineProperty(globalThis, "Summarizer", { value: Summarizer, writable: true, configurable: true });
  globalThis.standInCalls = calls;
}

async function ready(page, flag = "fixtureReady") {
  await page.waitForFunction((f) => window[f] === true, flag, { timeout: 10_000 });
}

function assertClean(log, { wasm }) {
  assert.deepEqual(foreign(log.requests, origin, [`${otherOrigin}/`]), [], "only local files");
  assert.equal(log.requests.some((u) => WASM.test(u)), wasm, wasm ? "abridge's wasm was fetched" : "abridge's wasm was never fetched");
  assert.deepEqual(log.errors, []);
}

test("delegating install, native \"unavailable\": abridge serves, the native one was asked", async () => {
  const { page, context, log } = await open(undefined, { native: "unavailable" });
  await ready(page);
  const r = await page.evaluate(async (text) => {
    const Native = self.Summarizer;
    const installed = window.abridge.installPolyfill();
    const synchronous = self.Summarizer !== Native && typeof installed === "boolean"; // nothing awaited yet
    const availability = await self.Summarizer.availability({ type: "tldr" });
    const events = [];
    const s = await self.Summarizer.create({ type: "tldr", format: "plain-text", monitor(m) { m.ondownloadprogress = (e) => events.push(e.loaded); } });
    const direct = await (await window.abridge.Summarizer.create({ type: "tldr", format: "plain-text" })).summarize(text);
    return {
      installed, synchronous, availability, events, wraps: self.Summarizer.native === Native, replaced: self.Summarizer !== Native,
      abridge: s instanceof window.abridge.Summarizer, global: s instanceof self.Summarizer,
      summary: await s.summarize(text), direct, calls: self.standInCalls,
    };
  }, article);
  assert.equal(r.installed, true);
  assert.equal(r.synchronous, true, "installed before anything was awaited");
  assert.equal(r.replaced, true);
  assert.equal(r.wraps, true);
  assert.equal(r.availability, "available", "the better of the two");
  assert.equal(r.abridge, true, "create() resolved to abridge's summarizer");
  assert.equal(r.global, true, "which is instanceof self.Summarizer");
  assert.deepEqual(r.events, [0, 1]);
  assert.equal(r.summary, r.direct);
  assert.deepEqual(r.calls, [{ method: "availability", type: "tldr" }, { method: "availability", type: "tldr" }], "asked twice, never created");
  assertClean(log, { wasm: true });
  await context.close();
});

test("delegating install, native \"available\": the native one serves and abridge's wasm is never fetched", async () => {
  const { page, context, log } = await open(undefined, { native: "available" });
  await ready(page);
  const r = await page.evaluate(async (text) => {
    const installed = window.abridge.installPolyfill();
    const availability = await self.Summarizer.availability({ type: "headline" });
    const s = await self.Summarizer.create({ type: "headline", monitor() {} });
    return {
      installed, availability, standIn: s.standIn === true, global: s instanceof self.Summarizer,
      summary: await s.summarize(text), calls: self.standInCalls,
    };
  }, article);
  assert.equal(r.installed, true);
  assert.equal(r.availability, "available");
  assert.equal(r.standIn, true, "create() resolved to the native summarizer itself, not a wrapper");
  assert.equal(r.global, true);
  assert.equal(r.summary, `native summary of ${article.length} characters`);
  assert.deepEqual(r.calls, [
    { method: "availability", type: "headline" },
    { method: "availability", type: "headline" },
    { method: "create", type: "headline", monitor: "function" },
  ], "the native create() got the caller's options, monitor included");
  assertClean(log, { wasm: false });
  await context.close();
});

test("delegating install, native \"downloadable\": abridge by default, the native one with { allowDownload: true }", async () => {
  const { page, context, log } = await open(undefined, { native: "downloadable" });
  await ready(page);
  const r = await page.evaluate(async () => {
    const out = {};
    out.installed = window.abridge.installPolyfill();
    out.defaultAvailability = await self.Summarizer.availability();
    out.defaultServer = (await self.Summarizer.create()).standIn === true ? "native" : "abridge";
    // Options abridge cannot serve: the native one, after its download, can.
    out.jaAvailability = await self.Summarizer.availability({ expectedInputLanguages: ["ja"] });
    out.jaServer = (await self.Summarizer.create({ expectedInputLanguages: ["ja"] })).standIn === true ? "native" : "abridge";
    out.optIn = window.abridge.installPolyfill({ allowDownload: true });
    out.optInAvailability = await self.Summarizer.availability();
    out.optInServer = (await self.Summarizer.create()).standIn === true ? "native" : "abridge";
    out.forced = window.abridge.installPolyfill({ force: true });
    out.forcedIsAbridge = self.Summarizer === window.abridge.Summarizer;
    out.back = window.abridge.installPolyfill();
    out.backWrapsTheNative = self.Summarizer.native?.name === "Summarizer" && self.Summarizer !== window.abridge.Summarizer;
    out.creates = self.standInCalls.filter((c) => c.method === "create").length;
    return out;
  });
  assert.deepEqual(r, {
    installed: true, defaultAvailability: "available", defaultServer: "abridge",
    jaAvailability: "downloadable", jaServer: "native",
    optIn: true, optInAvailability: "downloadable", optInServer: "native",
    forced: true, forcedIsAbridge: true, back: true, backWrapsTheNative: true, creates: 2,
  });
  // abridge's create() without expected languages loads only the detector: a
  // module comes with the first summary, and none was asked for.
  assertClean(log, { wasm: false });
  await context.close();
});

test("{ force: true }: abridge serves even where the native one is available, which is never asked", async () => {
  const { page, context, log } = await open(undefined, { native: "available" });
  await ready(page);
  const r = await page.evaluate(async (text) => {
    const installed = window.abridge.installPolyfill({ force: true });
    const s = await self.Summarizer.create({ type: "key-points", format: "plain-text" });
    return { installed, same: self.Summarizer === window.abridge.Summarizer, lines: (await s.summarize(text)).split("\n").length, calls: self.standInCalls.length };
  }, article);
  assert.deepEqual(r, { installed: true, same: true, lines: 3, calls: 0 });
  assertClean(log, { wasm: true });
  await context.close();
});

test("both unavailable: availability() \"unavailable\", create() NotSupportedError without downloadprogress", async () => {
  const { page, context, log } = await open(undefined, { native: "unavailable" });
  await ready(page);
  const r = await page.evaluate(async () => {
    window.abridge.installPolyfill();
    const out = { availability: await self.Summarizer.availability({ expectedInputLanguages: ["ja"] }), cases: [] };
    for (const options of [{ expectedInputLanguages: ["ja"] }, { expectedInputLanguages: ["en"], outputLanguage: "de" }, { outputLanguage: "zz" }]) {
      const events = [];
      const error = await self.Summarizer.create({ ...options, monitor(m) { m.addEventListener("downloadprogress", (e) => events.push(e.loaded)); } })
        .then(() => "resolved", (e) => `${e.name}`);
      out.cases.push({ error, events: events.length });
    }
    return out;
  });
  assert.equal(r.availability, "unavailable");
  assert.deepEqual(r.cases, Array(3).fill({ error: "NotSupportedError", events: 0 }));
  assertClean(log, { wasm: true });
  await context.close();
});

test("this Chromium's own Summarizer: present, \"unavailable\"; every shared API check passes through the installed global", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const native = await page.evaluate(async () => ({
    type: typeof self.Summarizer,
    availability: typeof self.Summarizer === "function" ? await self.Summarizer.availability() : null,
    version: navigator.userAgent.match(/Chrome\/(\d+)/)?.[1],
  }));
  console.log(`# Chromium ${native.version}: native Summarizer ${native.type}, availability() ${native.availability}`);
  const installed = await page.evaluate(() => window.abridge.installPolyfill());
  assert.equal(installed, true);
  const names = Object.keys(checks).filter((n) => !n.startsWith("installPolyfill"));
  const failures = await page.evaluate(async ([list, text]) => {
    // The package namespace with its Summarizer replaced by the installed global.
    const lib = { ...window.abridge, Summarizer: self.Summarizer };
    const failed = [];
    for (const name of list) {
      try {
        await window.checks[name](lib, { article: text });
      } catch (e) {
        failed.push(`${name}: ${e.message}`);
      }
    }
    return failed;
  }, [names, article]);
  assert.ok(names.includes("every type × length × format maps onto extraction as documented"));
  console.log(`# ${names.length} shared checks through self.Summarizer`);
  assert.deepEqual(failures, []);
  // Chromium's own availability() logs this when asked about languages it lacks
  // (the checks ask about "xx", "ja", …): the native API's message, not abridge's.
  log.errors = log.errors.filter((e) => !e.startsWith("console: Unsupported Summarizer API languages were specified"));
  assertClean(log, { wasm: true });
  await context.close();
});

test("QuotaExceededError: the platform's class, with requested and quota", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const r = await page.evaluate(async () => {
    window.abridge.installPolyfill();
    const s = await self.Summarizer.create({ sharedContext: "ab" });
    const input = "x".repeat(s.inputQuota);
    const e = await s.summarize(input, { context: "c" }).catch((x) => x);
    const streamed = await s.summarizeStreaming(input).getReader().read().catch((x) => x);
    return {
      platformClass: typeof QuotaExceededError === "function", isClass: e instanceof QuotaExceededError,
      isDOMException: e instanceof DOMException, name: e.name, code: e.code, requested: e.requested, quota: e.quota,
      streamed: [streamed.name, streamed.requested, streamed.quota],
      usage: await s.measureInputUsage(input, { context: "c" }),
    };
  });
  assert.deepEqual(r, {
    platformClass: true, isClass: true, isDOMException: true, name: "QuotaExceededError", code: 22,
    requested: 10_000_003, quota: 10_000_000, streamed: ["QuotaExceededError", 10_000_002, 10_000_000], usage: 10_000_003,
  });
  // Refused before any module is needed.
  assertClean(log, { wasm: false });
  await context.close();
});

test("detached iframe: InvalidStateError, from the iframe's realm, out of every method", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const results = await page.evaluate(async ([frameUrl, text]) => {
    const out = {};
    // variant → how the frame gets its Summarizer
    const variants = {
      // The frame loads abridge and calls installPolyfill() itself (delegating over the native one).
      "installed in the frame": { src: frameUrl },
      "installed in the frame, force": { src: `${frameUrl}?force` },
      // The parent installs abridge's class for the frame's realm.
      "installed by the parent": { src: "about:blank", install: (w) => window.abridge.installPolyfill({ target: w, force: true }) },
    };
    for (const [name, variant] of Object.entries(variants)) {
      const iframe = document.createElement("iframe");
      iframe.src = variant.src;
      const loaded = new Promise((resolve) => { iframe.onload = resolve; });
      document.body.append(iframe);
      await loaded;
      const w = iframe.contentWindow;
      if (variant.install) variant.install(w);
      else while (!w.frameReady) await new Promise((r) => setTimeout(r, 10));
      const S = w.Summarizer;
      const FrameDOMException = w.DOMException;
      const s = await S.create({ type: "tldr" });
      const before = text.includes(await s.summarize(text));
      iframe.remove();
      const check = async (fn) => {
        try {
          await fn();
          return "no error";
        } catch (e) {
          return `${e.name}${e instanceof FrameDOMException ? " (frame)" : e instanceof DOMException ? " (parent!)" : ""}`;
        }
      };
      out[name] = {
        before,
        availability: await check(() => S.availability()),
        create: await check(() => S.create()),
        summarize: await check(() => s.summarize("Text.")),
        measureInputUsage: await check(() => s.measureInputUsage("Text.")),
        summarizeStreamingThrows: await check(() => { s.summarizeStreaming("Text."); }),
      };
    }
    return out;
  }, [`${FIXTURES}/frame.html`, article]);
  for (const [name, r] of Object.entries(results)) {
    assert.deepEqual(r, {
      before: true,
      availability: "InvalidStateError (frame)", create: "InvalidStateError (frame)", summarize: "InvalidStateError (frame)",
      measureInputUsage: "InvalidStateError (frame)", summarizeStreamingThrows: "InvalidStateError (frame)",
    }, name);
  }
  assertClean(log, { wasm: true });
  await context.close();
});

test("cross-origin iframe (second port): NotAllowedError and \"unavailable\" without allow=\"summarizer\", a summary with it", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const results = {};
  for (const [name, src, allow] of [
    ["cross-origin", `${otherOrigin}${FIXTURES}/frame.html`, null],
    ["cross-origin, force", `${otherOrigin}${FIXTURES}/frame.html?force`, null],
    ["cross-origin, allow=summarizer", `${otherOrigin}${FIXTURES}/frame.html`, "summarizer"],
    ["same-origin", `${origin}${FIXTURES}/frame.html`, null],
  ]) {
    await page.evaluate(([url, policy]) => {
      document.querySelector("iframe")?.remove();
      const iframe = document.createElement("iframe");
      if (policy) iframe.allow = policy;
      iframe.src = url;
      document.body.append(iframe);
    }, [src, allow]);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await frame.waitForFunction(() => window.frameReady === true, null, { timeout: 10_000 });
    const r = await frame.evaluate(async (text) => ({
      installed: window.installed,
      policy: document.featurePolicy?.allowsFeature("summarizer") ?? null,
      ...(await window.tryAll(text)),
    }), article);
    results[name] = { ...r, summary: typeof r.summary === "string" && article.includes(r.summary.split("”")[0].trim()) ? "from the article" : r.summary };
  }
  const denied = { installed: true, policy: false, availability: { value: "unavailable" }, create: "NotAllowedError", summary: null };
  const allowed = { installed: true, policy: true, availability: { value: "available" }, create: "created", summary: "from the article" };
  assert.deepEqual(results, {
    "cross-origin": denied, "cross-origin, force": denied, "cross-origin, allow=summarizer": allowed, "same-origin": allowed,
  });
  assertClean(log, { wasm: true });
  await context.close();
});

test("Web Worker: installPolyfill() and the whole facade through self.Summarizer", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const r = await page.evaluate(async ([url, text]) => {
    const worker = new Worker(url, { type: "module" });
    const reply = await new Promise((resolve, reject) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage({ text, type: "key-points", format: "markdown", length: "medium" });
    });
    worker.terminate();
    const s = await window.abridge.Summarizer.create({ type: "key-points", format: "markdown", length: "medium" });
    return { ...reply, mainThread: await s.summarize(text) };
  }, [`${FIXTURES}/worker.js`, article]);
  assert.equal(r.error, undefined);
  assert.equal(r.hadNative, false, "Chromium exposes no native Summarizer to workers");
  assert.equal(r.installed, true);
  assert.equal(r.availability, "available");
  assert.deepEqual(r.events, [0, 1]);
  assert.equal(r.summary, r.mainThread, "same summary as on the main thread");
  assert.equal(r.chunks.join(""), r.summary);
  assert.equal(r.chunks.length, 5);
  assert.equal(r.usage, article.length);
  assert.equal(r.destroyed, "AbortError");
  assert.ok(log.requests.includes(`${origin}${FIXTURES}/worker.js`));
  assertClean(log, { wasm: true });
  await context.close();
});

test("a client written only to the standard shows a summary on this Chromium after installPolyfill()", async () => {
  const { page, context, log } = await open(`${FIXTURES}/client.html`);
  await page.waitForSelector("#go:not([disabled])");
  await page.fill("#text", article);
  await page.click("#go");
  await page.waitForFunction(() => [...document.querySelectorAll("#log li")].some((li) => /^(destroyed|error)/.test(li.textContent)), null, { timeout: 15_000 });
  const r = await page.evaluate(() => ({
    summary: document.querySelector("#summary").textContent,
    log: [...document.querySelectorAll("#log li")].map((li) => li.textContent),
  }));
  console.log(`# standards-only client: ${r.log.join(" | ")}`);
  await mkdir(`${ROOT}target/screenshots`, { recursive: true });
  await page.screenshot({ path: `${ROOT}target/screenshots/polyfill-client.png`, fullPage: true });
  const lines = r.summary.split("\n");
  assert.equal(lines.length, 3, "key-points, short: three bullets");
  const flat = article.replace(/\s+/g, " ");
  for (const line of lines) {
    assert.ok(line.startsWith("• ") && flat.includes(line.slice(2)), `a sentence of the article: ${line}`);
  }
  assert.deepEqual(r.log.filter((l) => !l.startsWith("chunk")), ["availability: available", "downloadprogress: 0", "downloadprogress: 1", "created", "destroyed"]);
  assert.equal(r.log.filter((l) => l.startsWith("chunk")).length, 3);
  assertClean(log, { wasm: true });
  await context.close();
});

test("abridge's Summarizer loads what it needs: the expected language's module at create(), the input's on summarize(), never all 18", async () => {
  const { page, context, log } = await open();
  await ready(page);
  const modules = () => log.requests.filter((u) => WASM.test(u)).map((u) => new URL(u).pathname.split("/").pop());
  const r = await page.evaluate(async (text) => {
    const { Summarizer } = window.abridge;
    const fr = await Summarizer.create({ expectedInputLanguages: ["fr"], type: "tldr" });
    const afterCreate = performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()).filter((n) => n.endsWith(".wasm"));
    const plain = await Summarizer.create({ type: "tldr" });
    return { afterCreate, fr: await fr.summarize(text), plain: await plain.summarize(text) };
  }, article);
  assert.deepEqual(r.afterCreate, ["abridge-fr_bg.wasm"], "create() fetched the expected language's module");
  // The English article: forced to French where French is expected (the spec's rule), detected as English otherwise.
  assert.deepEqual(modules(), ["abridge-fr_bg.wasm", "abridge-en_bg.wasm"]);
  // The same summaries as the all-language module's.
  const full = await page.evaluate(async (text) => {
    const { init, Summarizer } = window.abridge;
    await init();
    const fr = await Summarizer.create({ expectedInputLanguages: ["fr"], type: "tldr" });
    return { fr: await fr.summarize(text), plain: await (await Summarizer.create({ type: "tldr" })).summarize(text) };
  }, article);
  assert.deepEqual(r, { afterCreate: r.afterCreate, ...full });
  assertClean(log, { wasm: true });
  await context.close();
});
