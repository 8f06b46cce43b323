// abridge: extractive summarisation in WebAssembly.
import { init } from "./core.js";

export {
  detectLanguage, init, initSync, languages, load, loadFor, scoreParts, summarize,
  type InitInput, type Keyword, type LanguagesInit, type LanguageCode, type LengthPreset, type ScoreParts,
  type Stats, type SummarizeOptions, type SummaryResult, type SummarySentence, type Weights,
} from "./core.js";
export {
  Summarizer,
  type Availability, type CreateMonitor, type DownloadProgressEvent, type QuotaExceededError,
  type SummarizerCreateCoreOptions, type SummarizerCreateOptions, type SummarizerFormat,
  type SummarizerLength, type SummarizerPreference, type SummarizerSummarizeOptions, type SummarizerType,
} from "./summarizer.js";
export { installPolyfill, type PolyfillOptions } from "./polyfill.js";
export { createWorkerSummarizer, type WorkerSummarizer, type WorkerSummarizerOptions } from "./worker-client.js";
export default init;
