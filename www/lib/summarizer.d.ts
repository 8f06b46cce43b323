// Types of the W3C-shaped Summarizer (summarizer.js).

export type SummarizerType = "key-points" | "tldr" | "teaser" | "headline";
export type SummarizerFormat = "markdown" | "plain-text";
export type SummarizerLength = "short" | "medium" | "long";
export type Availability = "unavailable" | "downloadable" | "downloading" | "available";
/** A hint to trade capability for speed; abridge accepts all three and is the same engine for each. */
export type SummarizerPreference = "auto" | "speed" | "capability";

/** The `downloadprogress` event: `loaded` is 0 and then 1, `total` is 1. */
export interface DownloadProgressEvent extends Event {
  readonly loaded: number;
  readonly total: number;
  readonly lengthComputable: boolean;
}

/** What `monitor` receives: listen for "downloadprogress" (or set `ondownloadprogress`). */
export interface CreateMonitor extends EventTarget {
  ondownloadprogress: ((this: CreateMonitor, event: DownloadProgressEvent) => void) | null;
  addEventListener(
    type: "downloadprogress",
    listener: (this: CreateMonitor, event: DownloadProgressEvent) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

export interface SummarizerCreateCoreOptions {
  /** Default "key-points". */
  type?: SummarizerType;
  /** Default "markdown". */
  format?: SummarizerFormat;
  /** Default "short". */
  length?: SummarizerLength;
  /** Default "auto". */
  preference?: SummarizerPreference;
  /** BCP 47 tags; only the languages of `languages()` (plus "nb", "nn") are supported. */
  expectedInputLanguages?: readonly string[];
  expectedContextLanguages?: readonly string[];
  /** Must be a supported language, and one of expectedInputLanguages when those are given: abridge never translates. */
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Aborts creation; aborting after creation destroys the summarizer. */
  signal?: AbortSignal;
  monitor?: (monitor: CreateMonitor) => void;
  /** A topic for every call (feeds the engine's title signal). */
  sharedContext?: string;
}

export interface SummarizerSummarizeOptions {
  signal?: AbortSignal;
  /** A topic for this call (feeds the engine's title signal, with sharedContext). */
  context?: string;
}

/** The QuotaExceededError DOMException, with the spec's extra fields. */
export interface QuotaExceededError extends DOMException {
  readonly quota: number;
  readonly requested: number;
}

/**
 * The W3C Writing Assistance APIs' Summarizer, implemented by extraction:
 *
 * | type       | short | medium | long | output |
 * |------------|-------|--------|------|--------|
 * | key-points | 3     | 5      | 7    | one sentence per line: "- " (markdown) or "• " (plain-text) |
 * | tldr       | 1     | 3      | 5    | sentences as one paragraph |
 * | teaser     | 1     | 2      | 4    | sentences as one paragraph |
 * | headline   | 12    | 17     | 22   | words at most, from the best sentence; "…" marks a cut |
 */
export class Summarizer {
  private constructor();

  /**
   * "available", or "unavailable" for unsupported languages, a document the
   * "summarizer" Permissions Policy feature is not allowed in, or when the wasm cannot load.
   * @throws {TypeError} (rejects) an unknown type/format/length/preference value
   * @throws {DOMException} (rejects) "InvalidStateError" when the document is not fully active
   * @throws {RangeError} (rejects) a malformed language tag
   */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;

  /**
   * @throws {TypeError} (rejects) an unknown type/format/length/preference value, or a non-function monitor
   * @throws {RangeError} (rejects) a malformed language tag
   * @throws {DOMException} (rejects) "InvalidStateError" when the document is not fully active;
   *   "NotAllowedError" where the "summarizer" Permissions Policy feature is not allowed;
   *   "NotSupportedError" for an unsupported language or an outputLanguage other than the input's
   *   (no downloadprogress event is fired then); the signal's reason (by default an "AbortError") when aborted
   */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;

  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  readonly preference: SummarizerPreference;
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  readonly sharedContext: string;
  /** 10,000,000: the most UTF-16 code units of input + context + sharedContext accepted. */
  readonly inputQuota: number;

  /**
   * The summary ("" for empty or whitespace-only input).
   * @throws {DOMException} (rejects) "InvalidStateError" when the document is not fully active;
   *   "AbortError" (or the signal's reason) when aborted or destroyed;
   *   a {@link QuotaExceededError} when the input is over `inputQuota`
   * @throws {TypeError} (rejects) the input argument is missing
   */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;

  /**
   * The summary as chunks (one bullet, sentence or headline each) that concatenate to summarize()'s result.
   * @throws {DOMException} "InvalidStateError" when the document is not fully active;
   *   the signal's reason if already aborted, "AbortError" if destroyed;
   *   the stream errors with those (and QuotaExceededError) while reading
   */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;

  /** input.length + context.length + sharedContext.length. */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;

  /** Running and later calls reject with `reason` (default an "AbortError" DOMException). */
  destroy(reason?: unknown): void;
}

export { HEADLINE_WORDS, SENTENCES } from "./core.js";
export const INPUT_QUOTA: number;

export { cutToWords, escapeMarkdown, formatLines } from "./format.js";
/** abridge's Summarizer class for another realm's global (errors, events, streams and document from there). */
export function summarizerFor(global: object): typeof Summarizer;
