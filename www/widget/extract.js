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
 * The element holding the article: `selector` when given; else the largest
 * `<article>`, then `[itemprop=articleBody]`, then `<main>`, then the element
 * with the most paragraph text directly inside it. `null` when nothing on the
 * page looks like an article (less than 200 characters of paragraphs).
 */
export function findArticle(doc, selector) {
  if (selector) return doc.querySelector(selector);
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
  const semantic = byWeight(doc.querySelectorAll("article")) ??
    byWeight(doc.querySelectorAll("[itemprop=articleBody]")) ??
    byWeight(doc.querySelectorAll("main, [role=main]"));
  if (semantic && extract(semantic).text.trim().length >= 200) return semantic;
  let best = null;
  let bestWeight = 199;
  for (const el of doc.body?.querySelectorAll("*") ?? []) {
    const w = paragraphWeight(el);
    if (w > bestWeight) [best, bestWeight] = [el, w];
  }
  return best;
}

/** The page's headline: the `h1` in or before the article, else og:title, else the title. */
export function findHeadline(doc, article) {
  const h1 = article?.querySelector("h1") ?? doc.querySelector("h1");
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  return (h1?.textContent ?? og ?? doc.title ?? "").trim();
}

/**
 * The article's text, paragraphs separated by blank lines, and for every
 * text node used the range of the text it became: `{ text, segments:
 * [{ node, start, end }] }` (UTF-16 offsets, as JavaScript strings count).
 */
export function extract(root) {
  let text = "";
  const segments = [];
  let breakPending = false;
  const walk = (el) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        const data = child.data;
        if (!data.trim() && (breakPending || !text)) continue; // indentation between blocks
        if (breakPending && text) text += "\n\n";
        breakPending = false;
        segments.push({ node: child, start: text.length, end: text.length + data.length });
        text += data;
      } else if (child.nodeType === 1) {
        if (child.tagName === "BR") {
          text += "\n";
          continue;
        }
        if (skipped(child) || child.tagName === "H1") continue;
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) breakPending = true;
        walk(child);
        if (block) breakPending = true;
      }
    }
  };
  walk(root);
  return { text, segments };
}
