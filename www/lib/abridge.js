// abridge: extractive summarisation in WebAssembly.
//
//   import init, { summarize } from "abridge";
//   await init();
//   const { sentences } = summarize(text, { sentences: 3 });
//
// The W3C-shaped `Summarizer`, its `installPolyfill()`, and a Worker-backed
// `createWorkerSummarizer()` are exported too. Types: abridge.d.ts.
import { init } from "./core.js";

export { detectLanguage, init, initSync, languages, load, loadFor, scoreParts, summarize } from "./core.js";
export { Summarizer } from "./summarizer.js";
export { installPolyfill } from "./polyfill.js";
export { createWorkerSummarizer } from "./worker-client.js";
export default init;
