// <abridge-summary>: the key points of the article it sits beside, computed
// in the reader's browser. One module, one custom element, no globals.
//
//   <script type="module" src="/abridge/abridge-widget.js"></script>
//   <abridge-summary sentences="3"></abridge-summary>
//
// A guest on someone else's page: it renders in its own shadow root, reads
// the article but changes it only when asked to highlight (and undoes that),
// puts page text into the DOM only as text, fetches nothing but its own wasm,
// loads that only when the box nears the viewport, and on any failure hides
// itself and warns once. See README.md beside this file.
import { extract, locate, readArticle } from "./extract.js";
import { engineLanguage, init, SENTENCES, summarize } from "../lib/core.js";

const TAG = "abridge-summary";

// Constructable stylesheets are not inline styles: they work under
// `style-src 'self'` without 'unsafe-inline'.
const CSS = `
:host { display: block; margin: 1.25em 0; }
:host([hidden]) { display: none; }
/* Colours come from the page: the text colour is inherited and the
   background and border are tints of it, so the box is readable on any page,
   light or dark. The accent turns lighter in dark mode only where the page
   itself supports dark (declares color-scheme: dark or light dark): a guest
   must not turn dark on a light-only page because the reader's system is. */
.box { --accent: var(--abridge-accent, #4f46e5);
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
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(Object.assign(root.ownerDocument.createElement("style"), { textContent: CSS }));
  }
}

/** Page-level stylesheet for highlights in the article (outside the shadow root). */
let markSheet = null;
function markStyles(doc) {
  if (!("adoptedStyleSheets" in doc)) return; // the browser's own <mark> colours then
  if (!markSheet) {
    markSheet = new CSSStyleSheet();
    markSheet.replaceSync(":where(mark[data-abridge]) { background: rgb(250 204 21 / 0.35); color: inherit; }");
  }
  if (!doc.adoptedStyleSheets.includes(markSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, markSheet];
}

let ids = 0;
const el = (doc, tag, props = {}) => Object.assign(doc.createElement(tag), props);

class AbridgeSummary extends HTMLElement {
  static observedAttributes = ["for", "sentences", "length", "type", "lang", "heading", "collapsed", "highlight"];

  #root;
  #parts = {};
  #observer = null; // IntersectionObserver
  #mutations = null; // MutationObserver on the article
  #article = null;
  #visibleAt = 0;
  #started = false;
  #warned = false;
  #timer = 0;
  #marks = [];
  #result = null;
  #segments = null; // { text, segments } of the article as last extracted
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
    const box = el(doc, "section", { className: "box" });
    box.setAttribute("part", "box");
    box.setAttribute("role", "region");
    box.setAttribute("aria-labelledby", id);
    const head = el(doc, "div", { className: "head" });
    const heading = el(doc, "h2", { id });
    heading.setAttribute("part", "heading");
    const toggle = el(doc, "button", { type: "button" });
    toggle.setAttribute("part", "toggle");
    // Visible text "Hide"/"Show"; the name read out is "Hide Key points".
    const action = el(doc, "span");
    const what = el(doc, "span", { className: "sr" });
    toggle.append(action, " ", what);
    const body = el(doc, "div", { className: "body", id: `${id}-body` });
    toggle.setAttribute("aria-controls", body.id);
    const status = el(doc, "p", { className: "status" });
    status.setAttribute("role", "status");
    const list = el(doc, "ol");
    list.setAttribute("part", "list");
    const tldr = el(doc, "p", { className: "tldr", hidden: true });
    tldr.setAttribute("part", "tldr");
    const note = el(doc, "p", { className: "note", textContent: "Picked in your browser by abridge; nothing was sent anywhere." });
    note.setAttribute("part", "note");
    head.append(heading, toggle);
    body.append(status, list, tldr, note);
    box.append(head, body);
    this.#root.append(box);
    this.#parts = { heading, toggle, action, what, body, status, list, tldr };
    toggle.addEventListener("click", () => { this.collapsed = !this.collapsed; });
  }

  connectedCallback() {
    if (this.#broken) return void this.#fail(this.#broken);
    this.#guard(() => {
      this.#renderChrome();
      if (this.#started) {
        // Moved in the page (e.g. by a framework): watch the article again.
        this.#observe();
        this.#schedule(0);
        return;
      }
      if (!("IntersectionObserver" in globalThis)) {
        if (!this.collapsed) this.#start();
        return;
      }
      this.#observer = new IntersectionObserver((entries) => {
        const near = entries.find((e) => e.isIntersecting);
        if (!near) return;
        this.#visibleAt ||= near.time; // when the box came within 200 px, on performance.now()'s clock
        if (!this.collapsed) this.#start();
      }, { rootMargin: "200px" });
      this.#observer.observe(this);
    });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#mutations?.disconnect();
    clearTimeout(this.#timer);
    this.#guard(() => this.#unmark());
  }

  attributeChangedCallback(name) {
    if (!this.#root) return;
    this.#guard(() => {
      this.#renderChrome();
      if (name === "collapsed" && !this.collapsed && (this.#visibleAt || !this.#observer)) {
        this.#visibleAt ||= performance.now();
        this.#start();
      } else if (name === "highlight") this.#applyHighlight();
      else if (name !== "heading" && name !== "collapsed" && this.#started) this.#schedule(0);
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
  get sentences() { const n = Number(this.getAttribute("sentences")); return Number.isInteger(n) && n > 0 ? n : null; }
  set sentences(v) { this.#reflect("sentences", v); }
  get length() { const v = this.getAttribute("length"); return v in SENTENCES.tldr ? v : "short"; }
  set length(v) { this.#reflect("length", v); }
  get type() { return this.getAttribute("type") === "tldr" ? "tldr" : "key-points"; }
  set type(v) { this.#reflect("type", v); }
  get lang() { return this.getAttribute("lang") ?? ""; }
  set lang(v) { this.#reflect("lang", v); }
  get heading() { return this.getAttribute("heading") ?? (this.type === "tldr" ? "TL;DR" : "Key points"); }
  set heading(v) { this.#reflect("heading", v); }
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

  #renderChrome() {
    const { heading, toggle, action, what, body } = this.#parts;
    heading.textContent = this.heading;
    action.textContent = this.collapsed ? "Show" : "Hide";
    what.textContent = this.heading;
    toggle.setAttribute("aria-expanded", String(!this.collapsed));
    body.hidden = this.collapsed;
  }

  async #start() {
    if (this.#started) return;
    this.#started = true;
    this.#parts.status.textContent = "Summarising…";
    try {
      // Look for the article first: a page without one never downloads the wasm.
      const read = await readArticle(this.ownerDocument, { selector: this.for });
      if (!read) throw new Error("no article found on this page (set the `for` attribute)");
      this.#article = read.root;
      await init();
      this.#observe();
      await this.#run(read);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Watches the article's text. Our own highlighting is taken out of the
   * queue (takeRecords) as it happens, so what reaches the callback is the page's doing. */
  #observe() {
    if (!this.#article || !("MutationObserver" in globalThis)) return;
    this.#mutations ??= new MutationObserver(() => this.#schedule(400));
    this.#mutations.disconnect();
    this.#mutations.observe(this.#article, { subtree: true, childList: true, characterData: true });
  }

  #schedule(ms) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run().catch((error) => this.#fail(error)), ms);
  }

  /** Summarises the article: `read` (a readArticle() result) or the page read afresh. */
  async #run(read) {
    if (!this.#article) return;
    this.#unmark();
    read ??= await readArticle(this.ownerDocument, { selector: this.for });
    if (!read) throw new Error("the article left the page");
    if (read.root !== this.#article) {
      // The page replaced its article (single-page sites): watch the new one.
      this.#article = read.root;
      this.#observe();
    }
    const { text, segments, method } = read;
    const length = this.length;
    // Key points: the engine's own `length` preset, unless `sentences` is set.
    const options = this.type === "tldr" ? { sentences: SENTENCES.tldr[length] }
      : this.sentences ? { sentences: this.sentences } : { length };
    const language = engineLanguage(this.lang);
    if (language) options.language = language;
    const title = read.headline;
    if (title) options.title = title;
    // Mutations that leave the text as it was (an ad slot, a class change) cost nothing.
    const key = `${JSON.stringify([options, this.type])}\n${text}`;
    if (key === this.#key && this.#result) {
      this.#segments = { text, segments };
      this.#applyHighlight();
      return;
    }
    const result = summarize(text, options);
    if (!result.sentences.length) throw new Error("the article has no sentences to summarise");
    this.#result = result;
    this.#key = key;
    this.#segments = { text, segments };
    this.#render(result);
    this.#applyHighlight();
    this.hidden = false;
    const ms = this.#visibleAt ? performance.now() - this.#visibleAt : 0;
    this.dispatchEvent(new CustomEvent("abridge-summary", { bubbles: true, composed: true, detail: { result, ms, method } }));
  }

  #render(result) {
    const { list, tldr, status } = this.#parts;
    const doc = this.ownerDocument;
    status.textContent = "";
    status.hidden = true;
    if (this.type === "tldr") {
      list.replaceChildren();
      list.hidden = true;
      tldr.hidden = false;
      tldr.textContent = result.sentences.map((s) => s.text).join(" ");
    } else {
      tldr.hidden = true;
      list.hidden = false;
      list.replaceChildren(...result.sentences.map((s) => {
        const li = el(doc, "li", { textContent: s.text });
        li.setAttribute("part", "item");
        return li;
      }));
    }
  }

  /** Marks (or unmarks) the chosen sentences in the article itself. */
  #applyHighlight() {
    this.#unmark();
    if (!this.highlight || !this.#result || !this.#article) return;
    markStyles(this.ownerDocument);
    // Unmarking normalised the text nodes: map the (unchanged) text afresh.
    this.#segments ??= extract(this.#article);
    const { segments } = this.#segments;
    // Last piece first, so splitting a text node never moves an offset still to come.
    const pieces = this.#result.sentences.flatMap((s) => locate(segments, s.start, s.end));
    for (const { node, from, to } of pieces.reverse()) {
      if (!node.isConnected || to <= from || to > node.length) continue;
      const range = this.ownerDocument.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const mark = el(this.ownerDocument, "mark");
      mark.setAttribute("data-abridge", "");
      range.surroundContents(mark);
      this.#marks.push(mark);
    }
    this.#mutations?.takeRecords();
  }

  #unmark() {
    if (!this.#marks.length) return;
    const parents = new Set();
    for (const mark of this.#marks) {
      if (!mark.isConnected) continue;
      parents.add(mark.parentNode);
      mark.replaceWith(...mark.childNodes);
    }
    for (const p of parents) p.normalize();
    this.#marks = [];
    this.#segments = null;
    this.#mutations?.takeRecords();
  }

  #fail(error) {
    this.hidden = true;
    if (!this.#warned) {
      this.#warned = true;
      console.warn(`<${TAG}>: ${error?.message ?? error}`);
    }
    this.dispatchEvent(new CustomEvent("abridge-error", { bubbles: true, composed: true, detail: { error } }));
  }
}

if (globalThis.customElements && !customElements.get(TAG)) customElements.define(TAG, AbridgeSummary);
