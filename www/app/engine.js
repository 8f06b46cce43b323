// The engine the page runs: loading the WebAssembly module, summarising on
// this thread, and the Web Worker for big texts. The only module of the page
// that knows how the engine is loaded.
import init, { createWorkerSummarizer, languages, summarize } from "../lib/abridge.js";

let worker = null;

/** Loads the wasm (./pkg/abridge_bg.wasm); resolves to the supported language codes. */
export async function load() {
  await init();
  return languages();
}

/** Summarises on this thread (call after `load()`). */
export const summarizeHere = (text, options) => summarize(text, options);

/** Summarises in the Web Worker, started on first use. */
export function summarizeInWorker(text, options) {
  worker ??= createWorkerSummarizer();
  return worker.summarize(text, options);
}
