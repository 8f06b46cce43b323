// How much of a fixture's article text a reader got: shared by
// widget-reader.test.mjs and scripts/reader-compare.mjs.

/** Lower-case word and number tokens. */
export const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of `want`'s tokens (as a multiset) found in `have`. */
export function recall(want, have) {
  const pool = new Map();
  for (const t of have) pool.set(t, (pool.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of want) {
    const n = pool.get(t) ?? 0;
    if (n) { hit++; pool.set(t, n - 1); }
  }
  return want.length ? hit / want.length : 1;
}

/** In the page: the text of every element marked `data-truth`, open shadow roots included. */
export function truthTexts() {
  const truth = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.hasAttribute("data-truth")) truth.push(el.textContent);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return truth;
}
