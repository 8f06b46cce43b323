import type { SummarizeOptions, SummaryResult } from "./core.js";

export interface WorkerSummarizerOptions {
  /** The worker script (default: worker.js next to this module). */
  workerURL?: string | URL;
  /** A wasm file for the worker to load instead (default: the module of each request's language, when one first comes). */
  wasmURL?: string | URL;
  /**
   * These languages' modules are loaded at once (`init({ languages })`) in
   * the worker; a request in another language loads that one's module first.
   */
  languages?: Iterable<string>;
}

export interface WorkerSummarizer {
  /**
   * Summarises in the worker; requests run one at a time in call order.
   * Aborting the running request terminates the worker (the next one starts a new worker).
   * @throws {TypeError} (rejects) `text` is not a string, or an option has the wrong type
   * @throws {RangeError} (rejects) an option is out of range
   * @throws {DOMException} (rejects) the signal's reason ("AbortError" by default) when aborted;
   *   "AbortError" when terminate() is called while pending; "InvalidStateError" after terminate();
   *   "DataCloneError" for options that cannot be posted
   */
  summarize(text: string, options?: SummarizeOptions | null, init?: { signal?: AbortSignal }): Promise<SummaryResult>;
  /** Stops the worker for good. */
  terminate(): void;
}

/**
 * The engine in a module Worker (browsers).
 * @throws {DOMException} "NotSupportedError" where there is no `Worker`
 */
export function createWorkerSummarizer(options?: WorkerSummarizerOptions): WorkerSummarizer;
