// A sentence picked from the middle of a quotation can open a quote it does
// not close ("“We will rebuild the bridge." when the quote runs on for two
// more sentences). For display only, closeQuotes() adds the missing closing
// marks; the summary's text, offsets and highlights stay verbatim. Used by the
// widget and by the page's summary list (www/app.js).

// Opening mark → its closing mark. „ and ‚ open German quotes closed by “ and ‘;
// » « and ” ” are also used both ways (Danish, Swedish), so each opens only at
// the start of a word (after a space, a bracket or the sentence start).
const PAIRS = { "“": "”", "„": "“", "«": "»", "»": "«", "‘": "’", "‚": "‘", "‹": "›", "›": "‹", "「": "」", "『": "』", '"': '"', "”": "”" };

/**
 * `text` with the closing marks added, innermost first, for every quotation
 * it opens and leaves open; `text` itself when it leaves none open.
 * @param {string} text
 * @returns {string}
 */
export function closeQuotes(text) {
  const open = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open.length && c === PAIRS[open[open.length - 1]]) open.pop();
    else if (c in PAIRS && (i === 0 || /[\s([{\u2014\u2013-]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? "")) open.push(c);
  }
  if (!open.length) return text;
  return text.trimEnd() + open.reverse().map((c) => PAIRS[c]).join("");
}
