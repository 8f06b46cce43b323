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
//
// Spec behaviour kept here: the order of checks in create()/availability()
// (option conversion, a document that is not fully active, language tags,
// abort, Permissions Policy "summarizer", monitor), no downloadprogress for an
// option set that is rejected, QuotaExceededError with requested/quota, and
// DOMExceptions, events and streams made from the classes of the realm the
// Summarizer belongs to (summarizerFor(global)), so an iframe's copy throws
// the iframe's InvalidStateError once the iframe is detached.
import {
  detectLanguage, engineLanguage, HEADLINE_WORDS, INPUT_LIMIT, languages, loadFor, loadLanguages, SENTENCES,
  summarize as engineSummarize,
} from "./core.js";
import { collapse, cutToWords, escapeMarkdown, formatLines } from "./format.js";

const TYPES = ["key-points", "tldr", "teaser", "headline"];
const FORMATS = ["markdown", "plain-text"];
const LENGTHS = ["short", "medium", "long"];
const PREFERENCES = ["auto", "speed", "capability"];

// The type × length mapping and the input limit live in core.js (shared with
// the page and the widget); exported here too, as before.
export { HEADLINE_WORDS, SENTENCES };
// The text formatting lives in format.js (the page uses it without the facade); exported here too, as before.
export { cutToWords, escapeMarkdown, formatLines };
/** Largest accepted input + context, in UTF-16 code units. */
export const INPUT_QUOTA = INPUT_LIMIT;

/**
 * Key of the hooks polyfill.js uses on a realm's Summarizer class (checks
 * without loading the engine). Not part of the public API.
 */
export const INTERNAL = Symbol("abridge.Summarizer.internal");

const TOKEN = Symbol("abridge.Summarizer");

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

/** An AbortSignal of any realm (WebIDL checks the brand, not the realm). */
function signalValue(value, name) {
  if (value === undefined) return undefined;
  if (
    (typeof AbortSignal === "function" && value instanceof AbortSignal) ||
    Object.prototype.toString.call(value) === "[object AbortSignal]"
  ) {
    return value;
  }
  throw new TypeError(`Summarizer: \`${name}\` must be an AbortSignal`);
}

/** A sequence<DOMString> as WebIDL converts it (strings are not sequences here). */
function stringList(value, name) {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value?.[Symbol.iterator] !== "function") {
    throw new TypeError(`Summarizer: \`${name}\` must be a sequence of language tags`);
  }
  return [...value].map(String);
}

function canonical(tag, name) {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    throw new RangeError(`Summarizer: \`${name}\` has a malformed language tag: "${tag}"`);
  }
}

/** Canonical, de-duplicated BCP 47 tags; RangeError for a malformed one (like Intl and Chromium). */
function canonicalList(tags, name) {
  return tags === null ? null : Object.freeze([...new Set(tags.map((tag) => canonical(tag, name)))]);
}

/**
 * WebIDL conversion of SummarizerCreateOptions: unknown enum values, a signal
 * that is not an AbortSignal and a monitor that is not callable are
 * TypeErrors, raised before any other check.
 */
function convertOptions(raw, what) {
  const o = dictionary(raw, what);
  const converted = {
    type: enumValue(o.type, TYPES, "key-points", "type"),
    format: enumValue(o.format, FORMATS, "markdown", "format"),
    length: enumValue(o.length, LENGTHS, "short", "length"),
    preference: enumValue(o.preference, PREFERENCES, "auto", "preference"),
    expectedInputLanguages: stringList(o.expectedInputLanguages, "expectedInputLanguages"),
    expectedContextLanguages: stringList(o.expectedContextLanguages, "expectedContextLanguages"),
    outputLanguage: o.outputLanguage === undefined || o.outputLanguage === null ? null : String(o.outputLanguage),
    sharedContext: o.sharedContext === undefined ? "" : String(o.sharedContext),
    signal: signalValue(o.signal, "signal"),
    monitor: o.monitor,
  };
  if (converted.monitor !== undefined && typeof converted.monitor !== "function") {
    throw new TypeError("Summarizer: `monitor` must be a function");
  }
  return converted;
}

/** "Validate and canonicalize summarizer options": the language tags. */
function canonicalizeLanguages(o) {
  o.expectedInputLanguages = canonicalList(o.expectedInputLanguages, "expectedInputLanguages");
  o.expectedContextLanguages = canonicalList(o.expectedContextLanguages, "expectedContextLanguages");
  if (o.outputLanguage !== null) o.outputLanguage = canonical(o.outputLanguage, "outputLanguage");
  return o;
}

/** Why these options cannot be served, or null. Needs the engine (languages()). */
function unsupported({ expectedInputLanguages, expectedContextLanguages, outputLanguage }) {
  for (const tag of [...(expectedInputLanguages ?? []), ...(expectedContextLanguages ?? [])]) {
    if (!engineLanguage(tag)) return `language "${tag}" is not supported (supported: ${languages().join(", ")}, nb, nn)`;
  }
  if (outputLanguage !== null) {
    const out = engineLanguage(outputLanguage);
    if (!out) return `output language "${outputLanguage}" is not supported`;
    // Extraction never translates: the output is in the input's language.
    if (expectedInputLanguages && !expectedInputLanguages.some((t) => engineLanguage(t) === out)) {
      return `output language "${outputLanguage}" differs from every expected input language; abridge does not translate`;
    }
  }
  return null;
}

/**
 * The output as chunks (their concatenation is the full summary).
 * `result` is an engine result for `SENTENCES[type][length]` sentences.
 * The headline is cut before escaping, so both formats cut at the same word.
 */
function render(type, format, length, result) {
  const texts = result.sentences.map((s) => collapse(s.text)).filter(Boolean);
  const lines = type === "headline" && texts.length ? [cutToWords(texts[0], HEADLINE_WORDS[length], result.language)] : texts;
  return formatLines(type, format, lines);
}

/**
 * The engine's result, never empty for input with words: the spec wants ""
 * only for input with nothing to summarise, while the engine skips sentences
 * under 4 words and lines that look like headings. Then short sentences are
 * allowed, and as a last resort the input's first lines are the sentences.
 */
function summarizeSomething(input, options) {
  let result = engineSummarize(input, options);
  if (result.sentences.length) return result;
  result = engineSummarize(input, { ...options, minWords: 1, skipQuestions: false });
  if (result.sentences.length) return result;
  const lines = input.split(/\n/).map(collapse).filter(Boolean).slice(0, options.sentences);
  return { ...result, sentences: lines.map((text) => ({ text })) };
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

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The platform classes of `global`'s realm (falling back to this realm's). */
function realmOf(global) {
  const own = (name) => (typeof global?.[name] === "function" ? global[name] : globalThis[name]);
  const doc = global?.document;
  return {
    DOMException: own("DOMException"),
    EventTarget: own("EventTarget"),
    Event: own("Event"),
    ProgressEvent: own("ProgressEvent"),
    ReadableStream: own("ReadableStream"),
    QuotaExceededError: own("QuotaExceededError"),
    // Workers and Node have no document: always "fully active", no policy.
    document: typeof doc === "object" && doc !== null ? doc : null,
  };
}

const classes = new WeakMap();

/**
 * abridge's Summarizer class for the realm of `global` (a Window, a worker
 * global, or any object): its errors, events and streams come from that
 * realm, and its document decides "fully active" and the Permissions Policy.
 * One class per global; `Summarizer` for this module's realm and for objects
 * that are not another realm's global.
 */
export function summarizerFor(global) {
  // This realm's global, or an object that is not a global of another realm.
  const Own = global?.DOMException;
  if (global === globalThis || typeof Own !== "function" || Own === globalThis.DOMException) return Summarizer;
  if (!classes.has(global)) classes.set(global, defineSummarizer(realmOf(global)));
  return classes.get(global);
}

function defineSummarizer(realm) {
  const { document } = realm;
  const domError = (message, name, cause) =>
    cause === undefined ? new realm.DOMException(message, name) : Object.assign(new realm.DOMException(message, name), { cause });

  /** InvalidStateError when the realm's document is not fully active. */
  function checkFullyActive(what) {
    // A document without a browsing context (a detached iframe's, or one
    // navigated away from) has no defaultView.
    if (document && document.defaultView === null) {
      throw domError(`Summarizer.${what}: the document is not fully active`, "InvalidStateError");
    }
  }

  /**
   * Whether the document may use the "summarizer" feature (default allowlist
   * 'self'). Where the browser exposes no policy, or does not know the
   * feature, nothing can be checked and it is allowed.
   */
  function allowedByPolicy() {
    const policy = document?.permissionsPolicy ?? document?.featurePolicy;
    if (!policy || typeof policy.allowsFeature !== "function") return true;
    try {
      const known = typeof policy.features === "function" ? policy.features() : null;
      if (known && !known.includes("summarizer")) return true;
      return policy.allowsFeature("summarizer") !== false;
    } catch {
      return true;
    }
  }

  function quotaError(requested, quota) {
    const message = `abridge: input of ${requested} characters exceeds the input quota of ${quota}`;
    // Chromium ≥ 140 has the QuotaExceededError interface; elsewhere the legacy DOMException name.
    const Q = realm.QuotaExceededError;
    if (typeof Q === "function") {
      try {
        return new Q(message, { quota, requested });
      } catch {
        // fall through
      }
    }
    return Object.assign(domError(message, "QuotaExceededError"), { quota, requested });
  }

  /** The spec's CreateMonitor: an EventTarget with `ondownloadprogress`. */
  class CreateMonitor extends realm.EventTarget {
    #handler = null;
    #listening = false;

    get ondownloadprogress() {
      return this.#handler;
    }

    set ondownloadprogress(value) {
      this.#handler = typeof value === "function" || (typeof value === "object" && value !== null) ? value : null;
      if (this.#listening) return;
      this.#listening = true;
      this.addEventListener("downloadprogress", (event) => {
        if (typeof this.#handler === "function") this.#handler.call(this, event);
      });
    }
  }

  function progressEvent(loaded) {
    const init = { lengthComputable: true, loaded, total: 1 };
    return typeof realm.ProgressEvent === "function"
      ? new realm.ProgressEvent("downloadprogress", init)
      : Object.assign(new realm.Event("downloadprogress"), init);
  }

  /** Steps shared by availability() and create() up to the language tags. */
  function preflight(options, what) {
    const o = convertOptions(options, what);
    checkFullyActive(what);
    return canonicalizeLanguages(o);
  }

  /** availability() once the options passed preflight(). */
  async function availabilityOf(o) {
    if (!allowedByPolicy()) return "unavailable";
    try {
      await loadLanguages(o.expectedInputLanguages ?? []);
    } catch {
      return "unavailable";
    }
    return unsupported(o) ? "unavailable" : "available";
  }

  /**
   * `Summarizer` with the W3C Writing Assistance API's shape. Create instances
   * with `await Summarizer.create(options)`.
   */
  class Summarizer {
    #type;
    #format;
    #length;
    #preference;
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
      this.#preference = options.preference;
      this.#expectedInputLanguages = options.expectedInputLanguages?.length ? options.expectedInputLanguages : null;
      this.#expectedContextLanguages = options.expectedContextLanguages?.length ? options.expectedContextLanguages : null;
      this.#outputLanguage = options.outputLanguage;
      this.#sharedContext = options.sharedContext;
    }

    /**
     * "available" when these options can be served, "unavailable" otherwise
     * (unsupported language, Permissions Policy, or the WebAssembly module
     * cannot be loaded). Rejects with TypeError (unknown enum value),
     * InvalidStateError (document not fully active) or RangeError (malformed
     * language tag), in that order.
     */
    static async availability(options) {
      return availabilityOf(preflight(options, "availability"));
    }

    /**
     * Loads the engine (once) and returns a Summarizer. `monitor` receives
     * `downloadprogress` events with loaded 0 and then 1 (total 1), only when
     * the options can be served.
     */
    static async create(options) {
      const o = preflight(options, "create");
      const { signal } = o;
      throwIfAborted(signal);
      if (!allowedByPolicy()) {
        throw domError("Summarizer.create: the \"summarizer\" Permissions Policy feature is not enabled for this document", "NotAllowedError");
      }
      let monitor = null;
      if (o.monitor) {
        monitor = new CreateMonitor();
        o.monitor(monitor); // an exception rejects create()
      }
      try {
        // The detector, and the modules of the expected languages (each call loads its own too).
        await abortable(loadLanguages(o.expectedInputLanguages ?? []), signal);
      } catch (error) {
        if (signal?.aborted && error === signal.reason) throw error;
        throw domError(`Summarizer.create: the WebAssembly engine could not be loaded (${error?.message ?? error})`, "NotSupportedError", error);
      }
      const why = unsupported(o);
      if (why) throw domError(`Summarizer.create: ${why}`, "NotSupportedError");
      for (const loaded of [0, 1]) {
        if (monitor && !signal?.aborted) monitor.dispatchEvent(progressEvent(loaded));
      }
      // Let listeners of the last event run (and possibly abort) before resolving.
      await nextTask();
      throwIfAborted(signal);
      const summarizer = new Summarizer(TOKEN, o);
      signal?.addEventListener("abort", () => summarizer.destroy(signal.reason), { once: true });
      return summarizer;
    }

    /** Hooks for polyfill.js: checks that do not load the engine. */
    static get [INTERNAL]() {
      return { preflight, availabilityOf, allowedByPolicy };
    }

    get type() { return this.#type; }
    get format() { return this.#format; }
    get length() { return this.#length; }
    /** The `preference` hint, echoed: abridge is equally fast and capable for all three. */
    get preference() { return this.#preference; }
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

    /**
     * Parses (input, options) the way WebIDL would, then the spec's first
     * steps: fully active, destroyed, signal aborted.
     */
    #begin(args, what) {
      if (args.length === 0 || args[0] === undefined) {
        throw new TypeError(`Summarizer.${what}: the input argument is required`);
      }
      const input = String(args[0]);
      const o = dictionary(args[1], what);
      const call = { input, context: o.context === undefined ? "" : String(o.context), signal: signalValue(o.signal, "signal") };
      checkFullyActive(what);
      this.#checkAlive();
      throwIfAborted(call.signal);
      return call;
    }

    /**
     * The summary's chunks, once the module of the input's language is loaded
     * (after #load()); rejects on abort or destroy meanwhile.
     */
    async #compute(input, context, signal) {
      const used = this.#usage(input, context);
      if (used > INPUT_QUOTA) throw quotaError(used, INPUT_QUOTA);
      if (input.trim() === "") return [];
      this.#checkOutputLanguage(input);
      const title = collapse(`${this.#sharedContext}\n${context}`);
      const options = { sentences: SENTENCES[this.#type][this.#length] };
      if (title) options.title = title;
      const language = this.#language(input);
      if (language) options.language = language;
      await loadFor(input, options);
      throwIfAborted(signal);
      this.#checkAlive();
      return render(this.#type, this.#format, this.#length, summarizeSomething(input, options));
    }

    /**
     * Extraction cannot translate: an input detected in another language than
     * `outputLanguage` is a NotSupportedError (an undetected one is served).
     */
    #checkOutputLanguage(input) {
      if (this.#outputLanguage === null) return;
      const wanted = engineLanguage(this.#outputLanguage);
      const detected = detectLanguage(input);
      if (detected && detected !== wanted) {
        throw domError(
          `Summarizer: the input is in "${detected}" but outputLanguage is "${this.#outputLanguage}"; abridge extracts sentences and does not translate`,
          "NotSupportedError",
        );
      }
    }

    /**
     * The language to force, or null for auto-detection: the detected language
     * when it is among expectedInputLanguages, else the first expected one.
     */
    #language(input) {
      const expected = this.#expectedInputLanguages;
      if (!expected?.length) return null;
      const codes = expected.map(engineLanguage);
      const detected = detectLanguage(input);
      return detected && codes.includes(detected) ? null : codes[0];
    }

    /** The detector and the expected languages' modules (or the all-language module, when loaded). */
    #load() {
      return loadLanguages(this.#expectedInputLanguages ?? []);
    }

    /** Runs `work` after #load(), rejecting on abort or destroy. */
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
          await this.#load();
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
        const { input, context, signal } = this.#begin(args, "summarize");
        return this.#run(signal, async () => (await this.#compute(input, context, signal)).join(""));
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
      const { input, context, signal } = this.#begin(args, "summarizeStreaming");
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
      return new realm.ReadableStream(
        {
          start: (controller) => {
            controllerRef = controller;
            signal?.addEventListener("abort", onAbort, { once: true });
            this.#inflight.add(stop);
          },
          pull: async (controller) => {
            try {
              if (chunks === null) {
                await this.#load();
                throwIfAborted(signal);
                this.#checkAlive();
                chunks = await this.#compute(input, context, signal);
              } else {
                // One chunk per task, so an abort between chunks takes effect.
                await nextTask();
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
        const { input, context, signal } = this.#begin(args, "measureInputUsage");
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

  return Summarizer;
}

/** abridge's Summarizer for this module's realm (see summarizerFor()). */
export const Summarizer = defineSummarizer(realmOf(globalThis));
