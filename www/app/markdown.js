// Markdown as plain text, for a dropped or opened .md file: app/text.js
// imports this module with the first one (most readers paste), and the service
// worker caches it like everything the page used.

/** Markdown without its markup: headings, emphasis, links and list markers become plain text. */
export function markdownToText(md) {
  return md
    .replace(/\r\n?/g, "\n")
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "")
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1")
    .replace(/^ {0,3}>[ \t]?/gm, "")
    .replace(/^ {0,3}([-*_][ \t]*){3,}$/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}\\])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, "$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
