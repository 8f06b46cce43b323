// The paste-in page. Everything happens in this tab: the text is summarised
// by the WebAssembly engine (www/lib over www/pkg), kept in localStorage, and
// never sent anywhere. User text reaches the DOM only as text nodes.
//
// This module wires the parts together:
//   app/controls.js  the length and language settings and their controls
//   app/input.js     the article box: typing, paste, drop, open, sample, clear
//   app/runner.js    when and where to summarise (this thread or the worker)
//   app/engine.js    loading the engine: only the module of the text's language
//   app/render.js    the summary, keywords, figures and marked article
//   app/output.js    copy and download as text or Markdown
import { createControls } from "./app/controls.js";
import { languages, preload, preloadDetector } from "./app/engine.js";
import { createInput } from "./app/input.js";
import { copyText, download, formatSummary } from "./app/output.js";
import { createRenderer, languageName } from "./app/render.js";
import { createRunner } from "./app/runner.js";
import * as store from "./app/store.js";

const $ = (id) => document.getElementById(id);
const el = {
  input: $("input"), count: $("count"), editor: $("editor"), file: $("file"),
  sample: $("sample"), open: $("open"), clear: $("clear"), go: $("go"),
  amount: $("amount"), amountOut: $("amount-out"), unit: $("unit"), language: $("language"),
  card: $("summary-card"), status: $("status"), summary: $("summary"), keywords: $("keywords"),
  original: $("original"), toast: $("toast"), badge: $("badge-text"),
  statIn: $("stat-in"), statOut: $("stat-out"), statReduction: $("stat-reduction"),
  statSaved: $("stat-saved"), statLang: $("stat-lang"),
};

const controls = createControls(el, (t0) => {
  persist();
  runner.schedule({ t0, immediate: true });
});
const { state } = controls;
const renderer = createRenderer(el, state);
const input = createInput(el, {
  changed(t0, immediate) {
    persist();
    runner.schedule({ t0, immediate });
  },
  submit: () => runner.schedule({ immediate: true }),
  toast: renderer.toast,
});
const runner = createRunner({
  getText: input.getText,
  getJob: () => ({ options: controls.options(), type: state.type, amount: state.amount }),
  render: renderer.render,
  empty: () => renderer.empty(runner.ready),
  error: renderer.error,
  busy: renderer.busy,
});

function persist() {
  store.save({ text: input.getText(), ...state });
}

el.go.addEventListener("click", () => runner.schedule({ immediate: true }));

// Summary sentence → its place in the article.
el.summary.addEventListener("click", (event) => {
  const a = event.target.closest("a.jump");
  if (!a) return;
  event.preventDefault();
  renderer.reveal(a.dataset.n);
});

// Keyword chips: select one to mark its occurrences; select it again to clear.
el.keywords.addEventListener("click", (event) => {
  const chip = event.target.closest(".chip");
  if (chip && renderer.toggleKeyword(chip.dataset.word)) persist();
});

// Copy and download.
const summaryText = (format) => {
  const shown = renderer.shown();
  return shown ? formatSummary(shown, format) : "";
};
async function copy(format, label) {
  const text = summaryText(format);
  if (!text) return renderer.toast("Nothing to copy yet.");
  try {
    await copyText(text);
    renderer.toast(`Copied ${label}.`);
  } catch (err) {
    renderer.toast(`Could not copy: ${err?.message ?? err}`);
  }
}
function save(format, filename, type) {
  const text = summaryText(format);
  if (text) download(text, filename, type);
  else renderer.toast("Nothing to download yet.");
}
$("copy-text").addEventListener("click", () => copy("text", "as plain text"));
$("copy-md").addEventListener("click", () => copy("markdown", "as Markdown"));
$("save-txt").addEventListener("click", () => save("text", "summary.txt", "text/plain"));
$("save-md").addEventListener("click", () => save("markdown", "summary.md", "text/markdown"));

// ---------------------------------------------------------------- start

const saved = store.load();
input.restore(saved.text);
controls.restore(saved);
controls.sync();
renderer.empty(false);

// Nothing is loaded before there is text: the first text fetches the module
// of its language (app/engine.js), unless the reader picked one, which is
// fetched now.
controls.setLanguages(languages(), languageName);
runner.start();
el.go.disabled = false;
document.documentElement.dataset.ready = "true";
if (el.input.value.trim()) {
  runner.schedule({ immediate: true });
} else {
  renderer.empty(true);
  if (state.language !== "auto") preload(state.language).catch(() => {}); // a failure shows on the first run
}
// A text is coming (the box has focus, a file is dragged over): with no
// language picked, fetch the detector now, so the text waits only for its module.
const expectText = () => {
  if (state.language === "auto") preloadDetector().catch(() => {});
};
el.input.addEventListener("focus", expectText, { once: true });
el.editor.addEventListener("dragenter", expectText, { once: true });

// Offline (www/sw.js): the service worker caches what the page uses. What
// the page fetched before the worker controlled it (on the first visit: the
// page, its code, maybe a module), the page lists for it; the badge says
// "works offline" once those are cached.
if ("serviceWorker" in navigator) {
  const sw = navigator.serviceWorker;
  // The icon is fetched outside Resource Timing, so the <link>s are listed too.
  const used = () => [location.href, ...[...document.querySelectorAll("link[href]")].map((l) => l.href),
    ...performance.getEntriesByType("resource").map((e) => e.name)].filter((u) => u.startsWith(location.origin));
  const cacheUsed = (worker) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    worker.postMessage({ type: "cache", urls: used() }, [channel.port2]);
  });
  sw.register("sw.js", { scope: "./" }).catch(() => {});
  // Also when it takes control, for anything fetched in between.
  let controlled = sw.controller ? 0 : Infinity; // when it took control (performance.now())
  sw.addEventListener("controllerchange", () => {
    if (!sw.controller) return;
    controlled = Math.min(controlled, performance.now());
    cacheUsed(sw.controller);
  });
  // A fetch under way when it took control ends outside it and after that
  // list (a module imported at that moment): listed as it completes. Later
  // fetches go through the worker, which caches them itself.
  new PerformanceObserver((entries) => {
    const urls = entries.getEntries().filter((e) => e.startTime < controlled && e.name.startsWith(location.origin)).map((e) => e.name);
    if (urls.length && sw.controller) sw.controller.postMessage({ type: "cache", urls });
  }).observe({ type: "resource" });
  sw.ready.then((registration) => cacheUsed(registration.active)).then(() => {
    el.badge.textContent = "Private · works offline";
    document.documentElement.dataset.offline = "ready";
  });
}
