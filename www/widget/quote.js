// A sentence picked from the middle of a quotation can open a quote it does
// not close ("“We will rebuild the bridge." when the quote runs on for two
// more sentences), or close one it did not open ("No one will wait again,”
// she said."). For display only, closeQuotes() adds the missing marks; the
// summary's text, offsets and highlights stay verbatim. Used by the widget
// and by the page's summary list (www/app/render.js). Cases:
// tests/data/quotes.json.

// Opening mark → its closing mark. „ and ‚ open German quotes closed by “ and ‘;
// » « and ” ” are also used both ways (Danish, Swedish), so a mark opens only
// at the start of a word and closes only at the end of one. French puts a
// space inside guillemets: « opens before a space, » closes after one.
const PAIRS = { "“": "”", "„": "“", "«": "»", "»": "«", "‘": "’", "‚": "‘", "‹": "›", "›": "‹", "「": "」", "『": "』", '"': '"', "”": "”" };
// Closing mark → the opening mark to add when the sentence never opened it.
// (’ and ‘ are left alone: mostly apostrophes.)
const OPENERS = { "”": "“", "“": "„", "»": "«", "«": "»", "›": "‹", "‹": "›", "」": "「", "』": "『", '"': '"' };
const SPACE = /\s/;
const BEFORE_WORD = /[\s([{\u2014\u2013-]/;
const AFTER_WORD = /[\s.,;:!?)\]}\u2014\u2013-]/;

/**
 * `text` with the marks added that balance its quotations: the closing marks
 * (innermost first) of quotes it opens and leaves open, at the end, and the
 * opening marks of quotes it closes without opening, at the start; `text`
 * itself when it is balanced.
 * @param {string} text
 * @returns {string}
 */
export function closeQuotes(text) {
  const open = []; // [mark, the space after it (French style) or ""]
  let lead = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? " ";
    const next = text[i + 1] ?? " ";
    if (open.length && c === PAIRS[open[open.length - 1][0]]) open.pop();
    else if (c in PAIRS && BEFORE_WORD.test(prev) && (!AFTER_WORD.test(next) || SPACE.test(next) && (c === "«" || c === "‹"))) {
      open.push([c, SPACE.test(next) ? next : ""]);
    } else if (!open.length && c in OPENERS && AFTER_WORD.test(next) &&
        (SPACE.test(prev) ? c === "»" || c === "›" : !(c === '"' && /\d/.test(prev)))) {
      lead = OPENERS[c] + (SPACE.test(prev) ? prev : "") + lead;
    }
  }
  if (!open.length && !lead) return text;
  return lead + text.trimEnd() + open.reverse().map(([c, space]) => space + PAIRS[c]).join("");
}
