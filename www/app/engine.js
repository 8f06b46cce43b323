// The engine the page runs: the WebAssembly module of the text's language
// only (www/pkg/abridge-<code>_bg.wasm; the one the reader picked, or the one
// www/lib/detect.js finds), fetched the first time a text needs it, and the
// Web Worker for big texts, whose code is imported only when one comes. The
// only module of the page that knows how the engine is loaded.
import { init, languages, load, loadFor, summarize } from "../lib/core.js";

let worker = null;

/** The 18 language codes; known without loading any module. */
export { languages };

/** Loads what summarising `text` with `options` needs (its language's module); at once when loaded. */
export const prepare = (text, options) => loadFor(text, options);

/** Starts loading one language's module (the reader picked it before there is text). */
export const preload = (code) => load(code);

/** Starts loading the language detector (a text is coming and no language is picked). */
export const preloadDetector = () => init({ languages: [] });

/** Summarises on this thread (after `prepare()` for this text and these options). */
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
