// The summary as plain text or Markdown, copied or downloaded. Nothing is sent anywhere.
import { collapse, formatLines } from "../lib/format.js";

/**
 * The summary as the facade would give it (lib/format.js formatLines),
 * ending with a newline; "" when there is nothing.
 * @param {{ type: string, lines: string[] }} summary  lines: the sentences (or the headline)
 * @param {"text" | "markdown"} format
 */
export function formatSummary({ type, lines }, format) {
  const items = lines.map(collapse).filter(Boolean);
  if (!items.length) return "";
  return `${formatLines(type, format === "markdown" ? "markdown" : "plain-text", items).join("")}\n`;
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
