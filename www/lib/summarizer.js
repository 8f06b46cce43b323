// A Summarizer with the shape of the W3C Writing Assistance APIs' Summarizer
// (https://webmachinelearning.github.io/writing-assistance-apis/#summarizer),
// backed by the extractive engine: every output is made of input sentences.
//
// Mapping (sentences picked by the engine, shown in document order):
//   key-points  short 3, medium 5, long 7 sentences, one per line:
//               markdown "- sentence", plain-text "• sentence"
//   tldr        short 1, medium 3, long 5 sentences, one paragraph
//   teaser      short 1, medium 2, long 4 sentences, one paragraph
//   headline    the single highest-scoring sentence, cut at a word boundary
//               to at most 12 / 17 / 22 words; "…" marks a cut
// Whitespace inside a sentence is collapsed to single spaces. In markdown,
// characters that would turn into markup are backslash-escaped.
// `sharedContext` and `context` feed the engine's title (topic) signal.
import { detectLanguage, init, languages, summarize as engineSummarize } from "./core.js";

const TYPES = ["key-points", "tldr", "teaser", "headline"];
const FORMATS = ["markdown", "plain-text"];
const LENGTHS = ["short", "medium", "long"];

/** Sentences per type and length. */
export const SENTENCES = Object.freeze({
  "key-points": Object.freeze({ short: 3, medium: 5, long: 7 }),
  tldr: Object.freeze({ short: 1, medium: 3, long: 5 }),
  teaser: Object.freeze({ short: 1, medium: 2, long: 4 }),
  headline: Object.freeze({ short: 1, medium: 1, long: 1 }),
});
/** Word limit of a headline per length. */
export const HEADLINE_WORDS = Object.freeze({ short: 12, medium: 17, long: 22 });
/** Largest accepted input + context, in UTF-16 code units. */
export const INPUT_QUOTA = 10_000_000;

const TOKEN = Symbol("abridge.Summarizer");

function domError(message, name) {
  return new DOMException(message, name);
}

function quotaError(requested, quota) {
  const message = `abridge: input of ${requested} characters exceeds the input quota of ${quota}`;
  // Chromium ≥ 140 has the QuotaExceededError interface; elsewhere the legacy DOMException name.
  const Q = globalThis.QuotaExceededError;
  if (typeof Q === "function") {
    try {
      return new Q(message, { quota, requested });
    } catch {
      // fall through
    }
  }
  return Object.assign(domError(message, "QuotaExceededError"), { quota, requested });
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw signal.reason;
}

function dictionary(value, what) {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" && typeof value !== "function") {
    throw new TypeError(`Summarizer.${what}: options must be an object`);
  }
  return value;
}

function enumValue(value, allowed, fallback, name) {
  if (value === undefined) return fallback;
  const s = String(value);
  if (!allowed.includes(s)) {
    throw new TypeError(`Summarizer: \`${name}\` must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got "${s}"`);
  }
  return s;
}

function signalValue(value, name) {
  if (value === undefined) return undefined;
  if (typeof AbortSignal === "function" && value instanceof AbortSignal) return value;
  throw new TypeError(`Summarizer: \`${name}\` must be an AbortSignal`);
}

/** Canonical BCP 47 tags; RangeError for a malformed one (like Intl). */
function languageList(value, name) {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value[Symbol.iterator] !== "function") {
    throw new TypeError(`Summarizer: \`${name}\` must be a sequence of language tags`);
  }
  return Object.freeze([...value].map((tag) => canonical(tag, name)));
}

function canonical(tag, name) {
  try {
    return Intl.getCanonicalLocales(String(tag))[0];
  } catch {
    throw new RangeError(`Summarizer: \`${name}\` has a malformed language tag: "${String(tag)}"`);
  }
}

/** The engine's code for a BCP 47 tag, or null when unsupported. */
function engineCode(tag) {
  const primary = tag.split("-")[0].toLowerCase();
  const code = primary === "nb" || primary === "nn" ? "no" : primary;
  return languages().includes(code) ? code : null;
}

/** Checks and normalises create()/availability() options. Throws TypeError/RangeError. */
function createOptions(raw, what) {
  const o = dictionary(raw, what);
  const parsed = {
    type: enumValue(o.type, TYPES, "key-points", "type"),
    format: enumValue(o.format, FORMATS, "markdown", "format"),
    length: enumValue(o.length, LENGTHS, "short", "length"),
    expectedInputLanguages: languageList(o.expectedInputLanguages, "expectedInputLanguages"),
    expectedContextLanguages: languageList(o.expectedContextLanguages, "expectedContextLanguages"),
    outputLanguage: o.outputLanguage === undefined || o.outputLanguage === null ? null : canonical(o.outputLanguage, "outputLanguage"),
    sharedContext: o.sharedContext === undefined ? "" : String(o.sharedContext),
  };
  return { o, parsed };
}

/** Why these options cannot be served, or null. Needs the engine (languages()). */
function unsupported({ expectedInputLanguages, expectedContextLanguages, outputLanguage }) {
  for (const tag of [...(expectedInputLanguages ?? []), ...(expectedContextLanguages ?? [])]) {
    if (!engineCode(tag)) return `language "${tag}" is not supported (supported: ${languages().join(", ")}, nb, nn)`;
  }
  if (outputLanguage !== null) {
    const out = engineCode(outputLanguage);
    if (!out) return `output language "${outputLanguage}" is not supported`;
    // Extraction never translates: the output is in the input's language.
    if (expectedInputLanguages && !expectedInputLanguages.some((t) => engineCode(t) === out)) {
      return `output language "${outputLanguage}" differs from every expected input language; abridge does not translate`;
    }
  }
  return null;
}

function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}

/** Backslash-escapes what CommonMark/GFM would read as markup. */
function escapeMarkdown(text) {
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
 * Cuts `text` after its `max`-th word (Intl.Segmenter words, so CJK text is
 * cut too); returns it unchanged when it has no more words than that.
 */
export function cutToWords(text, max, language) {
  const seg = wordSegmenter(language);
  let count = 0;
  let end = -1;
  if (seg) {
    for (const { segment, index, isWordLike } of seg.segment(text)) {
      if (!isWordLike) continue;
      count += 1;
      if (count === max) end = index + segment.length;
      if (count > max) break;
    }
  } else {
    for (const m of text.matchAll(/\S+/g)) {
      count += 1;
      if (count === max) end = m.index + m[0].length;
      if (count > max) break;
    }
  }
  if (count <= max) return text;
  return `${text.slice(0, end).replace(/[\s,;:\-–—(\[{"'“‘«]+$/u, "")}…`;
}

/**
 * The output as chunks (their concatenation is the full summary).
 * `result` is an engine result for `SENTENCES[type][length]` sentences.
 */
function render(type, format, length, result) {
  const md = format === "markdown";
  const texts = result.sentences.map((s) => collapse(s.text)).filter(Boolean);
  if (type === "headline") {
    if (!texts.length) return [];
    const line = cutToWords(texts[0], HEADLINE_WORDS[length], result.language);
    return [md ? escapeMarkdown(line) : line];
  }
  if (type === "key-points") {
    const bullet = md ? "- " : "• ";
    return texts.map((t, i) => `${i ? "\n" : ""}${bullet}${md ? escapeMarkdown(t) : t}`);
  }
  // tldr, teaser: one paragraph.
  return texts.map((t, i) => `${i ? " " : ""}${md ? escapeMarkdown(t) : t}`);
}

/**
 * `Summarizer` with the W3C Writing Assistance API's shape. Create instances
 * with `await Summarizer.create(options)`.
 */
export class Summarizer {
  #type;
  #format;
  #length;
  #expectedInputLanguages;
  #expectedContextLanguages;
  #outputLanguage;
  #sharedContext;
  #destroyed = null; // the destruction reason once destroyed
  #inflight = new Set(); // fail(reason) of every running call

  constructor(token, options) {
    if (token !== TOKEN) throw new TypeError("Illegal constructor: use Summarizer.create()");
    this.#type = options.type;
    this.#format = options.format;
    this.#length = options.length;
    this.#expectedInputLanguages = options.expectedInputLanguages;
    this.#expectedContextLanguages = options.expectedContextLanguages;
    this.#outputLanguage = options.outputLanguage;
    this.#sharedContext = options.sharedContext;
  }

  /**
   * "available" when these options can be served, "unavailable" otherwise
   * (unsupported language, or the WebAssembly module cannot be loaded).
   * @throws {TypeError} an enum option has an unknown value
   * @throws {RangeError} a malformed language tag
   */
  static async availability(options) {
    const { parsed } = createOptions(options, "availability");
    try {
      await init();
    } catch {
      return "unavailable";
    }
    return unsupported(parsed) ? "unavailable" : "available";
  }

  /**
   * Loads the engine (once) and returns a Summarizer. `monitor` receives
   * `downloadprogress` events with loaded 0 and then 1 (total 1).
   */
  static async create(options) {
    const { o, parsed } = createOptions(options, "create");
    const signal = signalValue(o.signal, "signal");
    if (o.monitor !== undefined && typeof o.monitor !== "function") {
      throw new TypeError("Summarizer: `monitor` must be a function");
    }
    throwIfAborted(signal);
    const monitor = new EventTarget();
    if (o.monitor) o.monitor(monitor);
    const progress = (loaded) => {
      if (signal?.aborted) return; // no progress events after an abort
      const init = { lengthComputable: true, loaded, total: 1 };
      const event = typeof ProgressEvent === "function"
        ? new ProgressEvent("downloadprogress", init)
        : Object.assign(new Event("downloadprogress"), init);
      monitor.dispatchEvent(event);
    };
    progress(0);
    await abortable(init(), signal);
    const why = unsupported(parsed);
    if (why) throw domError(`Summarizer.create: ${why}`, "NotSupportedError");
    progress(1);
    // Let listeners of the last event run (and possibly abort) before resolving.
    await new Promise((resolve) => setTimeout(resolve, 0));
    throwIfAborted(signal);
    const summarizer = new Summarizer(TOKEN, parsed);
    signal?.addEventListener("abort", () => summarizer.destroy(signal.reason), { once: true });
    return summarizer;
  }

  get type() { return this.#type; }
  get format() { return this.#format; }
  get length() { return this.#length; }
  get expectedInputLanguages() { return this.#expectedInputLanguages; }
  get expectedContextLanguages() { return this.#expectedContextLanguages; }
  get outputLanguage() { return this.#outputLanguage; }
  get sharedContext() { return this.#sharedContext; }
  /** Largest input (+ context + sharedContext) accepted, in UTF-16 code units. */
  get inputQuota() { return INPUT_QUOTA; }

  #checkAlive() {
    if (this.#destroyed) throw this.#destroyed;
  }

  #usage(input, context) {
    return input.length + context.length + this.#sharedContext.length;
  }

  /** Parses (input, options) the way WebIDL would. */
  #args(args, what) {
    if (args.length === 0 || args[0] === undefined) {
      throw new TypeError(`Summarizer.${what}: the input argument is required`);
    }
    const input = String(args[0]);
    const o = dictionary(args[1], what);
    return { input, context: o.context === undefined ? "" : String(o.context), signal: signalValue(o.signal, "signal") };
  }

  /** The summary's chunks, computed synchronously. */
  #compute(input, context) {
    const used = this.#usage(input, context);
    if (used > INPUT_QUOTA) throw quotaError(used, INPUT_QUOTA);
    if (input.trim() === "") return [];
    const title = collapse(`${this.#sharedContext}\n${context}`);
    const options = { sentences: SENTENCES[this.#type][this.#length] };
    if (title) options.title = title;
    const language = this.#language(input);
    if (language) options.language = language;
    return render(this.#type, this.#format, this.#length, engineSummarize(input, options));
  }

  /**
   * The language to force, or null for auto-detection: the detected language
   * when it is among expectedInputLanguages, else the first expected one.
   */
  #language(input) {
    const expected = this.#expectedInputLanguages;
    if (!expected?.length) return null;
    const codes = expected.map(engineCode);
    const detected = detectLanguage(input);
    return detected && codes.includes(detected) ? null : codes[0];
  }

  /** Runs `work` after init, rejecting on abort or destroy. */
  #run(signal, work) {
    return new Promise((resolve, reject) => {
      const fail = (reason) => {
        cleanup();
        reject(reason);
      };
      const onAbort = () => fail(signal.reason);
      const cleanup = () => {
        signal?.removeEventListener("abort", onAbort);
        this.#inflight.delete(fail);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#inflight.add(fail);
      (async () => {
        await init();
        throwIfAborted(signal);
        this.#checkAlive();
        return work();
      })().then(
        (value) => {
          cleanup();
          resolve(value);
        },
        (error) => fail(error),
      );
    });
  }

  /**
   * @returns {Promise<string>}
   */
  summarize(...args) {
    try {
      this.#checkAlive();
      const { input, context, signal } = this.#args(args, "summarize");
      throwIfAborted(signal);
      return this.#run(signal, () => this.#compute(input, context).join(""));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * A stream of string chunks: one per bullet or sentence (a headline is one
   * chunk). Concatenated, they equal what summarize() returns.
   * @returns {ReadableStream<string>}
   */
  summarizeStreaming(...args) {
    this.#checkAlive();
    const { input, context, signal } = this.#args(args, "summarizeStreaming");
    throwIfAborted(signal);
    let chunks = null;
    let controllerRef;
    const stop = (reason) => {
      cleanup();
      try {
        controllerRef.error(reason);
      } catch {
        // already closed or errored
      }
    };
    const onAbort = () => stop(signal.reason);
    const cleanup = () => {
      signal?.removeEventListener("abort", onAbort);
      this.#inflight.delete(stop);
    };
    return new ReadableStream(
      {
        start: (controller) => {
          controllerRef = controller;
          signal?.addEventListener("abort", onAbort, { once: true });
          this.#inflight.add(stop);
        },
        pull: async (controller) => {
          try {
            if (chunks === null) {
              await init();
              throwIfAborted(signal);
              this.#checkAlive();
              chunks = this.#compute(input, context);
            } else {
              // One chunk per task, so an abort between chunks takes effect.
              await new Promise((resolve) => setTimeout(resolve, 0));
              throwIfAborted(signal);
              this.#checkAlive();
            }
            if (chunks.length) controller.enqueue(chunks.shift());
            if (!chunks.length) {
              cleanup();
              controller.close();
            }
          } catch (error) {
            stop(error);
          }
        },
        cancel: () => cleanup(),
      },
      { highWaterMark: 0 },
    );
  }

  /**
   * How much of `inputQuota` summarising `input` would use: its length plus
   * the context's and sharedContext's, in UTF-16 code units.
   * @returns {Promise<number>}
   */
  measureInputUsage(...args) {
    try {
      this.#checkAlive();
      const { input, context, signal } = this.#args(args, "measureInputUsage");
      throwIfAborted(signal);
      return this.#run(signal, () => this.#usage(input, context));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Releases the summarizer: running and later calls reject with `reason`
   * (default: an AbortError DOMException), as the specification says.
   */
  destroy(reason) {
    if (this.#destroyed) return;
    this.#destroyed = reason ?? domError("The Summarizer has been destroyed.", "AbortError");
    for (const fail of [...this.#inflight]) fail(this.#destroyed);
  }
}

/** Resolves like `promise`, or rejects with the signal's reason on abort. */
function abortable(promise, signal) {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
