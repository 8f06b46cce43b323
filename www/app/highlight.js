// The original text with the chosen sentences (and a keyword's occurrences)
// marked in place. The text is split into one block per line; every mark is
// built from text nodes and <mark> elements using UTF-16 offsets, so user
// text is never parsed as HTML. When only the marks change, only the blocks
// they touch are rebuilt, which keeps a megabyte of text responsive.

const MAX_KEYWORD_MARKS = 5000;
const CHUNK_LINES = 24;
const LONG_TEXT = 50_000;

/**
 * Where a keyword occurs: the engine's exact UTF-16 ranges of every token of
 * its stem (`keyword.occurrences`, flat start/end pairs), as sorted, non-overlapping [start, end)
 * ranges (overlapping Chinese/Japanese bigrams are merged), at most
 * MAX_KEYWORD_MARKS of them.
 */
export function keywordRanges(keyword) {
  const ranges = [];
  const at = keyword?.occurrences ?? [];
  for (let i = 0; i + 1 < at.length; i += 2) {
    const start = at[i];
    const end = at[i + 1];
    const last = ranges.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    if (ranges.length >= MAX_KEYWORD_MARKS) break;
    ranges.push({ start, end });
  }
  return ranges;
}

/** First index in `items` (sorted by start, non-overlapping) whose end is after `pos`. */
function firstEndingAfter(items, pos) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class OriginalView {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.root = root;
    this.text = "";
    this.blocks = [];
    this.picks = [];
    this.keywords = [];
  }

  /** Shows `text` without marks (one <p> per non-blank line). */
  setText(text) {
    this.text = text;
    this.blocks = [];
    this.picks = [];
    this.keywords = [];
    const frag = document.createDocumentFragment();
    let chunk = null;
    let pos = 0;
    while (pos <= text.length) {
      let nl = text.indexOf("\n", pos);
      if (nl < 0) nl = text.length;
      if (/\S/.test(text.slice(pos, nl))) {
        const el = document.createElement("p");
        el.textContent = text.slice(pos, nl);
        const prev = this.blocks.at(-1);
        if (prev && text.slice(prev.end, pos).split("\n").length > 2) el.className = "gap";
        this.blocks.push({ start: pos, end: nl, el });
        // Lines are grouped into chunks that the browser lays out only near the viewport.
        if (!chunk || chunk.childElementCount >= CHUNK_LINES) {
          chunk = document.createElement("div");
          chunk.className = "chunk";
          frag.append(chunk);
        }
        chunk.append(el);
      }
      pos = nl + 1;
    }
    // A short first line without final punctuation reads as the title.
    const first = this.blocks[0];
    if (first && first.end - first.start < 140 && !/[.!?:;…"”»)]\s*$/.test(text.slice(first.start, first.end))) {
      first.el.classList.add("title");
    }
    // Lazy layout only where it pays: a short article is laid out at once.
    this.root.classList.toggle("long", text.length > LONG_TEXT);
    this.root.replaceChildren(frag);
  }

  /**
   * @param {{start:number,end:number,n:number,shade:number}[]} picks sorted, non-overlapping
   * @param {{start:number,end:number}[]} keywords sorted, non-overlapping
   */
  update(picks, keywords) {
    const dirty = new Set();
    for (const list of [this.picks, this.keywords, picks, keywords]) {
      for (const r of list) this.#blocksOf(r.start, r.end, dirty);
    }
    this.picks = picks;
    this.keywords = keywords;
    for (const i of dirty) this.#render(this.blocks[i]);
  }

  /** The <mark> of the n-th summary sentence (its first fragment). */
  pick(n) {
    return this.root.querySelector(`mark.pick[data-n="${Number(n)}"]`);
  }

  firstKeyword() {
    return this.root.querySelector("mark.kw");
  }

  #blocksOf(start, end, into) {
    const blocks = this.blocks;
    let i = firstEndingAfter(blocks, start);
    // A range touching no block (only whitespace) marks nothing.
    for (; i < blocks.length && blocks[i].start < end; i++) into.add(i);
  }

  #render(block) {
    const { start, end, el } = block;
    const out = [];
    let pos = start;
    const picks = this.picks;
    for (let i = firstEndingAfter(picks, start); i < picks.length && picks[i].start < end; i++) {
      const p = picks[i];
      const s = Math.max(p.start, start);
      const e = Math.min(p.end, end);
      if (s > pos) this.#text(out, pos, s);
      const mark = document.createElement("mark");
      mark.className = s === p.start ? "pick first" : "pick";
      if (s === p.start) mark.id = `pick-${p.n}`;
      mark.dataset.n = String(p.n);
      mark.tabIndex = -1;
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      mark.style.setProperty("--shade", p.shade.toFixed(3));
      const inner = [];
      this.#text(inner, s, e);
      mark.append(...inner);
      out.push(mark);
      pos = e;
    }
    if (pos < end) this.#text(out, pos, end);
    el.replaceChildren(...out);
  }

  /** Text between two offsets, with the keyword's occurrences marked. */
  #text(out, start, end) {
    const kws = this.keywords;
    let pos = start;
    for (let i = firstEndingAfter(kws, start); i < kws.length && kws[i].start < end; i++) {
      const s = Math.max(kws[i].start, start);
      const e = Math.min(kws[i].end, end);
      if (s > pos) out.push(document.createTextNode(this.text.slice(pos, s)));
      const mark = document.createElement("mark");
      mark.className = "kw";
      mark.textContent = this.text.slice(s, e);
      out.push(mark);
      pos = e;
    }
    if (pos < end) out.push(document.createTextNode(this.text.slice(pos, end)));
  }
}
