// Types of the text formatting (format.js) shared by the Summarizer facade and the page.
import type { SummarizerFormat, SummarizerType } from "./summarizer.js";

/** `text` with each run of whitespace as one space, trimmed. */
export function collapse(text: string): string;

/**
 * Cuts `text` after at most `max` words (Intl.Segmenter words; "U.S" is one), adding "…";
 * never right after an abbreviation or initial (a word followed by ".").
 */
export function cutToWords(text: string, max: number, language?: string | null): string;

/** Backslash-escapes what CommonMark/GFM would read as markup. */
export function escapeMarkdown(text: string): string;

/**
 * A summary's lines (whitespace collapsed; the headline already cut) as output chunks:
 * key-points one "- " / "• " item per line, the other types one paragraph; markdown escaped.
 */
export function formatLines(type: SummarizerType, format: SummarizerFormat, lines: readonly string[]): string[];
