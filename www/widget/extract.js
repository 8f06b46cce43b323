// Finding the article on a host page and turning it into text whose every
// character maps back to a DOM text node (so sentences can be highlighted in
// place). Reads the page; never changes it.

/** Elements that are never article text. */
const SKIP_TAGS = new Set([
  "NAV", "HEADER", "FOOTER", "ASIDE", "FIGURE", "FIGCAPTION", "SCRIPT", "STYLE", "NOSCRIPT",
  "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "VIDEO", "AUDIO", "FORM", "BUTTON",
  "INPUT", "SELECT", "TEXTAREA", "LABEL", "MENU", "DIALOG", "ABRIDGE-SUMMARY",
]);
/** Roles and class/id words of page furniture: share bars, related lists, comments… */
const SKIP_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "dialog", "menu", "toolbar"]);
const SKIP_NAMES = /(^|[\s_-])(share|sharing|social|related|recommended|comments?|newsletter|subscribe|promo|advert|ads?|sponsor|byline|author|caption|credit|breadcrumbs?|tags|toolbar|popup|modal|cookie)([\s_-]|$)/i;
/** Elements whose contents start a new paragraph. */
const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL",
  "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "DL", "DT", "DD", "HR", "ADDRESS",
]);

function skipped(el) {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hidden || el.getAttribute("aria-hidden") === "true" || el.hasAttribute("data-abridge-skip")) return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role)) return true;
  const names = `${el.id} ${typeof el.className === "string" ? el.className : ""}`;
  if (names.trim() && SKIP_NAMES.test(names)) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style ? style.display === "none" || style.visibility === "hidden" : false;
}

/** Total length of paragraph text directly under `el` (its own <p> children). */
function paragraphWeight(el) {
  let n = 0;
  for (const child of el.children) {
    if (child.tagName === "P" && !skipped(child)) n += child.textContent.trim().length;
  }
  return n;
}

/**
 * Reads the article of `doc`: `null` when the page has none, else
 * `{ root, text, segments, method, lang, headline, truncated }` — the element,
 * its text and the way back to the DOM (as `extract()` gives them), how it was
 * found ("selector", "article", "itemprop", "main", "scored"), the declared
 * language of the article or the page (or null), the headline and whether
 * the text was cut. Rejects with the signal's reason (an AbortError) when
 * `signal` aborts, and with a SyntaxError for an invalid `selector`.
 */
export async function readArticle(doc, { selector = null, signal } = {}) {
  signal?.throwIfAborted();
  const found = locateArticle(doc, selector);
  if (!found) return null;
  const { root, method, text, segments } = found;
  signal?.throwIfAborted();
  const lang = root.closest("[lang]")?.getAttribute("lang") || doc.documentElement?.getAttribute("lang") || null;
  return { root, text, segments, method, lang, headline: findHeadline(doc, root), truncated: false };
}

/**
 * The element holding the article: `selector` when given; else the largest
 * `<article>`, then `[itemprop=articleBody]`, then `<main>`, then the element
 * with the most paragraph text directly inside it. `null` when nothing on the
 * page looks like an article (less than 200 characters of paragraphs).
 */
export function findArticle(doc, selector) {
  return locateArticle(doc, selector)?.root ?? null;
}

/** `findArticle` with how the element was found and its extracted text. */
function locateArticle(doc, selector) {
  if (selector) {
    const root = doc.querySelector(selector);
    return root && { root, method: "selector", ...extract(root) };
  }
  const byWeight = (els) => {
    let best = null;
    let bestWeight = 0;
    for (const el of els) {
      if (skipped(el)) continue;
      const w = el.textContent.length;
      if (w > bestWeight) [best, bestWeight] = [el, w];
    }
    return best;
  };
  for (const [method, query] of [["article", "article"], ["itemprop", "[itemprop=articleBody]"], ["main", "main, [role=main]"]]) {
    const root = byWeight(doc.querySelectorAll(query));
    if (!root) continue;
    const read = extract(root);
    if (read.text.trim().length >= 200) return { root, method, ...read };
    break; // as before: only the first kind present is tried
  }
  let best = null;
  let bestWeight = 199;
  for (const el of doc.body?.querySelectorAll("*") ?? []) {
    const w = paragraphWeight(el);
    if (w > bestWeight) [best, bestWeight] = [el, w];
  }
  return best && { root: best, method: "scored", ...extract(best) };
}

/** The page's headline: the `h1` in or before the article, else og:title, else the title. */
export function findHeadline(doc, article) {
  const h1 = article?.querySelector("h1") ?? doc.querySelector("h1");
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  return (h1?.textContent ?? og ?? doc.title ?? "").trim();
}

/**
 * The article's text, paragraphs separated by blank lines and white space
 * collapsed as a browser renders it (the line breaks and indentation of the
 * HTML source must not look like sentence or paragraph breaks to the engine),
 * and the way back to the DOM: `{ text, segments: [{ node, start, end, from,
 * to }] }`, where `text.slice(start, end)` stands for
 * `node.data.slice(from, to)`. The two are equal except for a collapsed run
 * of white space, which is one " " in the text (UTF-16 offsets throughout, as
 * JavaScript strings count).
 */
export function extract(root) {
  let text = "";
  const segments = [];
  let breakPending = false; // a block ended: "\n\n" before the next text
  let space = null; // collapsible white space seen after text: { node, from, to }

  const push = (node, from, to, str) => {
    const last = segments[segments.length - 1];
    const exact = to - from === str.length;
    // Extend the previous segment when both are verbatim and contiguous.
    if (exact && last && last.node === node && last.to === from && last.end === text.length &&
        last.end - last.start === last.to - last.from) {
      last.end += str.length;
      last.to = to;
    } else {
      segments.push({ node, start: text.length, end: text.length + str.length, from, to });
    }
    text += str;
  };
  const word = (node, from, to) => {
    if (breakPending) {
      if (text) text += "\n\n";
      breakPending = false;
      space = null;
    } else if (space) {
      push(space.node, space.from, space.to, " ");
      space = null;
    }
    push(node, from, to, node.data.slice(from, to));
  };
  const addText = (node, pre) => {
    const data = node.data;
    if (pre) {
      if (data) word(node, 0, data.length);
      return;
    }
    const ws = /\s+/g;
    let i = 0;
    for (let m = ws.exec(data); m; m = ws.exec(data)) {
      if (m.index > i) word(node, i, m.index);
      // Leading white space of a block, or a second run in a row, disappears.
      if (text && !breakPending && !space && !/\s$/.test(text)) {
        space = { node, from: m.index, to: m.index + m[0].length };
      }
      i = m.index + m[0].length;
    }
    if (i < data.length) word(node, i, data.length);
  };
  const walk = (el, pre) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        addText(child, pre);
      } else if (child.nodeType === 1) {
        if (child.tagName === "BR") {
          space = null;
          if (text && !breakPending) text += "\n";
          continue;
        }
        if (skipped(child) || child.tagName === "H1") continue;
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) breakPending = true;
        walk(child, pre || child.tagName === "PRE");
        if (block) breakPending = true;
      }
    }
  };
  walk(root, false);
  return { text, segments };
}

/**
 * The DOM ranges behind `text.slice(start, end)` of an `extract()` result:
 * `[{ node, from, to }]` in document order. A collapsed white-space run is
 * taken whole when the range touches it.
 */
export function locate(segments, start, end) {
  const out = [];
  for (const seg of segments) {
    if (seg.end <= start) continue;
    if (seg.start >= end) break;
    const exact = seg.end - seg.start === seg.to - seg.from;
    const from = exact ? seg.from + Math.max(start, seg.start) - seg.start : seg.from;
    const to = exact ? seg.from + Math.min(end, seg.end) - seg.start : seg.to;
    const last = out[out.length - 1];
    if (last && last.node === seg.node && last.to === from) last.to = to; // one range per text node
    else out.push({ node: seg.node, from, to });
  }
  return out;
}
