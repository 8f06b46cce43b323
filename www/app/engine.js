// The engine the page runs: the WebAssembly module of the text's language
// only (www/pkg/abridge-<code>_bg.wasm; the one the reader picked, or the one
// www/lib/detect.js finds), fetched the first time a text needs it, and the
// Web Worker for big texts, whose code is imported only when one comes. The
// only module of the page that knows how the engine is loaded.
//
// Detection has two stages (lib/detect.js): the first decides 99.6 % of
// articles exactly; for the others core.js's loadFor fetches the second (the
// longer stop words) once, and the service worker caches it with the rest.
// Offline, with a text that needs it and the second stage never fetched
// online, the page summarises in the first stage's leading language (the full
// vote's answer for each such eval article, scripts/detect-accuracy.mjs) and
// says "guessed offline" instead of "detected".
import { languages, load, loadFor, summarize } from "../lib/core.js";

let worker = null;

/** The 18 language codes; known without loading any module. */
export { languages };

/** The detector (core.js imports the same module). */
const detector = () => import("../lib/detect.js");

/**
 * Loads what summarising `text` with `options` needs (its language's module);
 * at once when loaded. Resolves to the options to summarise with: these, or,
 * offline without the detector's second stage, these with the first stage's
 * leader as `language` and `guessed: true` (see above).
 */
export async function prepare(text, options) {
  try {
    await loadFor(text, options);
    return options;
  } catch (error) {
    if (options.language != null) throw error;
    const { detectLanguage } = await detector().catch(() => Promise.reject(error));
    // Decided by the first stage, or no leader: the failure was not the second stage's.
    const language = detectLanguage(text) === undefined && detectLanguage(text, { guess: true });
    if (!language) throw error;
    await loadFor(text, { ...options, language });
    return { ...options, language, guessed: true };
  }
}

/** Starts loading one language's module (the reader picked it before there is text). */
export const preload = (code) => load(code);

/** Starts loading the language detector's first stage (a text is coming and no language is picked). */
export const preloadDetector = detector;

/** Summarises on this thread (after `prepare()` for this text, with the options it gave). */
export const summarizeHere = (text, options) => summarize(text, options);

/** Summarises in the Web Worker, started on first use; it loads its own module of the text's language. */
export async function summarizeInWorker(text, options) {
  worker ??= import("../lib/worker-client.js").then(
    (m) => m.createWorkerSummarizer(),
    (error) => {
      worker = null; // offline and never fetched: try again next time
      throw error;
    },
  );
  return (await worker).summarize(text, options);
}
