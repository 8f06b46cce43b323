// The summary as plain text or Markdown, copied or downloaded. Nothing is sent anywhere.

/** Backslash-escapes what Markdown would read as markup (same rules as lib/summarizer.js). */
export function escapeMarkdown(text) {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, "\\$&")
    .replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2")
    .replace(/^([-+=])(?=\s|$)/, "\\$1");
}

const collapse = (s) => s.replace(/\s+/g, " ").trim();

/**
 * @param {{ type: string, lines: string[] }} summary  lines: the sentences (or the headline)
 * @param {"text" | "markdown"} format
 */
export function formatSummary({ type, lines }, format) {
  const md = format === "markdown";
  const items = lines.map(collapse).filter(Boolean).map((t) => (md ? escapeMarkdown(t) : t));
  if (!items.length) return "";
  if (type === "key-points") return items.map((t) => `${md ? "- " : "• "}${t}`).join("\n") + "\n";
  return items.join(" ") + "\n";
}

/** Copies text; falls back to a selected off-screen textarea where the async API is missing. */
export async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused or document not focused: try the old way below.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "offscreen";
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("the browser refused to copy");
}

/** Saves text as a file through a Blob URL (the download never leaves the machine). */
export function download(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
