// The engine: loads the WebAssembly modules, validates calls, routes each call
// to a module that has its language, and replaces an instance after a trap.
// Everything else in www/lib builds on this file.
//
// Modules: ../pkg/abridge_bg.wasm has all 18 languages (`init()`, as before);
// ../pkg/abridge-<code>_bg.wasm has one (`init({ languages: [...] })`,
// `load(code)`), a third to a half of the size. With only per-language modules
// loaded, a call without a language is detected in JS (./detect.js, the same
// algorithm and stop words as the wasm) and runs in that language's module,
// so its result is the all-language module's. `init({ languages })` loads the
// whole detector; `loadFor` its first stage, and the second (the longer stop
// words) only for a text the first cannot decide.
//
// Re-initialisation: the wasm-bindgen glue (../pkg/abridge.js) keeps its
// instance in module-level variables and has no "reset", so a fresh instance
// needs a fresh copy of the glue module. After a trap this file imports the
// glue again under a new URL (`abridge.js?instance=N`, a separate ES module
// instance) and instantiates the already compiled WebAssembly.Module with it.
import * as firstGlue from "../pkg/abridge.js";

const GLUE_URL = new URL("../pkg/abridge.js", import.meta.url).href;

/** Default location of the wasm file, next to the glue. */
export const WASM_URL = new URL("../pkg/abridge_bg.wasm", import.meta.url);


/** The 18 languages, in the engine's order. */
const CODES = Object.freeze(["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"]);

/**
 * Whether calls are checked and every wasm source init() accepts is handled. Always here and in
 * the npm package; the paste-in page's bundles (scripts/page.mjs, minify.mjs `trustedCore`) set it
 * false: their only callers pass options the page built and a module's URL, so those checks and
 * the Node, Request and buffer paths never run there and terser leaves them out.
 */
const CHECKED = true;

const isObject = (v) => typeof v === "object" && v !== null;
// Built at run time so bundlers (and minifiers, which would inline a constant)
// never see a resolvable "node:fs/promises" specifier.
const nodeFs = ["node:fs", "promises"].join("/");

/**
 * Turns anything wasm-bindgen's init accepts into a compiled WebAssembly.Module.
 * A `file:` URL (Node) is read with fs through a dynamic import, which
 * browsers never reach.
 */
async function compile(input) {
  input = await input;
  if (input instanceof WebAssembly.Module) return input;
  if (typeof input === "string" || input instanceof URL) {
    const url = new URL(input, globalThis.location?.href);
    if (CHECKED && url.protocol === "file:") {
      const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ nodeFs);
      return WebAssembly.compile(await readFile(url));
    }
    input = await fetch(url);
  } else if (CHECKED && typeof Request === "function" && input instanceof Request) {
    input = await fetch(input);
  }
  if (typeof Response === "function" && input instanceof Response) {
    if (!input.ok) {
      throw new Error(`abridge: failed to fetch the wasm: ${input.status} ${input.statusText} (${input.url})`);
    }
    const type = input.headers.get("content-type") ?? "";
    if (typeof WebAssembly.compileStreaming === "function" && type.split(";")[0].trim() === "application/wasm") {
      return WebAssembly.compileStreaming(input);
    }
    return WebAssembly.compile(await input.arrayBuffer());
  }
  if (!CHECKED) return;
  if (ArrayBuffer.isView(input) || input instanceof ArrayBuffer) return WebAssembly.compile(input);
  throw new TypeError(
    "abridge.init: expected a URL, string, Request, Response, BufferSource or WebAssembly.Module, " +
      `got ${input === null ? "null" : typeof input}`,
  );
}

/** `{ module_or_path }` / `{ module }` objects as wasm-bindgen accepts them. */
function unwrap(arg, key) {
  return isObject(arg) && Object.getPrototypeOf(arg) === Object.prototype ? arg[key] : arg;
}

/**
 * One WebAssembly module and its live instance. Each has its own copy of the
 * glue (wasm-bindgen keeps the instance in module state), so any number can
 * be live at once.
 */
class Engine {
  constructor(url) {
    this.url = url;
    /** @type {typeof firstGlue | null} the glue namespace of the live instance */
    this.glue = this.compiled = this.exports = this.pending = null;
    // compiled: the WebAssembly.Module; exports: the live instance's exports
    // (what wasm-bindgen's init returns); pending: the current init or
    // re-init, until it settles.
    /** Instances created so far (1 after init, +1 per re-initialisation). */
    this.instances = 0;
    /** A trap happened and the replacement instance is not ready yet. */
    this.broken = false;
  }

  get ready() {
    return Boolean(this.glue) && !this.broken;
  }

  /** Loads (or, after a trap, re-instantiates) the module; `input` as init() takes it. */
  init(input) {
    if (!this.pending && !this.ready) {
      const source = this.compiled ?? (CHECKED ? unwrap(input, "module_or_path") : null) ?? this.url;
      this.pending = (async () => {
        const module = await compile(source);
        const g = await loadGlue(copies++);
        // The module is compiled already: instantiated synchronously (as initSync; allowed on a
        // browser's main thread under Chrome's 8 MB limit), so the glue's async init, with its
        // fetch and streaming paths, is never used (the page and the widget ship the glue without it).
        this.exports = g.initSync({ module });
        this.instances += 1;
        this.compiled = module;
        this.glue = g;
        this.broken = false;
      })().finally(() => {
        this.pending = null;
      });
    }
    return this.pending ?? Promise.resolve();
  }

  /** Runs `fn(glue)`; on a trap, starts replacing the instance and rethrows. */
  call(caller, fn) {
    if (!this.ready) {
      if (this.broken) {
        throw new Error(
          `abridge.${caller}: the WebAssembly instance trapped and is being replaced; await init() before calling again`,
        );
      }
      throw new Error(`abridge.${caller}: not initialised; call \`await init()\` (or initSync) first`);
    }
    try {
      return fn(this.glue);
    } catch (error) {
      if (isTrap(error)) {
        this.broken = true;
        this.init().catch(() => {}); // re-initialise now; init() exposes the outcome
      }
      throw error;
    }
  }
}

/** The all-language module. */
const all = new Engine(WASM_URL);
/** @type {Map<string, Engine>} per-language modules, by code, once asked for */
const engines = new Map();
/** Glue copies imported so far: the first is the static import, later ones `?instance=N`. */
let copies = 0;
/** @type {Promise<typeof import("./detect.js")> | null} the JS language detector, once asked for */
let detector = null;
/** @type {typeof import("./detect.js") | null} */
let detect = null;

// Replaceable for tests: how to get the n-th copy of the glue (n = 0 first).
let loadGlue = (n) =>
  n === 0
    ? Promise.resolve(firstGlue)
    : import(/* @vite-ignore */ /* webpackIgnore: true */ `${GLUE_URL}?instance=${n}`);

/**
 * Loads and instantiates the WebAssembly module. Safe to call many times:
 * later calls return the same promise, or resolve at once when ready. After a
 * trap it resolves when the replacement instance is ready.
 *
 * `init()` (or a wasm source) loads the module with all 18 languages.
 * `init({ languages: ["en", "fr"] })` loads only those languages' modules,
 * and the language detector for calls that name no language; later calls add
 * languages.
 *
 * @param {unknown} [input] where the wasm comes from (default: `../pkg/abridge_bg.wasm`
 *   next to this file; a `file:` URL is read with `fs` in Node), or `{ languages }`
 * @returns {Promise<void>}
 */
export function init(input) {
  if (input?.languages) {
    // The languages' modules, and the detector for calls that name no language.
    return Promise.all([loadWholeDetector(), ...[...input.languages].map(load)]).then(() => {});
  }
  return all.init(input);
}

/**
 * Loads the module of one language (a code or tag; no detector). Resolves at
 * once when it is loaded; after a trap, when its replacement is ready.
 * @param {string} language
 * @returns {Promise<void>}
 */
export function load(language) {
  const code = engineLanguage(language);
  if (!code) return Promise.reject(new RangeError(`abridge.load: unknown language "${language}"`));
  if (!engines.has(code)) engines.set(code, new Engine(new URL(`../pkg/abridge-${code}_bg.wasm`, import.meta.url)));
  return engines.get(code).init();
}

/** Loads the JS language detector's first stage (./detect.js). */
function loadDetector() {
  // A plain relative import: bundlers split it into its own chunk.
  return (detector ??= import("./detect.js").then(
    (m) => {
      detect = m;
    },
    (error) => {
      detector = null; // e.g. offline: the next call tries again
      throw error;
    },
  ));
}

/** Loads the whole JS language detector (its second stage: the longer stop words), so that detectLanguage() answers any text synchronously. */
const loadWholeDetector = () => loadDetector().then(() => detect.loadLongWords());

/** The detected language of `text` (for loadFor): the first stage, and the second when it cannot tell. */
async function detectFor(text) {
  await loadDetector();
  let code = detect.detectLanguage(text);
  if (code === undefined) {
    await detect.loadLongWords();
    code = detect.detectLanguage(text);
  }
  return code;
}

/**
 * Loads what a call needs: nothing when the all-language module is loaded,
 * else the module of the call's language (given, or detected, which loads the
 * detector first). Then `summarize(text, options)` runs synchronously.
 * @returns {Promise<void>}
 */
export async function loadFor(text, options) {
  if (all.ready || all.pending) return all.init();
  let code = options?.language;
  if (code == null || code === "auto") code = await detectFor(text);
  // No language (Chinese, no letters…) or a name ("French"): any module will
  // do (and names a missing language).
  return load(engineLanguage(code) ?? [...engines].find(([, e]) => e.ready)?.[0] ?? "en");
}

/**
 * Loads what calls in these languages need (codes or tags; unknown ones are
 * skipped): nothing more when the all-language module is loaded or loading,
 * else the JS detector and these languages' modules. The Summarizer facade
 * loads with this (then `loadFor` per call).
 * @param {Iterable<string>} languages
 * @returns {Promise<void>}
 */
export function loadLanguages(languages) {
  if (all.ready || all.pending) return all.init();
  const codes = [...languages].map(engineLanguage).filter(Boolean);
  return Promise.all([loadWholeDetector(), ...codes.map(load)]).then(() => {});
}

/**
 * Synchronous init from bytes or a compiled module (Node:
 * `initSync({ module: fs.readFileSync(path) })`). Browsers allow synchronous
 * compilation of this module size (under Chrome's 8 MB main-thread limit).
 *
 * @param {{ module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module} input
 */
export function initSync(input) {
  if (all.ready) return;
  const source = unwrap(input, "module");
  const module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
  // After a trap, or with per-language modules (which share the first glue).
  if (all.instances || copies) throw new Error("abridge.initSync: the engine was loaded before; await init() instead");
  copies = 1;
  all.exports = firstGlue.initSync({ module });
  all.instances = 1;
  all.compiled = module;
  all.glue = firstGlue;
}


/** True when an error means the wasm instance is no longer usable. */
export function isTrap(error) {
  return (
    error instanceof WebAssembly.RuntimeError ||
    // A stack overflow inside wasm surfaces as a RangeError with this message
    // (V8, SpiderMonkey); the option RangeErrors never say it.
    (error instanceof RangeError && /call stack|too much recursion/i.test(error.message))
  );
}

/** The JS detector's answer; an Error when only its first stage is loaded and cannot tell. */
function detectNow(caller, text) {
  const code = detect.detectLanguage(text);
  if (code === undefined) {
    throw new Error(`abridge.${caller}: this text needs the whole detector: \`await loadFor(text)\``);
  }
  return code;
}

/** Why `code` cannot run, as an Error that says how to load it. */
function route(caller, text, options) {
  if (all.ready || all.broken || !engines.size) return [all, options];
  let code = options?.language;
  if (code == null || code === "auto") {
    if (!detect) throw new Error(`abridge.${caller}: no language and no detector: \`await init({ languages })\``);
    code = detectNow(caller, text);
    if (code) options = { ...options, language: code };
  }
  code = engineLanguage(code);
  // No language (Chinese, no letters…) or a name ("French"): any module runs
  // it (the first without stemming or stop words, as the full one does).
  const engine = code ? engines.get(code) : [...engines.values()].find((e) => e.glue);
  if (!engine?.glue) {
    throw new Error(`abridge.${caller}: language "${code}" is not loaded: \`await init({ languages: ["${code}"] })\``);
  }
  return [engine, options];
}

/**
 * Summarises `text`. See abridge.d.ts for the options and the result.
 * @throws {TypeError} `text` is not a string, or an option has the wrong type
 * @throws {RangeError} an option is out of range
 */
export function summarize(text, options) {
  if (CHECKED && typeof text !== "string") {
    throw new TypeError(`abridge.summarize: \`text\` must be a string, got ${text === null ? "null" : typeof text}`);
  }
  if (CHECKED && options !== undefined && options !== null && typeof options !== "object") {
    throw new TypeError(`invalid option \`options\`: must be an object, got ${typeof options}`);
  }
  const [engine, routed] = route("summarize", text, options ?? undefined);
  const names = partNames(engine);
  const [numbers, strings] = args(routed ?? {}, names);
  const flat = engine.call("summarize", (g) => g.summarize(text, numbers, ...strings));
  // An out-of-range option: its message alone (src/wasm.rs `summarize`).
  if (flat.length === 1) throw new RangeError(flat[0]);
  return expand(flat, text, names);
}

/**
 * The numeric options in the order src/wasm.rs (`Numeric`) reads them, then
 * the weights (`names`, the score parts' order); booleans go as 1 or 0.
 */
const NUMBERS = ["sentences", "ratio", "words", "chars", "minWords", "maxWords", "keywords", "skipQuestions", "skipQuotes"];
const WHOLE = new Set(["sentences", "words", "chars", "minWords", "maxWords", "keywords"]);
const LENGTHS = ["sentences", "ratio", "words", "chars", "length"];

/** `object[name]` when given (not undefined or null), checked to be of `type`. */
function given(object, name, type, label = name) {
  const value = object[name];
  if (value == null) return undefined;
  if (CHECKED && typeof value !== type) {
    throw new TypeError(`invalid option \`${label}\`: must be ${type === "object" ? "an" : "a"} ${type}, got ${typeof value}`);
  }
  return value;
}

/**
 * The options as the module's summarize() takes them (src/wasm.rs): a list of
 * numbers, first a bit per number given, and the strings length, language,
 * title. Wrong types are TypeErrors here; ranges are the engine's to check.
 */
function args(options, names) {
  const numbers = [0];
  const number = (value, i) => {
    if (value !== undefined) numbers[0] += 2 ** i;
    numbers.push(Number(value ?? 0));
  };
  // Each option is read once (a getter runs once, as when the module read them).
  const read = {};
  NUMBERS.forEach((name, i) => {
    const value = (read[name] = given(options, name, name.startsWith("skip") ? "boolean" : "number"));
    if (CHECKED && WHOLE.has(name) && value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 4294967295)) {
      throw new RangeError(`invalid option \`${name}\`: must be a whole number (at most 4294967295), got ${value}`);
    }
    number(value, i);
  });
  const length = (read.length = given(options, "length", "string"));
  if (CHECKED) {
    const lengths = LENGTHS.filter((name) => read[name] !== undefined);
    if (lengths.length > 1) {
      throw new TypeError(`invalid option \`${lengths[1]}\`: give only one of ${LENGTHS.join(", ")} (got ${lengths.join(" and ")})`);
    }
  }
  const weights = given(options, "weights", "object") ?? {};
  names.forEach((name, i) => number(given(weights, name, "number", `weights.${name}`), NUMBERS.length + i));
  return [numbers, [length, given(options, "language", "string"), given(options, "title", "string")]];
}

/** The wasm's flat result (its layout: src/wasm.rs, `to_js`) as abridge.d.ts's objects. */
function expand(flat, text, names) {
  let i = 1;
  const next = () => flat[i++];
  const list = (item) => Array.from({ length: next() }, item);
  // text: the input's slice (the wasm reads lone surrogates as U+FFFD, so a
  // slice keeps every sentence verbatim, lone surrogates included).
  const sentences = list(() => ({
    index: next(),
    text: text.slice(flat[i], flat[i + 1]),
    start: next(),
    end: next(),
    byteStart: next(),
    byteEnd: next(),
    score: next(),
    parts: Object.fromEntries(names.map((name) => [name, next()])),
  }));
  // occurrences: the count at flat[i], then that many offsets.
  const keywords = list(() => ({ word: next(), stem: next(), weight: next(), count: next(), occurrences: flat.slice(i + 1, (i += 1 + flat[i])) }));
  return { sentences, keywords, language: flat[0], stats: { sentencesIn: next(), sentencesOut: next(), wordsIn: next(), wordsOut: next() } };
}

/**
 * The detected language's ISO 639-1 code, or null.
 * @throws {TypeError} `text` is not a string
 */
export function detectLanguage(text) {
  if (typeof text !== "string") {
    throw new TypeError(`abridge.detectLanguage: \`text\` must be a string, got ${text === null ? "null" : typeof text}`);
  }
  if (!all.ready && !all.broken && detect) return detectNow("detectLanguage", text);
  return all.call("detectLanguage", (g) => g.detectLanguage(text)) ?? null;
}

/** The supported language codes (ISO 639-1), in a stable order; each can be loaded. */
export function languages() {
  return [...CODES];
}

let parts = null;
/** The score parts' names, asked of `engine` once (every module has the same). */
function partNames(engine) {
  return (parts ??= Object.freeze(engine.call("scoreParts", (g) => g.scoreParts())));
}

/** The names of the score's parts, which are also the weights' names, in order. */
export function scoreParts() {
  return [...partNames([all, ...engines.values()].find((e) => e.ready) ?? all)];
}

// Facts shared by the Summarizer facade (summarizer.js), the page (www/app)
// and the widget (www/widget), which all import this file: written once here.

/**
 * Sentences per summary type and length. "key-points" is the engine's own
 * `length` preset (short 3, medium 5, long 7; src/summarizer.rs `Preset`,
 * checked against it by the API checks); the widget passes `length` itself.
 */
export const SENTENCES = Object.freeze({
  "key-points": Object.freeze({ short: 3, medium: 5, long: 7 }),
  tldr: Object.freeze({ short: 1, medium: 3, long: 5 }),
  teaser: Object.freeze({ short: 1, medium: 2, long: 4 }),
  headline: Object.freeze({ short: 1, medium: 1, long: 1 }),
});
/** Word limit of a headline per length. */
export const HEADLINE_WORDS = Object.freeze({ short: 12, medium: 17, long: 22 });
/** Largest input (+ context) the facade and the page accept, in UTF-16 code units. */
export const INPUT_LIMIT = 10_000_000;

/**
 * The engine's language code for a BCP 47 tag or `lang` value ("en-GB" →
 * "en"; Norwegian Bokmål "nb" and Nynorsk "nn" → "no"), or null when the
 * engine has no such language. The core decides (src/language.rs
 * `Language::from_code`, aliases included) once a module is loaded.
 */
export function engineLanguage(tag) {
  // Before any module is loaded (to choose one), the tag's primary subtag;
  // aliases such as nb/nn then go through detection.
  const engine = [all, ...engines.values()].find((e) => e.ready);
  const code = engine ? engine.call("languageCode", (g) => g.languageCode(String(tag ?? ""))) : String(tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return CODES.includes(code) ? code : null;
}

/** Test hooks; not part of the public API (not exported by the package entry). */
export const __internal = {
  /** The live instance's exports (memory etc.) of the all-language module, or null. */
  exports: () => (all.ready ? all.exports : null),
  instances: () => all.instances,
  isBroken: () => all.broken,
  /** Replace how glue copies are loaded (unit tests of the re-init logic). */
  setGlueLoader(fn) {
    loadGlue = fn;
  },
  /** Forget everything (unit tests). */
  reset() {
    Object.assign(all, new Engine(WASM_URL));
    engines.clear();
    copies = 0;
    detector = detect = parts = null;
  },
};
