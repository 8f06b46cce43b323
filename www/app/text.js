// Turning what people paste or drop into clean text. Pasted HTML is parsed
// into an inert document (DOMParser: no scripts run, nothing is fetched) and
// only its text is kept; the markup never reaches the live page.

// Tag names as one string each (the page ships 30 B less than as arrays of strings).
const BLOCK = new Set("ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL".split(" "));
const SKIP = new Set("AUDIO BUTTON CANVAS EMBED HEAD IFRAME INPUT MATH META NOSCRIPT OBJECT PICTURE SCRIPT SELECT STYLE SVG TEMPLATE TEXTAREA TITLE VIDEO".split(" "));

/**
 * Drops <style> blocks and style/on* attributes before parsing. Not for
 * safety (the parsed document is inert and the page's CSP blocks them
 * anyway) but because Chromium reports each blocked one as a console error,
 * and pasted Word or Google Docs HTML is full of style attributes.
 */
function quiet(html) {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, "")
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ""));
}

/** Text of an HTML fragment, one paragraph per block element, paragraphs separated by a blank line. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(quiet(html), "text/html");
  const paragraphs = [];
  let buffer = "";
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    buffer = "";
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        buffer += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hasAttribute("hidden") || child.getAttribute("aria-hidden") === "true") continue;
        if (tag === "BR") {
          flush();
        } else if (tag === "PRE") {
          flush();
          for (const part of child.textContent.split(/\n\s*\n/)) {
            const text = part.replace(/[ \t]+$/gm, "").trim();
            if (text) paragraphs.push(text);
          }
        } else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return paragraphs.join("\n\n");
}

/** Reads a dropped or chosen file as clean text. */
export async function fileToText(file) {
  const raw = await file.text();
  const name = file.name.toLowerCase();
  if (file.type === "text/html" || /\.x?html?$/.test(name)) return htmlToText(raw);
  // Markdown's rules come with the first .md file (most readers paste): app/markdown.js.
  if (file.type === "text/markdown" || /\.(md|markdown|mdown)$/.test(name)) return (await import("./markdown.js")).markdownToText(raw);
  return raw.replace(/\r\n?/g, "\n");
}

/** Whether a file looks like text we can read. */
export function isReadable(file) {
  return /^text\//.test(file.type) || /\.(txt|text|md|markdown|mdown|html?|xhtml)$/i.test(file.name);
}

export const countWords = (text) => {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n += 1;
  return n;
};
