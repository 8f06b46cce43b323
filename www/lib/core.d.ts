// Types of the engine API (core.js). Re-exported by abridge.d.ts.

/** ISO 639-1 codes of the languages with a stemmer and stop words (`languages()`). */
export type LanguageCode =
  | "ar" | "da" | "nl" | "en" | "fi" | "fr" | "de" | "el" | "hu"
  | "it" | "no" | "pt" | "ro" | "ru" | "es" | "sv" | "ta" | "tr";

/** Named summary lengths: 3, 5 or 7 sentences. */
export type LengthPreset = "short" | "medium" | "long";

/** Relative weights of the score parts (defaults tuned on news). */
export interface Weights {
  centrality?: number;
  position?: number;
  title?: number;
  length?: number;
  redundancy?: number;
}

/**
 * Options of `summarize()`. All optional; `null` and `undefined` mean "not set".
 * Give at most one of `sentences`, `ratio`, `words`, `chars`, `length`
 * (default: `length: "short"`, 3 sentences).
 */
export interface SummarizeOptions {
  /** At most this many sentences (a whole number ≥ 1). */
  sentences?: number;
  /** This fraction of the input's eligible sentences (not headings, captions or fragments), in (0, 1]. */
  ratio?: number;
  /** At most about this many words (whole number ≥ 1). */
  words?: number;
  /** At most about this many characters (whole number ≥ 1). */
  chars?: number;
  /** A named length. */
  length?: LengthPreset;
  /** `"auto"` (default) detects the language; or force one. */
  language?: "auto" | LanguageCode;
  /** A title or topic: sentences sharing its terms score higher. */
  title?: string;
  /** Never pick questions. Default false. */
  skipQuestions?: boolean;
  /** Never pick quotations. Default false. */
  skipQuotes?: boolean;
  /** Skip sentences shorter than this many words. */
  minWords?: number;
  /** Skip sentences longer than this many words. */
  maxWords?: number;
  /** How many keywords to report, 0 to 100. Default 10. */
  keywords?: number;
  /** Score weights. */
  weights?: Weights;
}

/** The parts of a sentence's score (see the crate docs for the formulas). */
export interface ScoreParts {
  centrality: number;
  position: number;
  title: number;
  length: number;
  /** Penalty for overlap with sentences chosen before it. */
  redundancy: number;
}

/** A chosen sentence. `text === input.slice(start, end)`. */
export interface SummarySentence {
  /** Position among the input's sentences (0-based). */
  index: number;
  /** The sentence, verbatim. */
  text: string;
  /** UTF-16 offset of the start (what `String.prototype.slice` uses). */
  start: number;
  /** UTF-16 offset just past the end. */
  end: number;
  /** UTF-8 byte offset of the start. */
  byteStart: number;
  /** UTF-8 byte offset just past the end. */
  byteEnd: number;
  score: number;
  parts: ScoreParts;
}

/** A weighted term of the input. */
export interface Keyword {
  /** The most frequent surface form. */
  word: string;
  stem: string;
  weight: number;
  count: number;
  /**
   * Where its stem occurs (any form), in order, as flat UTF-16 pairs
   * `[start0, end0, start1, end1, …]` (`input.slice(start, end)`); `count` pairs.
   * Chinese/Japanese bigram ranges can overlap.
   */
  occurrences: number[];
}

export interface Stats {
  sentencesIn: number;
  sentencesOut: number;
  wordsIn: number;
  wordsOut: number;
}

export interface SummaryResult {
  /** Chosen sentences in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
  /** The language used (set or detected), or null when none was recognised. */
  language: LanguageCode | null;
  stats: Stats;
}

/** Where the wasm comes from; like wasm-bindgen's init. */
export type InitInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** Which languages to load: `init({ languages: ["en", "fr"] })`. */
export interface LanguagesInit {
  /** Codes or BCP 47 tags (`"en"`, `"en-GB"`, `"nb"`). */
  languages: Iterable<string>;
}

/**
 * Loads and instantiates the WebAssembly module (once; later calls are
 * cheap). Default source: `../pkg/abridge_bg.wasm` next to this file, fetched
 * in browsers and read with `fs` in Node (a `file:` URL): all 18 languages.
 * With `{ languages }`, loads only those languages' modules
 * (`../pkg/abridge-<code>_bg.wasm`, a third to a half of the size) and the
 * JS language detector; a later `summarize()` whose language (given or
 * detected) is not loaded throws an `Error` naming it. After a trap it
 * resolves when the replacement instance is ready.
 * @throws {TypeError} (rejects) the input is none of the accepted kinds
 * @throws {RangeError} (rejects) an unknown language in `languages`
 * @throws {Error} (rejects) the wasm could not be fetched
 * @throws {WebAssembly.CompileError} (rejects) the bytes are not a valid module
 */
export function init(
  input?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> } | LanguagesInit,
): Promise<void>;

/**
 * Loads the module of one language (code or tag), without the detector.
 * @throws {RangeError} (rejects) an unknown language
 */
export function load(language: string): Promise<void>;

/**
 * Loads what `summarize(text, options)` needs: nothing once `init()` loaded
 * all languages, else the module of the given language, or of the detected
 * one (loading the detector first). Used by the widget, the Summarizer and
 * the worker.
 */
export function loadFor(text: string, options?: SummarizeOptions | null): Promise<void>;

/**
 * What calls in these languages need (unknown ones skipped): nothing more when the all-language
 * module is loaded or loading, else the JS detector and these languages' modules (the Summarizer facade).
 */
export function loadLanguages(languages: Iterable<string>): Promise<void>;

/**
 * Synchronous init from the wasm bytes or a compiled module, e.g. in Node:
 * `initSync({ module: readFileSync(new URL(import.meta.resolve("abridge/abridge_bg.wasm"))) })`.
 * @throws {WebAssembly.CompileError} the bytes are not a valid module
 */
export function initSync(input: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): void;

/**
 * Picks the sentences that best summarise `text`. Needs `init()` first.
 * If the WebAssembly instance traps (`WebAssembly.RuntimeError`), the error
 * is rethrown and a fresh instance is loaded; `await init()` waits for it.
 * @throws {TypeError} `text` is not a string, `options` is not an object, an
 *   option has the wrong type, or more than one length option is given
 * @throws {RangeError} an option is out of range (the message names it and the allowed range)
 * @throws {Error} not initialised, or the replacement instance is still loading
 */
export function summarize(text: string, options?: SummarizeOptions | null): SummaryResult;

/**
 * The detected language, or null.
 * @throws {TypeError} `text` is not a string
 */
export function detectLanguage(text: string): LanguageCode | null;

/** The supported language codes (each can be loaded; no init needed). */
export function languages(): LanguageCode[];

/** The names of the score's parts, which are also the weights' names, in order. */
export function scoreParts(): (keyof ScoreParts)[];

/** Sentences per summary type and length ("key-points" is the engine's `length` preset). */
export const SENTENCES: Readonly<Record<"key-points" | "tldr" | "teaser" | "headline", Readonly<Record<LengthPreset, number>>>>;
/** Word limit of a headline per length. */
export const HEADLINE_WORDS: Readonly<Record<LengthPreset, number>>;
/** Largest input (+ context) the Summarizer facade and the page accept, in UTF-16 code units. */
export const INPUT_LIMIT: number;
/** The engine's code for a BCP 47 tag ("en-GB" → "en", "nb"/"nn" → "no"), or null when unsupported. Needs `init()`. */
export function engineLanguage(tag: string): LanguageCode | null;
