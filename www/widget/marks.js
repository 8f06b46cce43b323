// Highlights where the CSS Custom Highlight API is missing (the widget uses
// CSS.highlights everywhere else and then never changes the page's DOM).
// Loaded by the widget only in such browsers, after the summary: <mark>
// elements, never inside editable content, and out of the way before the
// page's own code touches its text.

// The page's own accessors, to write its text nodes without our interception.
const own = (type, name) => Object.getOwnPropertyDescriptor(globalThis[type].prototype, name);
const TEXT = [["data", own("CharacterData", "data")], ["nodeValue", own("Node", "nodeValue")], ["textContent", own("Node", "textContent")]];

/**
 * Wraps `pieces` ([{ node, from, to }], in document order) in <mark data-abridge>.
 * Each host text node stays the same object in the same place, holding the
 * text before its first piece; the marks and the rest follow it. Reading or
 * writing that node's text (data, nodeValue, textContent, as frameworks update
 * text in place) first calls `undo`, so the page's own change meets its own DOM.
 * @returns {object[]} what unwrap() needs
 */
export function wrap(doc, pieces, undo) {
  const byNode = new Map();
  for (const piece of pieces) {
    if (!piece.node.isConnected || piece.node.parentElement?.isContentEditable) continue;
    if (!byNode.has(piece.node)) byNode.set(piece.node, []);
    byNode.get(piece.node).push(piece);
  }
  const records = [];
  for (const [node, list] of byNode) {
    const data = node.data;
    if (list[list.length - 1].to > data.length) continue; // the text changed meanwhile
    const added = [];
    list.forEach(({ from, to }, i) => {
      const mark = doc.createElement("mark");
      mark.textContent = data.slice(from, to);
      mark.setAttribute("data-abridge", "");
      added.push(mark);
      const rest = data.slice(to, list[i + 1]?.from ?? data.length);
      if (rest) added.push(doc.createTextNode(rest));
    });
    node.after(...added);
    TEXT[0][1].set.call(node, data.slice(0, list[0].from));
    for (const [name, d] of TEXT) {
      Object.defineProperty(node, name, {
        configurable: true,
        get() { undo(); return d.get.call(this); },
        set(v) { undo(); d.set.call(this, v); },
      });
    }
    records.push({ node, data, added });
  }
  return records;
}

/** Undoes wrap(): the marks go, each host text node gets its whole text back. */
export function unwrap(records) {
  for (const { node, data, added } of records) {
    for (const [name] of TEXT) delete node[name];
    for (const n of added) n.remove();
    TEXT[0][1].set.call(node, data);
  }
}
