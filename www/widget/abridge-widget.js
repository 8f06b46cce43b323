// <abridge-summary>: the key points of the article it sits beside, computed
// in the reader's browser. One module, one custom element, no globals.
//
//   <script type="module" src="/abridge/abridge-widget.js"></script>
//   <abridge-summary sentences="3"></abridge-summary>
//
// A guest on someone else's page: it renders in its own shadow root, reads
// the article without changing it (highlights go through the CSS Custom
// Highlight API; <mark> elements only where that API is missing), puts page
// text into the DOM only as text, fetches nothing but its own files, loads
// the wasm only when the box nears the viewport, stops all work when removed,
// leaves `hidden` to the host once the host sets it, and on any failure hides
// itself and warns once. See README.md beside this file.
import { locate, readArticle } from "./extract.js";

const TAG = "abridge-summary";
/** The `length` values; what each means is the engine's (key points) or core.js SENTENCES (TL;DR). */
const LENGTHS = ["short", "medium", "long"];
/** The engine's largest `sentences`; larger values mean the same: every sentence. */
const MAX_SENTENCES = 4294967295;

// Built-ins captured when the module loads, so a page that replaces or breaks
// them later (console.warn, JSON, setTimeout…) cannot break the box; reading
// any of them may throw on a tampered page, hence `own`.
const G = globalThis;
const own = (read) => {
  try {
    return read();
  } catch {
    return undefined;
  }
};
const bound = (object, name) => own(() => object[name].bind(object));
const warn = bound(G.console, "warn");
const now = bound(G.performance, "now") ?? (() => 0);
const later = own(() => G.setTimeout);
const cancel = own(() => G.clearTimeout);
const Custom = own(() => G.CustomEvent);
const Intersection = own(() => G.IntersectionObserver);
const Mutation = own(() => G.MutationObserver);
const Abort = own(() => G.AbortController);
const Sheet = own(() => G.CSSStyleSheet);
const registry = own(() => G.CSS.highlights);
const Highlight = own(() => G.Highlight);
/** The <mark> fallback (marks.js), loaded only where the Highlight API is missing. */
let marks = null;

// The engine (www/lib/core.js and the wasm glue it imports) is imported
// dynamically: a page that broke a built-in the glue needs at load
// (TextDecoder, TextEncoder) then gets a hidden box and a warning, not an
// uncaught error. The import starts with the module; the wasm itself (and
// quote.js) is fetched only by engine(), when a box has found its article.
let core = null;
let closeQuotes = null;
const coreModule = import("../lib/core.js");
coreModule.catch(() => {}); // reported by the box that awaits it
/** The engine module with what `text` needs loaded: only the module of its
 * language (`options.language`, else detected; www/lib/core.js loadFor), so a
 * reader downloads one language's wasm, not all 18. quote.js is needed only to
 * show a summary: it comes with the wasm, not before it. */
async function engine(text, options) {
  const m = await coreModule;
  [, { closeQuotes }] = await Promise.all([m.loadFor(text, options), import("./quote.js")]);
  core = m;
  return m;
}

// The box's words: key points heading, TL;DR heading, show, hide, while
// summarising, the note. English is here; each of the other 17 languages
// abridge summarises is a small module in words/, fetched only by a page that
// needs it (the page's declared language as soon as this module loads).
// Chosen from the element's `lang`, else the article's or the page's declared
// language, else the detected one, else English; each overridable (LABELS).
const WORDS = new Map([["en", "Key points|TL;DR|Show|Hide|Summarising…|Picked in your browser by abridge; nothing was sent anywhere.".split("|")]]);
const LANGUAGES = ["ar", "da", "de", "el", "en", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ro", "ru", "sv", "ta", "tr"];
const loading = new Map();
/** Loads words/<code>.js once; English stands in when it cannot be loaded. */
function loadWords(code) {
  if (!loading.has(code)) {
    loading.set(code, import(`./words/${code}.js`).then(
      (m) => WORDS.set(code, String(m.default).split("|")),
      () => WORDS.set(code, WORDS.get("en")),
    ));
  }
  return loading.get(code);
}
/** Attributes that override one word each (the heading: `heading`), as [attribute, index in the words]. */
const LABELS = [["show-label", 2], ["hide-label", 3], ["status-label", 4], ["note", 5]];
/**
 * The language code of a `lang` value: "en-GB" → "en", "nb" → "no". For the
 * box's own words, needed before the engine loads; the engine's language
 * comes from core.js engineLanguage(), which applies the same alias.
 */
function primary(tag) {
  const code = String(tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return code === "nb" || code === "nn" ? "no" : code;
}
/** The box's language for a `lang` value ("es-MX" → "es"), or null when it has no words for it. */
function wordsFor(tag) {
  const code = primary(tag);
  return LANGUAGES.includes(code) ? code : null;
}
const declared = own(() => wordsFor(G.document.documentElement.getAttribute("lang")));
if (declared && !WORDS.has(declared)) loadWords(declared);

// Constructable stylesheets are not inline styles: they work under
// `style-src 'self'` without 'unsafe-inline'. Colours come from the page: the
// text colour is inherited and the background and border are tints of it, so
// the box is readable on any page, light or dark. The accent turns lighter in
// dark mode only where the page itself supports dark (declares color-scheme:
// dark or light dark): a guest must not turn dark on a light-only page because
// the reader's system is. (Comments stay out of the CSS string: it ships as is.)
const CSS = `
:host { display: block; margin: 1.25em 0; }
:host([hidden]) { display: none; }
.box { overflow-wrap: anywhere; min-width: 0; --accent: var(--abridge-accent, #4f46e5);
  background: var(--abridge-bg, color-mix(in srgb, currentColor 4%, transparent));
  color: var(--abridge-fg, inherit);
  border: 1px solid var(--abridge-border, color-mix(in srgb, currentColor 14%, transparent));
  border-left: 4px solid var(--accent); border-radius: var(--abridge-radius, 12px); padding: 0.9em 1.1em; }
@supports (color: light-dark(#000, #fff)) {
  .box { --accent: var(--abridge-accent, light-dark(#4f46e5, #a5b4fc)); }
}
@media (prefers-color-scheme: dark) {
  .box { border-color: var(--abridge-border, color-mix(in srgb, currentColor 20%, transparent)); border-left-color: var(--accent); }
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 1em; }
h2 { font: inherit; font-weight: 700; font-size: 1.05em; margin: 0; letter-spacing: 0.01em; }
button { font: inherit; font-size: 0.85em; color: var(--accent); background: none; cursor: pointer;
  border: 1px solid currentColor; border-radius: 999px; padding: 0.2em 0.8em; }
button:hover { background: color-mix(in srgb, var(--accent) 10%, transparent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
ol, p.tldr { margin: 0.6em 0 0; line-height: 1.5; }
ol { padding-left: 1.3em; }
li + li { margin-top: 0.45em; }
li::marker { color: var(--accent); font-weight: 700; }
.note { margin: 0.7em 0 0; font-size: 0.78em; opacity: 0.7; }
.status { margin: 0.6em 0 0; font-size: 0.9em; opacity: 0.75; }
@media (prefers-reduced-motion: no-preference) { .body:not([hidden]) { animation: fade 160ms ease-out; } }
@keyframes fade { from { opacity: 0; } to { opacity: 1; } }
`;
let sheet = null;
/** Styles a shadow root: a constructed stylesheet (allowed by `style-src 'self'`), or a
 * <style> element in browsers without them (Safari < 16.4), never an error. */
function style(root) {
  try {
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(Object.assign(root.ownerDocument.createElement("style"), { textContent: CSS }));
  }
}

// Highlights: one Highlight named "abridge" in the page's registry, holding
// every box's ranges. Its colours (and the fallback <mark>'s) are in a cascade
// layer, so any rule of the page's own (`::highlight(abridge) { … }`) wins.
const NAME = "abridge";
let shared = null;
let markSheet = null;
/** Adds the highlight styles to the document or shadow roots the ranges are in; styles are optional. */
function markStyles(roots) {
  try {
    if (!markSheet) {
      markSheet = new Sheet();
      // Two rules: a browser without ::highlight drops a selector list that names it.
      markSheet.replaceSync(`@layer abridge{::highlight(${NAME}){background-color:rgb(250 204 21/.35)}mark[data-abridge]{background-color:rgb(250 204 21/.35);color:inherit}}`);
    }
    for (const root of roots) {
      if (root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(markSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, markSheet];
    }
  } catch {
    // No constructed stylesheets: the browser's own <mark> colours, or no visible highlight.
  }
}

let ids = 0;
const el = (doc, tag, props = {}) => Object.assign(doc.createElement(tag), props);

// Where HTMLElement itself is gone the element cannot be defined; the module still loads.
const Base = typeof G.HTMLElement === "function" ? G.HTMLElement : Object;
class AbridgeSummary extends Base {
  static observedAttributes = ["for", "sentences", "length", "type", "lang", "heading", "collapsed", "highlight", "hidden", ...LABELS.map(([name]) => name)];

  #root;
  #parts = {};
  #session = null; // this connection's work: { aborted, signal, abort() }; null while disconnected
  #observer = null; // IntersectionObserver
  #mutations = null; // MutationObserver on the article
  #article = null;
  #lang = null; // the article's declared language, from readArticle()
  #visibleAt = 0;
  #started = false;
  #busy = false;
  #warned = false;
  #failed = false;
  #hostHidden = false; // the page set `hidden`: only the page may take it away
  #hiding = false; // the box itself is setting `hidden`
  #timer = 0;
  #ranges = []; // this box's Ranges in the shared Highlight
  #marks = []; // fallback: marks.js wrap()'s records
  #result = null;
  #segments = null; // { text, segments } of the article as last read
  #key = ""; // the text and options of the shown summary
  #broken = null; // why the constructor failed: stay inert

  constructor() {
    super();
    try {
      this.#build();
    } catch (error) {
      this.#broken = error; // reported when connected (a constructor may not set attributes)
    }
  }

  #build() {
    this.#root = this.attachShadow({ mode: "open" });
    style(this.#root);
    const doc = this.ownerDocument;
    const id = `abridge-h-${++ids}`;
    // `part` forwards to its token list's value: the attribute.
    const box = el(doc, "section", { className: "box", part: "box" });
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", id);
    const head = el(doc, "div", { className: "head" });
    const heading = el(doc, "h2", { id, part: "heading" });
    const toggle = el(doc, "button", { type: "button", part: "toggle" });
    // Visible text "Hide"/"Show"; the name read out is "Hide Key points".
    const action = el(doc, "span");
    const what = el(doc, "span", { className: "sr" });
    toggle.append(action, " ", what);
    const body = el(doc, "div", { className: "body", id: `${id}-body` });
    toggle.setAttribute("aria-controls", body.id);
    const status = el(doc, "p", { className: "status" });
    status.setAttribute("role", "status");
    const list = el(doc, "ol", { part: "list" });
    const tldr = el(doc, "p", { className: "tldr", hidden: true, part: "tldr" });
    const note = el(doc, "p", { className: "note", part: "note" });
    head.append(heading, toggle);
    body.append(status, list, tldr, note);
    box.append(head, body);
    this.#root.append(box);
    this.#parts = { box, heading, toggle, action, what, body, status, list, tldr, note };
    toggle.addEventListener("click", () => this.#guard(() => { this.collapsed = !this.collapsed; }));
  }

  connectedCallback() {
    if (this.#broken) return void this.#fail(this.#broken);
    this.#guard(() => {
      this.#stop(); // a box moved in the page starts afresh
      const controller = Abort ? new Abort() : null;
      this.#session = { aborted: false, signal: controller?.signal, abort() { this.aborted = true; controller?.abort(); } };
      this.#renderChrome();
      // Seen by the reader before (moved, re-inserted): no need to wait for the viewport again.
      if (this.#visibleAt || !Intersection) {
        if (!this.collapsed) this.#start();
        return;
      }
      this.#observer = new Intersection((entries) => this.#guard(() => {
        const near = entries.find((e) => e.isIntersecting);
        if (!near) return;
        this.#visibleAt ||= near.time; // when the box came within 200 px, on performance.now()'s clock
        if (!this.collapsed) this.#start();
      }), { rootMargin: "200px" });
      this.#observer.observe(this);
    });
  }

  disconnectedCallback() {
    this.#guard(() => this.#stop());
  }

  /** Ends this connection's work: observers, the timer, pending reads and runs, highlights. */
  #stop() {
    this.#session?.abort();
    this.#session = null;
    this.#started = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#mutations?.disconnect();
    this.#mutations = null;
    cancel(this.#timer);
    this.#unmark();
  }

  attributeChangedCallback(name) {
    if (!this.#root) return;
    this.#guard(() => {
      if (name === "hidden") {
        if (this.#hiding) return;
        this.#hostHidden = this.hasAttribute("hidden");
        if (!this.#hostHidden && this.#failed) this.#setHidden(true); // nothing to show
        return;
      }
      this.#renderChrome();
      if (name === "collapsed") {
        if (!this.collapsed && this.#session && (this.#visibleAt || !this.#observer)) {
          this.#visibleAt ||= now();
          this.#start();
        }
      } else if (name === "highlight") this.#applyHighlight();
      else if (["for", "sentences", "length", "type", "lang"].includes(name) && this.#started) this.#schedule(0);
    });
  }

  /** Runs `fn`; an exception becomes the box's failure, never the page's. */
  #guard(fn) {
    try {
      fn();
    } catch (error) {
      this.#fail(error);
    }
  }

  // Properties reflect the attributes.
  get for() { return this.getAttribute("for"); }
  set for(v) { this.#reflect("for", v); }
  get sentences() {
    const n = Number(this.getAttribute("sentences"));
    return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_SENTENCES) : null;
  }
  set sentences(v) { this.#reflect("sentences", v); }
  get length() { const v = this.getAttribute("length"); return LENGTHS.includes(v) ? v : "short"; }
  set length(v) { this.#reflect("length", v); }
  get type() { return this.getAttribute("type") === "tldr" ? "tldr" : "key-points"; }
  set type(v) { this.#reflect("type", v); }
  get lang() { return this.getAttribute("lang") ?? ""; }
  set lang(v) { this.#reflect("lang", v); }
  /** The box's words (heading and labels): the attribute when set, else the box's language's. */
  get heading() { return this.getAttribute("heading") ?? this.#words()[this.type === "tldr" ? 1 : 0]; }
  set heading(v) { this.#reflect("heading", v); }
  get showLabel() { return this.#label(0); }
  set showLabel(v) { this.#reflect("show-label", v); }
  get hideLabel() { return this.#label(1); }
  set hideLabel(v) { this.#reflect("hide-label", v); }
  get statusLabel() { return this.#label(2); }
  set statusLabel(v) { this.#reflect("status-label", v); }
  get note() { return this.#label(3); }
  set note(v) { this.#reflect("note", v); }
  get collapsed() { return this.hasAttribute("collapsed"); }
  set collapsed(v) { this.toggleAttribute("collapsed", Boolean(v)); }
  get highlight() { return this.hasAttribute("highlight"); }
  set highlight(v) { this.toggleAttribute("highlight", Boolean(v)); }
  /** The last result (as `summarize()` returns it), or null. */
  get result() { return this.#result; }

  #reflect(name, value) {
    if (value === null || value === undefined || value === false) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** The box's language: its `lang`, the article's or page's, the detected one, English. */
  #language() {
    return wordsFor(this.getAttribute("lang")) ??
      wordsFor(this.#lang ?? this.ownerDocument.documentElement?.getAttribute("lang")) ??
      wordsFor(this.#result?.language) ?? "en";
  }

  /** The words of the box's language; blank while they load (then the box re-renders). */
  #words() {
    const code = this.#language();
    if (WORDS.has(code)) return WORDS.get(code);
    loadWords(code).then(() => this.#guard(() => this.#renderChrome()));
    return ["", "", "", "", "", ""];
  }

  #label(i) {
    const [name, index] = LABELS[i];
    return this.getAttribute(name) ?? this.#words()[index];
  }

  #renderChrome() {
    const { box, heading, toggle, action, what, body, status, note } = this.#parts;
    box.lang = this.#language();
    box.dir = box.lang === "ar" ? "rtl" : ""; // Arabic words read right to left; otherwise the page's direction
    heading.textContent = what.textContent = this.heading;
    action.textContent = this.collapsed ? this.showLabel : this.hideLabel;
    toggle.setAttribute("aria-expanded", String(!this.collapsed));
    body.hidden = this.collapsed;
    status.textContent = this.#busy ? this.statusLabel : "";
    note.textContent = this.note;
    note.hidden = this.#busy; // it comes with the key points: in the box, nothing moves when they arrive
  }

  #setHidden(value) {
    this.#hiding = true;
    try {
      this.hidden = value;
    } finally {
      this.#hiding = false;
    }
  }

  async #start() {
    const session = this.#session;
    if (this.#started || !session) return;
    this.#started = true;
    this.#busy = !this.#result;
    this.#renderChrome();
    try {
      // Look for the article first: a page without one never downloads the wasm.
      const read = await readArticle(this.ownerDocument, { selector: this.for, signal: session.signal });
      if (session.aborted) return;
      if (!read) throw new Error("no article found on this page (set the `for` attribute)");
      this.#article = read.root;
      this.#observe();
      await this.#run(session, read);
    } catch (error) {
      if (!session.aborted) this.#fail(error);
    }
  }

  /** Watches the article's text. Our own fallback marks are taken out of the queue
   * (takeRecords) as they are made, so what reaches the callback is the page's doing. */
  #observe() {
    if (!this.#article || !Mutation) return;
    this.#mutations ??= new Mutation(() => this.#guard(() => {
      this.#unwrap(); // the page is changing the article: its own text first
      this.#schedule(400);
    }));
    this.#mutations.disconnect();
    this.#mutations.observe(this.#article, { subtree: true, childList: true, characterData: true });
  }

  #schedule(ms) {
    const session = this.#session;
    if (!session) return;
    cancel(this.#timer);
    this.#timer = later(() => this.#run(session).catch((error) => {
      if (!session.aborted) this.#fail(error);
    }), ms);
  }

  /** Summarises the article: `read` (a readArticle() result) or the page read afresh.
   * Waits for the engine (a box moved while it loads just waits longer); stops
   * when `session` ended (the box was removed or moved). */
  async #run(session, read) {
    if (session.aborted || !this.#article) return;
    this.#unwrap(); // fallback marks out before reading; highlights stay until replaced
    read ??= await readArticle(this.ownerDocument, { selector: this.for, signal: session.signal });
    if (session.aborted) return;
    if (!read) throw new Error("the article left the page");
    if (read.root !== this.#article) {
      // The page replaced its article (single-page sites): watch the new one.
      this.#article = read.root;
      this.#observe();
    }
    this.#lang = read.lang;
    const { text, segments, method } = read;
    const length = this.length;
    // The engine's JS (no wasm yet) gives the presets and the language codes.
    const m = await coreModule;
    // Key points: the engine's own `length` preset, unless `sentences` is set.
    const options = this.type === "tldr" ? { sentences: m.SENTENCES.tldr[length] }
      : this.sentences ? { sentences: this.sentences } : { length };
    // The module to fetch: the `lang` attribute, else the article's or the
    // page's declared language, else the one detected in the text.
    const language = m.engineLanguage(this.lang) ?? m.engineLanguage(read.lang);
    if (language) options.language = language;
    await engine(text, options);
    if (session.aborted) return;
    const title = read.headline;
    if (title) options.title = title;
    // Mutations that leave the text as it was (an ad slot, a class change) cost nothing.
    const key = `${this.type} ${options.sentences ?? length} ${language} ${title?.length}:${title}\n${text}`;
    this.#segments = { text, segments };
    if (key === this.#key && this.#result) {
      this.#applyHighlight();
      return;
    }
    const result = core.summarize(text, options);
    if (!result.sentences.length) throw new Error("the article has no sentences to summarise");
    // A new summary of the same kind (a live blog re-summarised) never makes the box shorter, so neither
    // the note nor the page below it moves up; the box grows only when the new key points need more room.
    const shape = (k) => k.slice(0, k.indexOf("\n"));
    const same = this.#result && shape(key) === shape(this.#key);
    for (const part of [this.#parts.list, this.#parts.tldr]) part.style.minHeight = same && !part.hidden ? `${part.getBoundingClientRect().height}px` : "";
    this.#result = result;
    this.#key = key;
    this.#busy = this.#failed = false;
    this.#render(result);
    this.#renderChrome(); // the detected language may choose the box's words
    this.#applyHighlight();
    if (!this.#hostHidden) this.#setHidden(false);
    const ms = this.#visibleAt ? now() - this.#visibleAt : 0;
    this.dispatchEvent(new Custom("abridge-summary", { bubbles: true, composed: true, detail: { result, ms, method } }));
  }

  #render(result) {
    const { list, tldr } = this.#parts;
    const doc = this.ownerDocument;
    // A sentence from inside a quotation is shown with its quotation marks balanced
    // (closeQuotes); `result`, its offsets and the highlights stay verbatim.
    if (this.type === "tldr") {
      list.replaceChildren();
      list.hidden = true;
      tldr.hidden = false;
      tldr.textContent = result.sentences.map((s) => closeQuotes(s.text)).join(" ");
    } else {
      tldr.hidden = true;
      list.hidden = false;
      list.replaceChildren(...result.sentences.map((s) => el(doc, "li", { textContent: closeQuotes(s.text), part: "item" })));
    }
  }

  /** Shows (or removes) the chosen sentences' highlights in the article. */
  #applyHighlight() {
    this.#unmark();
    if (!this.highlight || !this.#result || !this.#segments || !this.#session) return;
    const doc = this.ownerDocument;
    const pieces = this.#result.sentences.flatMap((s) => locate(this.#segments.segments, s.start, s.end))
      .filter(({ node, from, to }) => node.isConnected && from < to && to <= node.length);
    if (!pieces.length) return;
    markStyles(new Set(pieces.map(({ node }) => node.getRootNode())));
    if (registry && Highlight) {
      // No DOM change at all: Ranges in the page's highlight registry.
      shared ??= new Highlight();
      if (registry.get(NAME) !== shared) registry.set(NAME, shared);
      for (const { node, from, to } of pieces) {
        const range = doc.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        shared.add(range);
        this.#ranges.push(range);
      }
    } else {
      // No Highlight API: <mark> elements from marks.js, loaded now (after the summary).
      const result = this.#result;
      import("./marks.js").then((m) => this.#guard(() => {
        marks = m;
        if (this.#result !== result || !this.highlight || !this.#session || this.#marks.length) return;
        this.#marks = m.wrap(doc, pieces, () => this.#unwrap());
        this.#mutations?.takeRecords();
      }), (error) => this.#fail(error));
    }
  }

  /** Undoes the fallback's marks: each host text node gets its whole text back. */
  #unwrap() {
    if (!this.#marks.length) return;
    const records = this.#marks;
    this.#marks = [];
    marks.unwrap(records);
    this.#mutations?.takeRecords();
  }

  #unmark() {
    for (const range of this.#ranges) shared?.delete(range);
    if (this.#ranges.length && !shared?.size) registry?.delete(NAME);
    this.#ranges = [];
    this.#unwrap();
  }

  #fail(error) {
    if (!this.#session && !this.#broken) return; // removed: nothing to report to
    try {
      this.#failed = true;
      this.#busy = false;
      this.#setHidden(true);
      this.dispatchEvent(new Custom("abridge-error", { bubbles: true, composed: true, detail: { error } }));
    } catch {
      // The page broke CustomEvent or hidden: the warning below is all that is left.
    }
    if (this.#warned) return;
    this.#warned = true;
    try {
      warn(`<${TAG}>: ${error?.message ?? error}`);
    } catch {
      // console.warn missing or throwing: stay quiet.
    }
  }
}

try {
  if (!G.customElements.get(TAG)) G.customElements.define(TAG, AbridgeSummary);
} catch (error) {
  // customElements missing or broken: the boxes stay empty unknown elements, hidden.
  own(() => G.document.querySelectorAll(TAG).forEach((box) => { box.hidden = true; }));
  try {
    warn(`<${TAG}>: cannot be defined on this page (${error?.message ?? error})`);
  } catch {
    // console.warn broken too: nothing more to do.
  }
}
