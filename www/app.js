// The paste-in page. Everything happens in this tab: the text is summarised
// by the WebAssembly engine (www/lib over www/pkg), kept in localStorage, and
// never sent anywhere. User text reaches the DOM only as text nodes.
//
// Live updates: typing is debounced lightly, pasting, dropping and moving the
// length control summarise at once. Texts over BIG characters go to a Web
// Worker so the page never freezes; smaller ones are summarised directly
// (about a millisecond for a news article).
//
// Timing: #summary-card gets data-ms (from the triggering event to the
// rendered summary), data-engine-ms, data-path ("direct" | "worker") and
// data-run (a counter), for the tests and for the curious.
import init, { createWorkerSummarizer, languages, summarize } from "./lib/abridge.js";
import { cutToWords } from "./lib/summarizer.js";
import { OriginalView, keywordRanges } from "./app/highlight.js";
import { copyText, download, formatSummary } from "./app/output.js";
import * as store from "./app/store.js";
import { countWords, fileToText, htmlToText, isReadable } from "./app/text.js";
import { closeQuotes } from "./widget/quote.js";

const BIG = 100_000; // UTF-16 code units; above this the worker summarises
const WPM = 238; // average silent reading speed
const TYPING_DELAY = 120;
const TYPING_DELAY_BIG = 400;
const MAX_INPUT = 10_000_000;

const PRESETS = {
  "key-points": { sentences: { short: 3, medium: 5, long: 7 }, percent: { short: 10, medium: 25, long: 40 } },
  tldr: { sentences: { short: 1, medium: 3, long: 5 }, percent: { short: 5, medium: 15, long: 30 } },
  headline: { words: { short: 12, medium: 17, long: 22 } },
};
const RANGES = {
  sentences: { min: 1, max: 20, step: 1 },
  percent: { min: 5, max: 100, step: 5 },
  words: { min: 5, max: 40, step: 1 },
};
const UNIT_LABELS = { sentences: "sentences", percent: "% of text", words: "words" };

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
const radios = (name) => [...document.querySelectorAll(`input[name="${name}"]`)];

const view = new OriginalView(el.original);
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** What the page remembers. `sentences`/`percent` hold the last amount per unit. */
const state = {
  text: "",
  type: "key-points",
  unit: "sentences",
  amount: 3,
  language: "auto",
  keyword: null,
};

let ready = false;
/**
 * A text over BIG characters lives here, not in the textarea: Chromium needs
 * ~400 ms to lay out a megabyte in a textarea, which would freeze the page.
 * The textarea then shows the start of it, read-only.
 */
let bigText = null;
const PREVIEW = 20_000;
const getText = () => bigText ?? el.input.value;
let current = null; // { text, result, summary: { type, lines }, keywords }
let runs = 0;

// ---------------------------------------------------------------- controls

const unitOf = (type, unit) => (type === "headline" ? "words" : unit);

function presetFor() {
  const table = PRESETS[state.type][unitOf(state.type, state.unit)];
  return Object.keys(table).find((k) => table[k] === state.amount) ?? null;
}

function syncControls() {
  for (const r of radios("type")) r.checked = r.value === state.type;
  const unit = unitOf(state.type, state.unit);
  const range = RANGES[unit];
  Object.assign(el.amount, { min: range.min, max: range.max, step: range.step });
  el.amount.value = String(state.amount);
  el.amountOut.value = String(state.amount);
  el.amount.setAttribute("aria-valuetext", `${state.amount} ${UNIT_LABELS[unit]}`);
  const options = state.type === "headline" ? ["words"] : ["sentences", "percent"];
  if ([...el.unit.options].map((o) => o.value).join() !== options.join()) {
    el.unit.replaceChildren(...options.map((v) => new Option(UNIT_LABELS[v], v)));
  }
  el.unit.value = unit;
  el.unit.disabled = options.length === 1;
  const preset = presetFor();
  for (const r of radios("preset")) r.checked = r.value === preset;
  el.language.value = state.language;
}

function clampAmount() {
  const range = RANGES[unitOf(state.type, state.unit)];
  const n = Math.round(Number(state.amount));
  state.amount = Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, n)) : PRESETS[state.type][unitOf(state.type, state.unit)].short;
  if (unitOf(state.type, state.unit) === "percent") state.amount = Math.round(state.amount / 5) * 5 || 5;
}

function settingsChanged(t0 = performance.now()) {
  clampAmount();
  syncControls();
  persist();
  schedule({ t0, immediate: true });
}

function persist() {
  store.save({ ...state, text: getText() });
}

function optionsFor() {
  const options = { keywords: 12 };
  if (state.language !== "auto") options.language = state.language;
  if (state.type === "headline") options.sentences = 1;
  else if (state.unit === "percent") options.ratio = state.amount / 100;
  else options.sentences = state.amount;
  return options;
}

// ---------------------------------------------------------------- summarising

let worker = null;
let inFlight = false;
let queued = null;
let typingTimer = 0;

function schedule({ t0 = performance.now(), immediate = false } = {}) {
  clearTimeout(typingTimer);
  if (!ready) return;
  if (immediate) {
    request(t0);
  } else {
    const delay = getText().length > BIG ? TYPING_DELAY_BIG : TYPING_DELAY;
    typingTimer = setTimeout(() => request(t0), delay);
  }
}

function request(t0) {
  const job = { t0, text: getText(), options: optionsFor(), type: state.type, amount: state.amount };
  if (inFlight) {
    queued = job; // only the newest waiting request matters
    return;
  }
  execute(job);
}

async function execute(job) {
  if (!job.text.trim()) {
    renderEmpty();
    return;
  }
  if (job.text.length > MAX_INPUT) {
    showError(`This text has ${job.text.length.toLocaleString()} characters; the limit is ${MAX_INPUT.toLocaleString()}.`);
    return;
  }
  inFlight = true;
  const big = job.text.length > BIG;
  let result;
  try {
    const started = performance.now();
    if (big) {
      setBusy(true);
      worker ??= createWorkerSummarizer();
      result = await worker.summarize(job.text, job.options);
    } else {
      result = summarize(job.text, job.options);
    }
    job.engineMs = performance.now() - started;
    job.path = big ? "worker" : "direct";
    if (!queued || queued.text !== job.text) render(job, result);
  } catch (err) {
    showError(`Could not summarise: ${err?.message ?? err}`);
  } finally {
    inFlight = false;
    setBusy(false);
    if (queued) {
      const next = queued;
      queued = null;
      execute(next);
    }
  }
}

function setBusy(busy) {
  el.card.setAttribute("aria-busy", String(busy));
  el.card.classList.toggle("busy", busy);
  if (busy) el.status.textContent = "Summarising…";
}

// ---------------------------------------------------------------- rendering

const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

function languageName(code) {
  if (!code) return "Unknown";
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function render(job, result) {
  const { text, type } = job;
  const textChanged = !current || current.text !== text;
  if (textChanged) view.setText(text);

  // The summary's lines, in document order, as shown and copied: a sentence
  // from inside a quotation gets its closing mark (the result, its offsets and
  // the highlights in the original stay verbatim).
  let lines = result.sentences.map((s) => closeQuotes(s.text));
  if (type === "headline" && lines.length) lines = [cutToWords(lines[0].replace(/\s+/g, " ").trim(), job.amount, result.language)];

  const scores = result.sentences.map((s) => s.score);
  const lo = Math.min(...scores);
  const hi = Math.max(...scores);
  const picks = result.sentences.map((s, i) => ({
    start: s.start,
    end: s.end,
    n: i + 1,
    shade: hi > lo ? 0.35 + (0.65 * (s.score - lo)) / (hi - lo) : 1,
  }));

  const keywordsChanged = !current || current.keywords.map((k) => k.word).join("\n") !== result.keywords.map((k) => k.word).join("\n");
  if (state.keyword && !result.keywords.some((k) => k.word === state.keyword)) state.keyword = null;
  current = { text, result, summary: { type, lines }, keywords: result.keywords, picks, kwCache: textChanged ? new Map() : current.kwCache };
  view.update(picks, keywordRangesFor(state.keyword));

  renderSummary(type, result, lines);
  if (keywordsChanged || textChanged) renderKeywords(result.keywords);
  else syncChips();
  renderStats(result, type === "headline" ? countWords(lines.join(" ")) : result.stats.wordsOut);

  const { sentencesIn, sentencesOut } = result.stats;
  el.status.classList.remove("error");
  el.status.textContent = sentencesOut === 0
    ? "No sentences found in this text."
    : type === "headline"
      ? `Headline from the best of ${plural(sentencesIn, "sentence")}.`
      : `${sentencesOut} of ${plural(sentencesIn, "sentence")} · ${job.engineMs < 10 ? job.engineMs.toFixed(1) : Math.round(job.engineMs)} ms`;

  el.card.dataset.state = "ready";
  const ms = performance.now() - job.t0;
  runs += 1;
  Object.assign(el.card.dataset, {
    ms: ms.toFixed(2), engineMs: job.engineMs.toFixed(2), path: job.path, run: String(runs),
  });
  requestAnimationFrame(() => {
    el.card.dataset.frameMs = (performance.now() - job.t0).toFixed(2);
  });
}

function renderSummary(type, result, lines) {
  const link = (n, text) => {
    const a = document.createElement("a");
    a.className = "jump";
    a.href = `#pick-${n}`;
    a.dataset.n = String(n);
    a.textContent = text;
    return a;
  };
  if (!lines.length) {
    el.summary.replaceChildren(placeholder("No sentence could be picked from this text."));
    return;
  }
  if (type === "key-points") {
    const ol = document.createElement("ol");
    ol.className = "points";
    result.sentences.forEach((s, i) => {
      const li = document.createElement("li");
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = `sentence ${s.index + 1} of ${result.stats.sentencesIn} · score ${s.score.toFixed(2)}`;
      li.append(link(i + 1, lines[i].replace(/\s+/g, " ").trim()), where);
      ol.append(li);
    });
    el.summary.replaceChildren(ol);
  } else if (type === "tldr") {
    const p = document.createElement("p");
    p.className = "tldr";
    lines.forEach((line, i) => p.append(i ? " " : "", link(i + 1, line.replace(/\s+/g, " ").trim())));
    el.summary.replaceChildren(p);
  } else {
    const p = document.createElement("p");
    p.className = "headline";
    p.append(link(1, lines[0]));
    el.summary.replaceChildren(p);
  }
}

function placeholder(message) {
  const p = document.createElement("p");
  p.className = "placeholder";
  p.textContent = message;
  return p;
}

function renderKeywords(keywords) {
  el.keywords.replaceChildren(
    ...keywords.map((k) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "chip";
      b.dataset.word = k.word;
      b.setAttribute("aria-pressed", String(state.keyword === k.word));
      const word = document.createElement("span");
      word.textContent = k.word;
      const count = document.createElement("span");
      count.className = "chip-count";
      count.textContent = String(k.count);
      count.setAttribute("aria-label", `, ${plural(k.count, "time")}`);
      b.append(word, count);
      return b;
    }),
  );
}

function syncChips() {
  for (const b of el.keywords.querySelectorAll(".chip")) {
    b.setAttribute("aria-pressed", String(b.dataset.word === state.keyword));
  }
}

function keywordRangesFor(word) {
  if (!word || !current) return [];
  if (!current.kwCache.has(word)) {
    const keyword = current.keywords.find((k) => k.word === word);
    current.kwCache.set(word, keywordRanges(current.text, keyword));
  }
  return current.kwCache.get(word);
}

function formatDuration(minutes) {
  const seconds = Math.round(minutes * 60);
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return seconds % 60 && m < 10 ? `${m} min ${seconds % 60} s` : `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

function renderStats(result, wordsOut) {
  const wordsIn = result.stats.wordsIn;
  el.statIn.textContent = wordsIn.toLocaleString();
  el.statOut.textContent = wordsOut.toLocaleString();
  el.statReduction.textContent = wordsIn ? `${Math.round((1 - wordsOut / wordsIn) * 100)}%` : "—";
  el.statSaved.textContent = wordsIn ? formatDuration(Math.max(0, wordsIn - wordsOut) / WPM) : "—";
  const how = document.createElement("span");
  how.className = "how";
  how.textContent = state.language === "auto" ? " detected" : " chosen";
  el.statLang.replaceChildren(result.language ? languageName(result.language) : "Unknown", how);
}

function renderEmpty() {
  current = null;
  view.setText("");
  el.original.replaceChildren(placeholder("The article appears here with the chosen sentences highlighted."));
  el.summary.replaceChildren(placeholder("Your summary appears here as soon as there is text to read."));
  el.keywords.replaceChildren();
  for (const s of [el.statIn, el.statOut, el.statReduction, el.statSaved, el.statLang]) s.textContent = "—";
  el.status.classList.remove("error");
  el.status.textContent = ready ? "Paste an article, or try the sample." : "Loading the summariser…";
  el.card.dataset.state = "empty";
}

function showError(message) {
  el.status.textContent = message;
  el.status.classList.add("error");
  el.card.dataset.state = "error";
}

let toastTimer = 0;
function toast(message) {
  el.toast.textContent = message;
  el.toast.classList.add("show");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.toast.classList.remove("show"), 2200);
}

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

function reveal(mark) {
  if (!mark) return;
  mark.scrollIntoView({ block: "center", behavior: reducedMotion.matches ? "auto" : "smooth" });
  mark.focus({ preventScroll: true });
  mark.classList.remove("flash");
  void mark.offsetWidth; // restart the animation
  mark.classList.add("flash");
}

// ---------------------------------------------------------------- input

function countNow() {
  const text = getText();
  el.count.textContent = text.length > BIG
    ? `${text.length.toLocaleString()} characters (showing the start; paste, drop or Clear to replace)`
    : plural(countWords(text), "word");
}

/** Puts `text` in place: in the textarea, or as bigText with a read-only preview. */
function place(text) {
  if (text.length > BIG) {
    bigText = text;
    el.input.value = `${text.slice(0, PREVIEW)}\n\n[…]`;
    el.input.readOnly = true;
    el.editor.classList.add("big");
  } else {
    bigText = null;
    el.input.value = text;
    el.input.readOnly = false;
    el.editor.classList.remove("big");
  }
}

/**
 * Replaces the selection with `text` (the whole text while a big one is shown).
 * setRangeText, not execCommand("insertText"): the editing command costs
 * ~20 ms for a news article and seconds for megabytes, setRangeText ~1 ms.
 * The price: the paste itself is not on the undo stack.
 */
function insertText(text) {
  const input = el.input;
  if (bigText !== null) return place(text);
  const { selectionStart: a, selectionEnd: b, value } = input;
  if (value.length - (b - a) + text.length > BIG) {
    place(value.slice(0, a) + text + value.slice(b));
  } else {
    input.setRangeText(text, a, b, "end");
  }
}

function setText(text, t0) {
  place(text);
  el.input.setSelectionRange(0, 0);
  el.input.scrollTop = 0;
  textChanged(t0, true);
}

function textChanged(t0, immediate) {
  countNow();
  persist();
  schedule({ t0, immediate });
}

el.input.addEventListener("paste", (event) => {
  const t0 = performance.now();
  const data = event.clipboardData;
  if (!data) return;
  const html = data.types.includes("text/html") ? data.getData("text/html") : "";
  let text = html ? htmlToText(html) : "";
  if (!text) text = data.getData("text/plain").replace(/\r\n?/g, "\n");
  if (!text) return; // e.g. an image: let the browser decide
  event.preventDefault();
  insertText(text);
  textChanged(t0, true);
});

el.input.addEventListener("input", (event) => {
  const immediate = /^insertFrom(Paste|Drop)/.test(event.inputType ?? "");
  textChanged(event.timeStamp || performance.now(), immediate);
});

el.input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    schedule({ immediate: true });
  }
});

// Dropping a file anywhere on the article card.
let dragDepth = 0;
const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
el.editor.addEventListener("dragenter", (event) => {
  if (!hasFiles(event)) return;
  dragDepth += 1;
  el.editor.classList.add("dragging");
});
el.editor.addEventListener("dragleave", () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) el.editor.classList.remove("dragging");
});
el.editor.addEventListener("dragover", (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "copy";
});
el.editor.addEventListener("drop", async (event) => {
  dragDepth = 0;
  el.editor.classList.remove("dragging");
  if (!hasFiles(event)) return;
  event.preventDefault();
  await openFile(event.dataTransfer.files[0]);
});

async function openFile(file) {
  if (!file) return;
  const t0 = performance.now();
  if (!isReadable(file)) {
    toast(`“${file.name}” is not a text file. Use .txt, .md or .html.`);
    return;
  }
  if (file.size > MAX_INPUT * 2) {
    toast(`“${file.name}” is too large (${Math.round(file.size / 1e6)} MB).`);
    return;
  }
  setText(await fileToText(file), t0);
  toast(`Opened “${file.name}”.`);
}

el.open.addEventListener("click", () => el.file.click());
el.file.addEventListener("change", async () => {
  await openFile(el.file.files[0]);
  el.file.value = "";
});

el.sample.addEventListener("click", async () => {
  const t0 = performance.now();
  const { SAMPLE } = await import("./app/sample.js");
  setText(SAMPLE, t0);
});

el.clear.addEventListener("click", () => {
  setText("", performance.now());
  el.input.focus();
});

el.go.addEventListener("click", () => schedule({ immediate: true }));

for (const r of radios("type")) {
  r.addEventListener("change", () => {
    const before = presetFor() ?? "short";
    state.type = r.value;
    state.amount = PRESETS[state.type][unitOf(state.type, state.unit)][before];
    settingsChanged();
  });
}
for (const r of radios("preset")) {
  r.addEventListener("change", () => {
    state.amount = PRESETS[state.type][unitOf(state.type, state.unit)][r.value];
    settingsChanged();
  });
}
el.amount.addEventListener("input", (event) => {
  state.amount = el.amount.valueAsNumber;
  settingsChanged(event.timeStamp);
});
el.unit.addEventListener("change", () => {
  const before = presetFor() ?? "short";
  state.unit = el.unit.value;
  state.amount = PRESETS[state.type][state.unit][before];
  settingsChanged();
});
el.language.addEventListener("change", () => {
  state.language = el.language.value;
  settingsChanged();
});

// Summary sentence → its place in the article.
el.summary.addEventListener("click", (event) => {
  const a = event.target.closest("a.jump");
  if (!a) return;
  event.preventDefault();
  reveal(view.pick(a.dataset.n));
});

// Keyword chips: select one to mark its occurrences; select it again to clear.
el.keywords.addEventListener("click", (event) => {
  const chip = event.target.closest(".chip");
  if (!chip || !current) return;
  state.keyword = state.keyword === chip.dataset.word ? null : chip.dataset.word;
  const ranges = keywordRangesFor(state.keyword);
  view.update(current.picks, ranges);
  syncChips();
  persist();
  if (state.keyword) {
    toast(`“${state.keyword}”: ${plural(ranges.length, "occurrence")} marked in the article.`);
    const first = view.firstKeyword();
    if (first) {
      const box = el.original;
      box.scrollTo({ top: first.offsetTop - box.offsetTop - box.clientHeight / 3, behavior: reducedMotion.matches ? "auto" : "smooth" });
    }
  }
});

// Copy and download.
const summaryText = (format) => (current ? formatSummary(current.summary, format) : "");
async function copy(format, label) {
  const text = summaryText(format);
  if (!text) return toast("Nothing to copy yet.");
  try {
    await copyText(text);
    toast(`Copied ${label}.`);
  } catch (err) {
    toast(`Could not copy: ${err?.message ?? err}`);
  }
}
$("copy-text").addEventListener("click", () => copy("text", "as plain text"));
$("copy-md").addEventListener("click", () => copy("markdown", "as Markdown"));
$("save-txt").addEventListener("click", () => {
  const text = summaryText("text");
  if (text) download(text, "summary.txt", "text/plain");
  else toast("Nothing to download yet.");
});
$("save-md").addEventListener("click", () => {
  const text = summaryText("markdown");
  if (text) download(text, "summary.md", "text/markdown");
  else toast("Nothing to download yet.");
});

// ---------------------------------------------------------------- start

// About a news article's worth of text: the first real call then pays no
// first-call costs (memory growth, JIT of the glue).
const WARM_TEXT = Array.from({ length: 60 }, (_, i) =>
  `Sentence ${i} of the warm-up text talks about topic ${i % 7} in plain words.`).join(" ");
function warmUp() {
  try {
    summarize(WARM_TEXT, { sentences: 3, keywords: 12 });
  } catch {
    // Not fatal: the first real call will just be a little slower.
  }
}

function restore() {
  const saved = store.load();
  if (typeof saved.text === "string") place(saved.text);
  if (saved.type in PRESETS) state.type = saved.type;
  if (saved.unit === "sentences" || saved.unit === "percent") state.unit = saved.unit;
  if (Number.isFinite(saved.amount)) state.amount = saved.amount;
  if (typeof saved.language === "string") state.language = saved.language;
  if (typeof saved.keyword === "string") state.keyword = saved.keyword;
  clampAmount();
}

restore();
countNow();
syncControls();
renderEmpty();

try {
  await init(); // fetches ./pkg/abridge_bg.wasm
  const codes = languages();
  el.language.append(
    ...codes
      .map((code) => ({ code, name: languageName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ code, name }) => new Option(name, code)),
  );
  if (!codes.includes(state.language)) state.language = "auto";
  el.language.value = state.language;
  ready = true;
  el.go.disabled = false;
  el.card.dataset.state = "empty";
  document.documentElement.dataset.ready = "true";
  if (el.input.value.trim()) {
    schedule({ immediate: true });
  } else {
    renderEmpty();
    warmUp();
  }
  // The worker (for big texts) starts once the page is idle, so the first big paste is quick too.
  setTimeout(() => {
    worker ??= createWorkerSummarizer();
    worker.summarize(WARM_TEXT, { sentences: 1 })
      .then(() => { document.documentElement.dataset.worker = "ready"; })
      .catch(() => {});
  }, 1500);
} catch (err) {
  showError(`The summariser failed to load: ${err?.message ?? err}`);
}

// Offline: cache the page, its code and the wasm (www/sw.js).
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("sw.js", { scope: "./" }).catch(() => {});
  navigator.serviceWorker.ready.then(() => {
    el.badge.textContent = "Private · works offline";
    document.documentElement.dataset.offline = "ready";
  });
}
