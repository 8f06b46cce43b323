// Text formatting shared by the Summarizer facade (summarizer.js) and the
// paste-in page (www/app), which imports only this file, not the facade:
// whitespace collapsing, Markdown escaping, the headline cut and the output
// lines of each summary type.

/** `text` with each run of whitespace as one space, trimmed. */
export function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}

/** Backslash-escapes what CommonMark/GFM would read as markup. */
export function escapeMarkdown(text) {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, "\\$&")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2")
    .replace(/^([-+=])(?=\s|$)/, "\\$1");
}

const segmenters = new Map();
function wordSegmenter(language) {
  if (typeof Intl.Segmenter !== "function") return null;
  const key = language ?? "";
  if (!segmenters.has(key)) segmenters.set(key, new Intl.Segmenter(language ?? undefined, { granularity: "word" }));
  return segmenters.get(key);
}

/**
 * The words of `text` as [start, end) UTF-16 ranges. Intl.Segmenter words
 * (so CJK text has words too), except that words joined by a period with no
 * space ("U.S", "e.g") are one word: ICU splits "U.S." into "U", ".", "S", ".".
 */
function wordRanges(text, language) {
  const seg = wordSegmenter(language);
  if (!seg) return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
  const words = [];
  let joinable = false; // the previous segment was a "." right after a word
  for (const { segment, index, isWordLike } of seg.segment(text)) {
    if (isWordLike) {
      const last = words.at(-1);
      if (joinable && last) last[1] = index + segment.length;
      else words.push([index, index + segment.length]);
      joinable = false;
    } else {
      joinable = segment === "." && words.at(-1)?.[1] === index;
    }
  }
  return words;
}

/**
 * Cuts `text` after at most `max` words and adds "…"; returns it unchanged
 * when it has no more words than that. The cut never falls right after an
 * abbreviation or an initial: within one sentence a word followed directly
 * by "." ("U.S.", "J.", "Dr.", "3.") does not end anything, so the cut moves
 * back to the previous word boundary (and "…" never touches that period).
 */
export function cutToWords(text, max, language) {
  const words = wordRanges(text, language);
  if (words.length <= max) return text;
  const endsAbbreviation = (i) => text[words[i][1]] === ".";
  let last = max - 1;
  while (last >= 0 && endsAbbreviation(last)) last -= 1;
  if (last < 0) last = max - 1; // nothing but initials: cut at the limit after all
  return `${text.slice(0, words[last][1]).replace(/[\s,;:\-–—(\[{"'“‘«]+$/u, "")}…`;
}

/**
 * The summary's lines (sentences, or the cut headline; whitespace already
 * collapsed) as output chunks: key-points one per line as "- " (markdown) or
 * "• " (plain-text) items, the other types one paragraph. Markdown is
 * escaped. The page formats its copies and downloads with this too.
 */
export function formatLines(type, format, texts) {
  const md = format === "markdown";
  const esc = (t) => (md ? escapeMarkdown(t) : t);
  if (type === "key-points") {
    const bullet = md ? "- " : "• ";
    return texts.map((t, i) => `${i ? "\n" : ""}${bullet}${esc(t)}`);
  }
  // tldr, teaser, headline: one paragraph.
  return texts.map((t, i) => `${i ? " " : ""}${esc(t)}`);
}
