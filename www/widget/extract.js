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
const SKIP_ROLES = set("navigation complementary banner contentinfo dialog menu note");
/** Block furniture, judged on whole class/id words ("author-sarah" is "author", "sarah"). */
const FURNITURE = words(`share sharing social related recommended comment newsletter subscribe promo advert
  advertisement ad sponsor sponsored byline author caption credit breadcrumb tag toolbar popup cookie consent
  footer sidebar menu navbox navigation hatnote dablink noprint toc pagination banner signup paywall upnext player note footnote reference reflist infobox catlink`);
const POSITIVE = words("article body content entry hentry main page post text blog story chapter");
const NEGATIVE = new Set([...FURNITURE, ...words("hidden contact media meta widget")]);
/** How short standalone notes begin (hatnotes, "Read more", "Up next", player messages), and sign-up pitches. */
const NOTE = /^\W*(read (more|also|next)|see also|related:|up next|advertisement|sponsored|this (video|content) is (not|no longer) available|this article is about|for other uses|["“][^"”]{1,80}["”] redirects here|(author'?s?'? )?notes?:)|\b(sign up|subscribe|newsletter|in your inbox|all rights reserved)\b/i;

/** What an element is, as bits of TAGS' values (lower-case local names: XHTML too). */
const SKIP = 1; // never article text
const BLOCK = 2; // starts a new paragraph; only blocks can be furniture
const PARA = 4; // a block whose own text is a paragraph of its parent (the rest hold paragraphs themselves)
const HEADING = 8;
const PRE = 16;
const BREAK = 32;
const SLOT = 64;
const LINK = 128;
const KINDS = new Map(); // local name → { tag: its lower-case name, bits }
for (const [names, bits] of [
  [`nav header footer aside figure figcaption script style noscript template iframe object embed svg math video
    audio form button input select textarea dialog abridge-summary`, SKIP],
  ["div section article main body ul ol table tr dl details summary", BLOCK],
  ["p td th li dt dd blockquote", BLOCK | PARA],
  ["h2 h3 h4 h5 h6", BLOCK | PARA | HEADING],
  ["h1", BLOCK | HEADING], ["pre", BLOCK | PARA | PRE], ["br", BREAK], ["slot", SLOT], ["a", LINK],
]) for (const tag of set(names)) KINDS.set(tag, { tag, bits });
/** A local name's `{ tag, bits }`, worked out once per name. */
function kind(name) {
  let k = KINDS.get(name);
  if (!k) {
    const tag = String(name).toLowerCase();
    KINDS.set(name, (k = { tag, bits: KINDS.get(tag)?.bits ?? 0 }));
  }
  return k;
}

const VISIBILITY = { visibilityProperty: true };
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
 * One pass over the page: a record per block that may hold text (inline
 * elements have none: their text is their block's), with its text and
 * link-text length, paragraph runs, class words and flags; then what is
 * furniture; then the Readability scores.
 */
async function survey(top, doc, tick) {
  const view = doc.defaultView;
  const verdicts = new Map(); // class (and id) → { furniture, weight }
  const list = [];
  // What the text is made of, in document order: records (entering), END (leaving a block), BR,
  // text nodes, [text node] in <pre>. Each record's `end` is the index after its subtree.
  const events = [];
  const rec = (el, tag, bits, parent) => {
    // Class and id words judged once per distinct class and id (pages repeat them).
    let names = "";
    if (el.hasAttributes()) {
      names = el.getAttribute("class") ?? "";
      if (el.id) names += ` ${el.id}`;
    }
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
    // sum, linkSum, commaSum, paraSum, hlink: the subtree's text, link text, commas, paragraphs of some
    // length, a heading that links elsewhere; `inline`, `kids`: its inline children, its live child records.
    const r = {
      el, tag, parent, bits, judged, semantic: "", start: events.length, end: 0, runs: null, run: 0, runCommas: 0, head: "",
      sum: 0, linkSum: 0, commaSum: 0, paraSum: 0, hlink: false, inline: 0, kids: 0, gone: false, teaser: false, scored: false, score: 0,
    };
    list.push(r);
    events.push(r);
    return r;
  };
  const closeRun = (b) => {
    if (b.run) {
      (b.runs ??= []).push(b.run, b.runCommas); // length, commas, length, commas…
      b.commaSum += b.runCommas;
      if (b.run >= 80) b.paraSum++;
    }
    b.run = b.runCommas = 0;
  };
  // Iterative walk over the flat tree, one frame per open element: `own` its record (null: an inline
  // element), `self` the record its text belongs to, `block` the nearest block's, `heading` the heading's
  // around it, `pre` inside <pre>, `link` how much of its text is link text; `next` the next child to
  // visit, from `kids` (a slot's assigned nodes) or the siblings. (A page that changes during a yield is read
  // partly before, partly after the change; the widget reads again when the article's text changes.)
  const frames = [];
  const enter = (node, bits, own, self, block, heading, pre, link) => {
    const shadow = node.shadowRoot;
    const kids = (bits & SLOT && node.assignedNodes?.().length && node.assignedNodes()) || null;
    frames.push({ own, self, block, heading, pre, link, kids, i: 0, next: shadow ? shadow.firstChild : kids ? kids[0] : node.firstChild });
  };
  const { tag, bits } = kind(top.localName);
  const first = rec(top, tag, bits, null);
  enter(top, bits, first, first, first, null, false, 0);
  for (let n = 0; frames.length; n++) {
    if (n % STEP === 0) {
      const wait = tick();
      if (wait) await wait;
    }
    const f = frames[frames.length - 1];
    const node = f.next;
    if (!node) { // leaving an element; a record's totals are complete and go to its parent
      frames.pop();
      const r = f.own;
      if (!r) continue;
      if (r.bits & BLOCK) {
        closeRun(r);
        events.push(END);
      }
      r.end = events.length;
      const p = r.parent;
      if (!p) continue;
      p.sum += r.sum;
      p.linkSum += r.linkSum;
      p.commaSum += r.commaSum;
      p.paraSum += r.paraSum;
      p.hlink ||= r.hlink;
      continue;
    }
    f.next = f.kids ? f.kids[++f.i] : node.nextSibling;
    const type = node.nodeType;
    if (type === 3) {
      events.push(f.pre ? [node] : node);
      const data = node.data;
      if (!/\S/.test(data)) continue;
      const len = data.length;
      let commas = 0;
      for (let i = data.indexOf(","); i !== -1 && i < 2000; i = data.indexOf(",", i + 1)) commas++;
      const self = f.self;
      self.sum += len;
      self.linkSum += len * f.link;
      const b = f.block;
      b.run += len;
      b.runCommas += commas;
      // The first words of each enclosing record (an ancestor has always read at least as much).
      for (let a = self; a && a.head.length < 80; a = a.parent) a.head += data.slice(0, 80);
      continue;
    }
    if (type !== 1) continue;
    const { tag, bits } = kind(node.localName);
    if (bits & BREAK) {
      closeRun(f.block);
      events.push(BR);
      continue;
    }
    if (bits & SKIP) continue;
    let semantic = tag === "article" || tag === "main" ? tag : "";
    let link = f.link;
    if (node.hasAttributes()) {
      // Never text, whatever the scoring says.
      if (node.hidden || node.getAttribute("aria-hidden") === "true" || node.hasAttribute("data-abridge-skip")) continue;
      const role = node.getAttribute("role");
      if (role && SKIP_ROLES.has(role)) continue;
      // Hidden by the page's style. checkVisibility() passes almost every element cheaply (no layout, no
      // allocation); the computed style decides the rest (display: contents, a closed <details>'s content).
      if (view && !node.checkVisibility?.(VISIBILITY)) {
        const style = view.getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden") continue;
      }
      if (tag !== "article") {
        if (/(^|\s)articleBody(\s|$)/.test(node.getAttribute("itemprop"))) semantic = "itemprop";
        else if (role === "main") semantic = "main";
      }
      const href = bits & LINK && !link ? node.getAttribute("href") : null;
      if (href !== null) {
        link = href.startsWith("#") ? 0.3 : 1;
        // A heading that links elsewhere makes a teaser (a card that is one link is a link list).
        if (link === 1 && f.heading) f.heading.hlink = true;
      }
    }
    if (!(bits & BLOCK) && !semantic) {
      // An inline element: its text is its record's, a link's counted as link text.
      if (f.own) f.self.inline++;
      enter(node, bits, null, f.self, f.block, f.heading, f.pre, link);
      continue;
    }
    const r = rec(node, tag, bits, f.self);
    r.semantic = semantic;
    if (bits & BLOCK) closeRun(f.block);
    enter(node, bits, r, r, bits & BLOCK ? r : f.block, bits & HEADING ? r : f.heading, f.pre || (bits & PRE) > 0, link);
  }
  // The passes over the records below yield to the page like the walk.
  const each = async (fn, back) => {
    for (let n = 0; n < list.length; n++) {
      fn(list[back ? list.length - 1 - n : n]);
      if (n % STEP === 0) {
        const wait = tick();
        if (wait) await wait;
      }
    }
  };
  // Top down: furniture (never the article's containers or most of the page), teasers, link lists, notes.
  // What goes is taken out of its ancestors' totals.
  const pageText = first.sum || 1;
  await each((r) => {
    const p = r.parent;
    if (p?.gone) return void (r.gone = true);
    if (r.bits & BLOCK && r !== first && r.semantic !== "main" && r.sum <= 0.6 * pageText) {
      const density = r.sum ? r.linkSum / r.sum : 0;
      r.teaser = r.hlink && r.sum < 600;
      r.gone = (!r.semantic || r.teaser) && (r.judged.furniture || r.teaser ||
        (r.commaSum < 10 && density > 0.5) ||
        (r.sum < 600 && !(r.bits & HEADING) && NOTE.test(r.head)) ||
        (r.tag === "table" && !r.paraSum)); // a table of short cells: an infobox, not prose
    }
    if (r.gone) {
      for (let a = p; a; a = a.parent) {
        a.sum -= r.sum;
        a.linkSum -= r.linkSum;
        a.commaSum -= r.commaSum;
        a.paraSum -= r.paraSum;
      }
    } else if (p) p.kids++;
  });
  // Readability's scores, bottom up (children come after their parents in `list`): each paragraph run
  // adds to its block's ancestors, less with each level. A record's score is complete when it is reached
  // (only it and its descendants add to it), and then scaled by 1 − its link density.
  await each((r) => {
    if (r.gone) return;
    const runs = r.runs;
    for (let i = 0; runs && i < runs.length; i += 2) {
      const len = runs[i];
      if (len < 25) continue;
      const s = 1 + runs[i + 1] + Math.min(3, Math.floor(len / 100));
      let a = r.bits & PARA ? r.parent : r;
      for (let level = 0; a && level < 5; level++, a = a.parent) {
        if (!a.scored) {
          a.scored = true;
          a.score = a.judged.weight + (a.tag === "div" ? 5 : 0);
        }
        a.score += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      }
    }
    if (r.scored) r.score *= 1 - (r.sum ? Math.min(1, r.linkSum / r.sum) : 0);
  }, true);
  return { events, list, first };
}

/** The article from the survey: `{ root, parts, method }` or null. */
function choose({ list, first }) {
  let top = null;
  for (const r of list) if (r.scored && !r.gone && (!top || r.score > top.score)) top = r;
  if (top) {
    // Climb while the parent scores at least as well; through only-children.
    let last = top.score;
    for (let p = top.parent; p && p !== first; p = p.parent) {
      if (!p.scored) continue;
      if (p.score < last / 3) break;
      if (p.score > last) { top = p; break; }
      last = p.score;
    }
    while (top.parent && top.parent !== first && top.parent.kids + top.parent.inline === 1) top = top.parent;
  }
  // The semantic containers: the largest <article>, then articleBody, then <main>.
  let semantic = null;
  for (const kind of ["article", "itemprop", "main"]) {
    for (const r of list) if (r.semantic === kind && !r.gone && !r.teaser && r.sum >= MIN_TEXT && (!semantic || r.sum > semantic.sum)) semantic = r;
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
  const parts = top === first ? [top] : list.filter((s) => {
    if (s.parent !== top.parent || s.gone) return false;
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
  // Text from `node.data` (from, to): verbatim in <pre>, else each white-space character as " ".
  const word = (node, from, to, pre) => {
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
    const str = node.data.slice(from, to);
    push(node, from, to, pre || !/[^\S ]/.test(str) ? str : str.replace(/\s/g, " "));
    endsBlank = /\s/.test(node.data[to - 1]);
  };
  const addText = (node, pre) => {
    const data = node.data;
    if (pre) {
      if (data) word(node, 0, data.length, true);
      return;
    }
    // Words and the single white-space characters between them go in one piece; a longer run, and one at
    // either end, is one " " when text comes before and after it.
    const ws = /\s\s+|^\s|\s$/g;
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
      else if (e.bits & BLOCK) breakPending = true;
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
