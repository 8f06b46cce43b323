// Finding the article on a host page and turning it into text whose every
// character maps back to a DOM text node (so sentences can be highlighted in
// place). Reads the page; never changes it.
//
// The article is found the way Readability (Firefox's Reader View) finds it:
// every run of paragraph text scores its block's parent and grandparents
// (length, commas), candidates are weighed by their class/id words and link
// density, the best one may climb to an ancestor that holds more of the
// article, and siblings with enough content are joined. `<article>`,
// `[itemprop=articleBody]` and `<main>` win when the best candidate lies in
// them. One pass over the page (the flat tree: open shadow roots and slots
// included), iterative (no recursion), yielding to the page every few
// milliseconds; the text read is capped at MAX_TEXT characters.

/** The most article text read, in UTF-16 code units (a 400 KB live blog is cut here). */
const MAX_TEXT = 150_000;
/** Less text than this (after furniture) is not an article. */
const MIN_TEXT = 200;
/** Work between two yields to the page, in milliseconds. */
const SLICE_MS = 8;

/** The words of class names and ids, lower case and without a plural "s": "author-sarah" is "author" and
 * "sarah", "relatedLinks" "related" and "link". */
const words = (s) => new Set(s.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean).map((w) => w.toLowerCase().replace(/(.)s$/, "$1")));
const set = (s) => new Set(s.trim().split(/\s+/));
/** Elements that are never article text (lower-case local names: XHTML too). */
const SKIP_TAGS = set(`nav header footer aside figure figcaption script style noscript template iframe object
  embed svg math video audio form button input select textarea dialog abridge-summary`);
const SKIP_ROLES = set("navigation complementary banner contentinfo dialog menu note");
/** Block-level elements: they start a new paragraph, and only they can be furniture. */
const BLOCKS = set("p div section article main body h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th dl dt dd details summary");
/** Blocks whose own text is a paragraph of their parent (the rest hold paragraphs themselves). */
const PARAGRAPHS = set("p pre td th li dt dd blockquote h2 h3 h4 h5 h6");
/** Block furniture, judged on whole class/id words ("author-sarah" is "author", "sarah"). */
const FURNITURE = words(`share sharing social related recommended comment newsletter subscribe promo advert
  advertisement ad sponsor sponsored byline author caption credit breadcrumb tag toolbar popup cookie consent
  footer sidebar menu navbox navigation hatnote dablink noprint toc pagination banner signup paywall upnext player note footnote reference reflist infobox catlink`);
const POSITIVE = words("article body content entry hentry main page post text blog story chapter");
const NEGATIVE = new Set([...FURNITURE, ...words("hidden contact media meta widget")]);
/** How short standalone notes begin (hatnotes, "Read more", "Up next", player messages), and sign-up pitches. */
const NOTE = /^\W*(read (more|also|next)|see also|related:|up next|advertisement|sponsored|this (video|content) is (not|no longer) available|this article is about|for other uses|["“][^"”]{1,80}["”] redirects here|(author'?s?'? )?notes?:)|\b(sign up|subscribe|newsletter|in your inbox|all rights reserved)\b/i;

const lower = (el) => String(el.localName).toLowerCase();

/** Children in the rendered (flat) tree: an open shadow root's, a slot's assigned nodes. */
function kids(node) {
  if (node.shadowRoot) return node.shadowRoot.childNodes;
  if (node.localName === "slot" && typeof node.assignedNodes === "function") {
    const assigned = node.assignedNodes();
    if (assigned.length) return assigned;
  }
  return node.childNodes;
}

/** Never text, whatever the scoring says. */
function skipped(el, tag, view) {
  if (SKIP_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hidden || el.getAttribute("aria-hidden") === "true" || el.hasAttribute("data-abridge-skip")) return true;
  const role = el.getAttribute("role");
  if (role && SKIP_ROLES.has(role)) return true;
  const style = view?.getComputedStyle(el);
  return style ? style.display === "none" || style.visibility === "hidden" : false;
}

const END = 1;
const BR = 2;
const pause = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve)));

/** `tick()`, called every STEP items of work: null, or a promise (a yield to the page) when the slice is used up. */
const STEP = 128;
function slicer(signal) {
  let deadline = performance.now() + SLICE_MS;
  return () => {
    if (performance.now() < deadline) return null;
    return pause().then(() => {
      signal?.throwIfAborted();
      deadline = performance.now() + SLICE_MS;
    });
  };
}

/**
 * Reads the article of `doc`: `null` when the page has none (too little
 * text, only teasers, only furniture), else `{ root, text, segments, method,
 * lang, headline, truncated }`: the element (for joined siblings, their
 * parent), the article's text with the way back to the DOM (see `extract`),
 * how it was found ("selector", "article", "itemprop", "main", "scored"),
 * the declared language of the article or the page (or null), the headline,
 * and whether the text was cut at MAX_TEXT. Rejects with the signal's reason
 * (an AbortError) when `signal` aborts, with a SyntaxError for an invalid
 * `selector`.
 */
export async function readArticle(doc, { selector = null, signal } = {}) {
  signal?.throwIfAborted();
  const tick = slicer(signal);
  const top = doc.body ?? doc.documentElement;
  if (!top) return null;
  let root = selector ? doc.querySelector(selector) : null;
  if (selector && !root) return null;
  const page = await survey(root ?? top, doc, tick);
  signal?.throwIfAborted();
  const found = selector ? { root, parts: [page.first], method: "selector" } : choose(page);
  if (!found) return null;
  ({ root } = found);
  const read = await extractParts(found.parts, page.events, tick);
  signal?.throwIfAborted();
  if (!selector && read.text.length < MIN_TEXT) return null;
  const lang = root.closest("[lang]")?.getAttribute("lang") || doc.documentElement.getAttribute("lang") || null;
  return { root, text: read.text, segments: read.segments, lang, method: found.method, headline: findHeadline(doc, root), truncated: read.truncated };
}


/**
 * One pass over the page: a record per element that may hold text, with
 * its text and link-text length, paragraph runs, class words and flags;
 * then what is furniture; then the Readability scores.
 */
async function survey(top, doc, tick) {
  const view = doc.defaultView;
  const verdicts = new Map(); // class and id → { furniture, weight }
  const list = [];
  // What the text is made of, in document order: element records (entering), END (leaving a block), BR,
  // text nodes, [text node] in <pre>. Each record's `end` is the index after its subtree.
  const events = [];
  const rec = (el, tag, parent) => {
    // Class and id words judged once per distinct class and id (pages repeat them).
    const names = el.hasAttributes() ? `${el.getAttribute("class")} ${el.id}` : "";
    let judged = verdicts.get(names);
    if (!judged) {
      judged = { furniture: false, weight: 0 };
      for (const x of words(names)) {
        if (FURNITURE.has(x)) judged.furniture = true;
        if (NEGATIVE.has(x)) judged.weight -= 25;
        if (POSITIVE.has(x)) judged.weight += 25;
      }
      verdicts.set(names, judged);
    }
    const r = {
      el, tag, parent, block: BLOCKS.has(tag), text: 0, runs: null, run: 0, runCommas: 0, commas: 0, paras: 0, head: "",
      weight: judged.weight, furniture: judged.furniture, href: 0,
    }; // and, as found: semantic, hlink, teaser, gone, scored, score
    if (tag === "article") r.semantic = "article";
    else if (/(^|\s)articleBody(\s|$)/.test(el.getAttribute("itemprop"))) r.semantic = "itemprop";
    else if (tag === "main" || el.getAttribute("role") === "main") r.semantic = "main";
    list.push(r);
    r.start = events.length;
    events.push(r);
    return r;
  };
  const closeRun = (b) => {
    if (b.run) {
      (b.runs ??= []).push(b.run, b.runCommas); // length, commas, length, commas…
      b.commas += b.runCommas;
      if (b.run >= 80) b.paras++; // paragraphs of some length
    }
    b.run = b.runCommas = 0;
  };
  // Iterative walk: [node, { self, block, heading, pre }] (the parent's record, the nearest block's,
  // the heading's around it, inside <pre>); null, then the record: leaving that element.
  const first = rec(top, lower(top), null);
  const stack = [];
  const push = (node, ctx) => {
    const children = kids(node);
    stack.push(ctx.self, null);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], ctx]);
  };
  push(top, { self: first, block: first });
  for (let n = 0; stack.length; n++) {
    if (n % STEP === 0) {
      const wait = tick();
      if (wait) await wait;
    }
    const item = stack.pop();
    if (item === null) { // leaving an element
      const r = stack.pop();
      if (r.block) {
        closeRun(r);
        events.push(END);
      }
      r.end = events.length;
      continue;
    }
    const [node, ctx] = item;
    if (node.nodeType === 3) {
      events.push(ctx.pre ? [node] : node);
      const data = node.data;
      if (!/\S/.test(data)) continue;
      const len = data.length;
      let commas = 0;
      for (let i = data.indexOf(","); i !== -1 && i < 2000; i = data.indexOf(",", i + 1)) commas++;
      ctx.self.text += len;
      const b = ctx.block;
      b.run += len;
      b.runCommas += commas;
      // The first words of each enclosing element (an ancestor has always read at least as much).
      for (let a = ctx.self; a && a.head.length < 80; a = a.parent) a.head += data.slice(0, 80);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = lower(node);
    if (tag === "br") {
      closeRun(ctx.block);
      events.push(BR);
      continue;
    }
    if (skipped(node, tag, view)) continue;
    const r = rec(node, tag, ctx.self);
    if (r.block) closeRun(ctx.block);
    const heading = /^h[1-6]$/.test(tag);
    const href = tag === "a" ? node.getAttribute("href") : null;
    if (href != null) r.href = href.startsWith("#") ? 0.3 : 1; // how much of its text is link text
    const link = r.href === 1;
    // A heading that links elsewhere makes a teaser (a card that is one link is a link list).
    if (link && ctx.heading) ctx.heading.hlink = true;
    push(node, { self: r, block: r.block ? r : ctx.block, heading: heading ? r : ctx.heading, pre: ctx.pre || tag === "pre" });
  }
  // Every pass over the records below yields to the page like the walk (`back`: children first).
  const each = async (fn, back) => {
    for (let n = 0; n < list.length; n++) {
      fn(list[back ? list.length - 1 - n : n]);
      if (n % STEP === 0) {
        const wait = tick();
        if (wait) await wait;
      }
    }
  };
  // Bottom up (children come after their parents in `list`): totals, link text, flags.
  const total = async () => {
    await each((r) => {
      r.sum = r.text;
      r.linkSum = 0;
      r.commaSum = r.commas;
      r.paraSum = r.paras;
    });
    await each((r) => {
      if (r.href) r.linkSum = r.sum * r.href;
      const p = r.parent;
      if (!p || r.gone) return;
      p.sum += r.sum;
      p.linkSum += r.linkSum;
      p.commaSum += r.commaSum;
      p.paraSum += r.paraSum;
      p.hlink ||= r.hlink;
    }, true);
  };
  await total();
  // Top down: furniture (never the article's containers or most of the page), teasers, link lists, notes.
  const pageText = first.sum || 1;
  await each((r) => {
    if (r.parent?.gone) return void (r.gone = true);
    if (!r.block || r === first || r.semantic === "main" || r.sum > 0.6 * pageText) return;
    const density = r.sum ? r.linkSum / r.sum : 0;
    r.teaser = r.hlink && r.sum < 600;
    if (r.semantic && !r.teaser) return;
    r.gone = r.furniture || r.teaser ||
      (r.commaSum < 10 && density > 0.5) ||
      (r.sum < 600 && NOTE.test(r.head) && !/^h[1-6]$/.test(r.tag)) ||
      (r.tag === "table" && !r.paraSum); // a table of short cells: an infobox, not prose
  });
  await total();
  // Readability's scores: each paragraph run adds to its block's ancestors, less with each level.
  await each((r) => {
    if (r.gone || !r.runs) return;
    for (let i = 0; i < r.runs.length; i += 2) {
      const len = r.runs[i];
      if (len < 25) continue;
      const s = 1 + r.runs[i + 1] + Math.min(3, Math.floor(len / 100));
      let a = PARAGRAPHS.has(r.tag) ? r.parent : r;
      for (let level = 0; a && level < 5; level++, a = a.parent) {
        if (!a.scored) {
          a.scored = true;
          a.score = a.weight + (a.tag === "div" ? 5 : 0);
        }
        a.score += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      }
    }
  });
  await each((r) => {
    if (r.scored) r.score *= 1 - (r.sum ? Math.min(1, r.linkSum / r.sum) : 0);
  });
  return { events, list, first };
}

/** The article from the survey: `{ root, parts, method }` or null. */
function choose({ list, first }) {
  const live = list.filter((r) => !r.gone);
  const byParent = new Map();
  for (const r of live) {
    if (!byParent.has(r.parent)) byParent.set(r.parent, []);
    byParent.get(r.parent).push(r);
  }
  const liveChildren = (p) => byParent.get(p) ?? [];
  let top = null;
  for (const r of live) if (r.scored && (!top || r.score > top.score)) top = r;
  if (top) {
    // Climb while the parent scores at least as well; through only-children.
    let last = top.score;
    for (let p = top.parent; p && p !== first; p = p.parent) {
      if (!p.scored) continue;
      if (p.score < last / 3) break;
      if (p.score > last) { top = p; break; }
      last = p.score;
    }
    while (top.parent && top.parent !== first && liveChildren(top.parent).length === 1) top = top.parent;
  }
  // The semantic containers: the largest <article>, then articleBody, then <main>.
  let semantic = null;
  for (const kind of ["article", "itemprop", "main"]) {
    for (const r of live) if (r.semantic === kind && !r.teaser && r.sum >= MIN_TEXT && (!semantic || r.sum > semantic.sum)) semantic = r;
    if (semantic) break;
  }
  if (semantic && (!top || isAncestor(semantic, top) || semantic === top)) {
    // The best block lies in the article element: the whole element (furniture aside) is the article.
    if (semantic.semantic !== "main" || !top || top.sum >= 0.7 * semantic.sum) return { root: semantic.el, parts: [semantic], method: semantic.semantic };
  } else if (semantic && (isAncestor(top, semantic) ? semantic.sum >= 0.5 * top.sum : semantic.sum >= top.sum)) {
    return { root: semantic.el, parts: [semantic], method: semantic.semantic };
  }
  if (!top) return null;
  // Siblings with enough content join the best candidate.
  const threshold = Math.max(10, top.score * 0.2);
  const parts = (top === first ? [top] : liveChildren(top.parent)).filter((s) => {
    if (s === top || (s.scored && s.score >= threshold)) return true;
    // Else a paragraph, or a block of two, with few links.
    return s.paraSum >= (s.tag === "p" ? 1 : 2) && s.linkSum < 0.25 * s.sum;
  });
  return { root: parts.length > 1 ? top.parent.el : top.el, parts, method: "scored" };
}

const isAncestor = (a, r) => {
  for (let p = r.parent; p; p = p.parent) if (p === a) return true;
  return false;
};

/** The page's headline: the `h1` in or before the article, else og:title, else the title. */
function findHeadline(doc, article) {
  const h1 = article?.querySelector?.("h1") ?? doc.querySelector("h1");
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  return (h1?.textContent ?? og ?? doc.title ?? "").trim();
}

/**
 * The text of `parts`, paragraphs separated by blank lines and white space
 * collapsed as a browser renders it (the line breaks and indentation of the
 * HTML source must not look like sentence or paragraph breaks to the engine),
 * and the way back to the DOM: `{ text, segments: [{ node, start, end, from,
 * to }], truncated }`, where `text.slice(start, end)` stands for
 * `node.data.slice(from, to)`. The two are equal except for a collapsed run
 * of white space, which is one " " in the text (UTF-16 offsets throughout, as
 * JavaScript strings count). `parts` are survey records, replayed from its
 * `events` without their furniture; `tick` (see slicer) says when to yield.
 */
function extractParts(parts, events, tick) {
  const pieces = [];
  let len = 0;
  let endsBlank = true; // the text is empty or ends in white space
  const segments = [];
  let breakPending = false; // a block ended: "\n\n" before the next text
  let space = null; // collapsible white space seen after text: { node, from, to }
  let truncated = false;

  const append = (str) => {
    pieces.push(str);
    len += str.length;
  };
  const push = (node, from, to, str) => {
    const last = segments[segments.length - 1];
    const exact = to - from === str.length;
    // Extend the previous segment when both are verbatim and contiguous.
    if (exact && last && last.node === node && last.to === from && last.end === len &&
        last.end - last.start === last.to - last.from) {
      last.end += str.length;
      last.to = to;
    } else {
      segments.push({ node, start: len, end: len + str.length, from, to });
    }
    append(str);
  };
  const word = (node, from, to) => {
    if (breakPending) {
      if (len) append("\n\n");
      breakPending = false;
      space = null;
    } else if (space) {
      push(space.node, space.from, space.to, " ");
      space = null;
    }
    if (len + (to - from) > MAX_TEXT) {
      truncated = true;
      to = from + Math.max(0, MAX_TEXT - len);
      if (to <= from) return;
    }
    push(node, from, to, node.data.slice(from, to));
    endsBlank = /\s/.test(node.data[to - 1]);
  };
  const addText = (node, pre) => {
    const data = node.data;
    if (pre) {
      if (data) word(node, 0, data.length);
      return;
    }
    const ws = /\s+/g;
    let i = 0;
    for (let m = ws.exec(data); m && !truncated; m = ws.exec(data)) {
      if (m.index > i) word(node, i, m.index);
      // Leading white space of a block, or a second run in a row, disappears.
      if (len && !breakPending && !space && !endsBlank) space = { node, from: m.index, to: m.index + m[0].length };
      i = m.index + m[0].length;
    }
    if (i < data.length && !truncated) word(node, i, data.length);
  };
  // Replays events[i] up to `limit` of them; returns where to go on, or -1 when done.
  const replay = (i, end, limit, part) => {
    for (; i < end && limit-- > 0 && !truncated; i++) {
      const e = events[i];
      if (e === END) breakPending = true;
      else if (e === BR) {
        space = null;
        if (len && !breakPending) {
          append("\n");
          endsBlank = true;
        }
      } else if (e.nodeType === 3) addText(e, false);
      else if (Array.isArray(e)) addText(e[0], true);
      else if (e !== part && (e.gone || e.tag === "h1")) i = e.end - 1; // skip its subtree
      else if (e.block) breakPending = true;
    }
    return i < end && !truncated ? i : -1;
  };
  return (async () => {
    for (const part of parts) {
      for (let i = part.start; i >= 0;) {
        i = replay(i, part.end, STEP, part);
        const wait = tick();
        if (wait) await wait;
      }
      breakPending = true;
    }
    return { text: pieces.join(""), segments, truncated };
  })();
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
