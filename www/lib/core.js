// The engine: loads the WebAssembly module once, validates calls, and replaces
// the instance after a trap. Everything else in www/lib builds on this file.
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

/** @type {typeof firstGlue | null} the glue namespace of the live instance */
let glue = null;
/** @type {WebAssembly.Module | null} */
let compiled = null;
/** The live instance's exports (what wasm-bindgen's init returns). */
let liveExports = null;
/** @type {Promise<void> | null} the current init or re-init, until it settles */
let pending = null;
/** Instances created so far (1 after init, +1 per re-initialisation). */
let instances = 0;
/** A trap happened and the replacement instance is not ready yet. */
let broken = false;

// Replaceable for tests: how to get the n-th copy of the glue (n = 0 first).
let loadGlue = (n) =>
  n === 0
    ? Promise.resolve(firstGlue)
    : import(/* @vite-ignore */ /* webpackIgnore: true */ `${GLUE_URL}?instance=${n}`);

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
    if (url.protocol === "file:") {
      const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ nodeFs);
      return WebAssembly.compile(await readFile(url));
    }
    input = await fetch(url);
  } else if (typeof Request === "function" && input instanceof Request) {
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

async function instantiate(module) {
  const n = instances;
  const g = await loadGlue(n);
  liveExports = await g.default({ module_or_path: module });
  instances = n + 1;
  compiled = module;
  glue = g;
  broken = false;
}

/**
 * Loads and instantiates the WebAssembly module. Safe to call many times:
 * later calls return the same promise, or resolve at once when ready. After a
 * trap it resolves when the replacement instance is ready.
 *
 * @param {unknown} [input] where the wasm comes from (default: `../pkg/abridge_bg.wasm`
 *   next to this file; a `file:` URL is read with `fs` in Node)
 * @returns {Promise<void>}
 */
export function init(input) {
  if (pending) return pending;
  if (glue && !broken) return Promise.resolve();
  const source = compiled ?? unwrap(input, "module_or_path") ?? WASM_URL;
  pending = (async () => instantiate(await compile(source)))().finally(() => {
    pending = null;
  });
  return pending;
}

/**
 * Synchronous init from bytes or a compiled module (Node:
 * `initSync({ module: fs.readFileSync(path) })`). Browsers allow synchronous
 * compilation of this module size (under Chrome's 8 MB main-thread limit).
 *
 * @param {{ module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module} input
 */
export function initSync(input) {
  if (glue && !broken) return;
  const source = unwrap(input, "module");
  const module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
  if (instances !== 0) {
    throw new Error("abridge.initSync: re-initialisation after a trap is asynchronous; await init() instead");
  }
  liveExports = firstGlue.initSync({ module });
  instances = 1;
  compiled = module;
  glue = firstGlue;
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

function engine(caller) {
  if (glue && !broken) return glue;
  if (broken) {
    throw new Error(
      `abridge.${caller}: the WebAssembly instance trapped and is being replaced; await init() before calling again`,
    );
  }
  throw new Error(`abridge.${caller}: not initialised; call \`await init()\` (or initSync) first`);
}

/** Runs `fn(glue)`; on a trap, starts replacing the instance and rethrows. */
function call(caller, fn) {
  const g = engine(caller);
  try {
    return fn(g);
  } catch (error) {
    if (isTrap(error)) {
      broken = true;
      init().catch(() => {}); // re-initialise now; init() exposes the outcome
    }
    throw error;
  }
}

/**
 * Summarises `text`. See abridge.d.ts for the options and the result.
 * @throws {TypeError} `text` is not a string, or an option has the wrong type
 * @throws {RangeError} an option is out of range
 */
export function summarize(text, options) {
  if (typeof text !== "string") {
    throw new TypeError(`abridge.summarize: \`text\` must be a string, got ${text === null ? "null" : typeof text}`);
  }
  if (options !== undefined && options !== null && typeof options !== "object") {
    throw new TypeError(`invalid option \`options\`: must be an object, got ${typeof options}`);
  }
  const result = call("summarize", (g) => g.summarize(text, options ?? undefined));
  // The wasm reads lone surrogates as U+FFFD (same UTF-16 length); slicing the
  // input keeps every sentence verbatim, lone surrogates included.
  for (const s of result.sentences) s.text = text.slice(s.start, s.end);
  return result;
}

/**
 * The detected language's ISO 639-1 code, or null.
 * @throws {TypeError} `text` is not a string
 */
export function detectLanguage(text) {
  if (typeof text !== "string") {
    throw new TypeError(`abridge.detectLanguage: \`text\` must be a string, got ${text === null ? "null" : typeof text}`);
  }
  return call("detectLanguage", (g) => g.detectLanguage(text)) ?? null;
}

let codes = null;
/** The supported language codes (ISO 639-1), in a stable order. */
export function languages() {
  codes ??= Object.freeze(call("languages", (g) => g.languages()));
  return [...codes];
}

let parts = null;
/** The names of the score's parts, which are also the weights' names, in order. */
export function scoreParts() {
  parts ??= Object.freeze(call("scoreParts", (g) => g.scoreParts()));
  return [...parts];
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
 * `Language::from_code`, aliases included). Needs `init()`.
 */
export function engineLanguage(tag) {
  const code = call("languageCode", (g) => g.languageCode(String(tag ?? "")));
  return code && languages().includes(code) ? code : null;
}

/** Test hooks; not part of the public API (not exported by the package entry). */
export const __internal = {
  /** The live instance's exports (memory etc.), or null. */
  exports: () => (glue && !broken ? liveExports : null),
  instances: () => instances,
  isBroken: () => broken,
  /** Replace how glue copies are loaded (unit tests of the re-init logic). */
  setGlueLoader(fn) {
    loadGlue = fn;
  },
  /** Forget everything (unit tests). */
  reset() {
    glue = compiled = pending = codes = parts = liveExports = null;
    instances = 0;
    broken = false;
  },
};
