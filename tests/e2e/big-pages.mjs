// Big generated pages for the widget (not a test file itself): articles of
// 50-400 KB of text, a 5 MB text node and a live blog of 10,000 paragraphs
// (PAGES, each with or without the widget), and 2 MB pages of 20,000-39,000
// elements (BIG, without the widget, for readArticle() alone), all from the
// seed article. benches/web/widget-perf.mjs times the widget on them;
// widget-reader.test.mjs checks that the biggest are summarised at all.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { ROOT } from "./harness.mjs";

const seed = readFileSync(`${ROOT}tests/data/seed-article.txt`, "utf8").split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const page = (title, body, widget = true) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
${widget ? '<script type="module" src="/www/widget/abridge-widget.js"></script>' : ""}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
${widget ? "<abridge-summary></abridge-summary>" : ""}
${body}
<footer><p>© The Test Gazette. All rights reserved.</p></footer></body></html>\n`;
/** Paragraphs of the seed article, numbered so none repeats, until `bytes` of text. */
function paragraphs(bytes) {
  const out = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const p = `${seed[i % seed.length]} (Part ${Math.floor(i / seed.length) + 1}.)`;
    out.push(p);
    n += p.length;
  }
  return out;
}
export const PAGES = {
  "article-50kb": (w) => page("50 KB", `<article><h1>A long read</h1>${paragraphs(50_000).map((p) => `<p>${esc(p)}</p>`).join("\n")}</article>`, w),
  "article-100kb": (w) => page("100 KB", `<article><h1>A long read</h1>${paragraphs(100_000).map((p) => `<p>${esc(p)}</p>`).join("\n")}</article>`, w),
  "article-200kb": (w) => page("200 KB", `<article><h1>A long read</h1>${paragraphs(200_000).map((p) => `<p>${esc(p)}</p>`).join("\n")}</article>`, w),
  "article-400kb": (w) => page("400 KB", `<article><h1>A long read</h1>${paragraphs(400_000).map((p) => `<p>${esc(p)}</p>`).join("\n")}</article>`, w),
  "text-node-5mb": (w) => page("5 MB text node", `<article><h1>One paragraph</h1><p>${esc(paragraphs(5_000_000).join(" "))}</p></article>`, w),
  "live-blog-10000": (w) => page("Live blog", `<article><h1>Live: election night</h1>${Array.from({ length: 10_000 }, (_, i) =>
    `<p>${String(Math.floor(i / 60) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")} Update ${i + 1}: ${esc(seed[i % seed.length].split(/(?<=\.) /)[0])}</p>`).join("\n")}</article>`, w),
};
/**
 * A 2 MB page: menus, a teaser rail, the article, comments. `wrapped`: each
 * paragraph in two more elements (39,099 elements in all); else about 20,000
 * elements, the issue's figure.
 */
export function bigPage(wrapped) {
  const link = (i) => `<li><a href="/s/${i}"><span class="ico"></span><span>Section ${i}</span></a></li>`;
  const menu = `<ul class="menu">${Array.from({ length: wrapped ? 1500 : 850 }, (_, i) => link(i)).join("")}</ul>`;
  const rail = `<div class="rail">${Array.from({ length: 800 }, (_, i) => `<div class="card"><h3><a href="/t/${i}">Teaser headline number ${i}</a></h3><p>${esc(seed[i % seed.length].slice(0, 120))}</p><span class="t">${i} min ago</span></div>`).join("")}</div>`;
  const story = `<div class="story"><h1>The big page</h1>${paragraphs(wrapped ? 1_250_000 : 1_600_000).map((p) => (wrapped ? `<div class="para"><p><span>${esc(p)}</span></p></div>` : `<p>${esc(p)}</p>`)).join("")}</div>`;
  const comments = `<div class="comments">${Array.from({ length: wrapped ? 1200 : 600 }, (_, i) => `<div class="c"><b>Reader ${i}</b><p>${esc(seed[(i * 7) % seed.length].slice(0, 200))}</p></div>`).join("")}</div>`;
  // Without the widget: readArticle() is timed alone.
  return page("2 MB page", `<div class="wrap"><header>${menu}</header><div class="cols">${rail}${story}</div>${comments}</div>`, false);
}
/** The 2 MB pages, by file name and whether their paragraphs are wrapped. */
export const BIG = { "page-2mb": true, "page-2mb-20k": false };

/**
 * Writes `names` of PAGES (default all) as NAME.html with the widget and,
 * with `bare`, NAME-bare.html without it, and with `big` the BIG pages, into
 * `dir` (relative to the repository); returns `dir`.
 */
export function writePages(dir, { names = Object.keys(PAGES), bare = false, big = false } = {}) {
  mkdirSync(`${ROOT}${dir}`, { recursive: true });
  for (const name of names) {
    writeFileSync(`${ROOT}${dir}/${name}.html`, PAGES[name](true));
    if (bare) writeFileSync(`${ROOT}${dir}/${name}-bare.html`, PAGES[name](false));
  }
  if (big) for (const [name, wrapped] of Object.entries(BIG)) writeFileSync(`${ROOT}${dir}/${name}.html`, bigPage(wrapped));
  return dir;
}
