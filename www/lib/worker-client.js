// createWorkerSummarizer(): the engine in a module Worker, so a page can
// summarise megabytes without blocking its main thread.
//
// Requests run one at a time, in call order. Cancellation: the engine call is
// synchronous inside the worker and cannot be interrupted, so aborting the
// running request TERMINATES the worker (the work stops at once) and the next
// request starts a new one (it loads its module again, from the HTTP cache). A
// queued request that is aborted is simply dropped. Texts are copied to the
// worker by postMessage (structured clone); that is cheap next to summarising.

const ERRORS = { TypeError, RangeError, Error, SyntaxError };

function rebuild({ name, message }) {
  if (name === "RuntimeError") return new WebAssembly.RuntimeError(message);
  const E = ERRORS[name];
  if (E) return new E(message);
  return new DOMException(message, name);
}

function abortError(message) {
  return new DOMException(message, "AbortError");
}

/**
 * @param {{ workerURL?: string | URL, wasmURL?: string | URL, languages?: string[] }} [options]
 *   The worker loads the module of each request's language (given or
 *   detected) when the first request in it comes; `languages`: load these
 *   languages' modules at once; `wasmURL`: load that module instead.
 */
export function createWorkerSummarizer({ workerURL, wasmURL, languages } = {}) {
  if (typeof Worker !== "function") {
    throw new DOMException("createWorkerSummarizer needs Web Workers (a browser)", "NotSupportedError");
  }
  const base = globalThis.location?.href;
  const wasm = wasmURL === undefined ? undefined : new URL(wasmURL, base).href;
  let worker = null;
  let terminated = false;
  let nextId = 1;
  let running = null; // { id, text, options, resolve, reject, signal, onAbort }
  const queue = [];

  function spawn() {
    // Written out literally so bundlers recognise the worker entry.
    worker = workerURL === undefined
      ? new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
      : new Worker(new URL(workerURL, base), { type: "module" });
    worker.addEventListener("message", (event) => {
      const { id, result, error } = event.data ?? {};
      if (!running || running.id !== id) return; // a dropped request's answer
      const job = running;
      finish(job);
      if (error) job.reject(rebuild(error));
      else job.resolve(result);
      pump();
    });
    worker.addEventListener("error", (event) => {
      // The script failed to load or threw outside a request.
      event.preventDefault?.();
      kill();
      const job = running;
      if (job) {
        finish(job);
        job.reject(new Error(`abridge worker failed: ${event.message ?? "could not start the worker script"}`));
      }
      pump();
    });
    if (wasm || languages) worker.postMessage({ type: "init", wasm, languages: languages && [...languages] });
  }

  function kill() {
    worker?.terminate();
    worker = null;
  }

  function finish(job) {
    job.signal?.removeEventListener("abort", job.onAbort);
    if (running === job) running = null;
  }

  function pump() {
    if (running || terminated || queue.length === 0) return;
    running = queue.shift();
    if (!worker) spawn();
    try {
      worker.postMessage({ type: "summarize", id: running.id, text: running.text, options: running.options });
    } catch (error) {
      const job = running; // e.g. DataCloneError for options with functions
      finish(job);
      job.reject(error);
      pump();
    }
  }

  return {
    /**
     * Summarises `text` in the worker. Rejects like summarize() would throw,
     * with AbortError when `signal` aborts.
     */
    summarize(text, options, { signal } = {}) {
      if (terminated) {
        return Promise.reject(new DOMException("this worker summarizer was terminated", "InvalidStateError"));
      }
      if (typeof text !== "string") {
        return Promise.reject(
          new TypeError(`abridge.summarize: \`text\` must be a string, got ${text === null ? "null" : typeof text}`),
        );
      }
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise((resolve, reject) => {
        const job = { id: nextId++, text, options, resolve, reject, signal, onAbort: null };
        job.onAbort = () => {
          if (running === job) {
            kill(); // stop the computation; the next request spawns a new worker
            finish(job);
            pump();
          } else {
            const at = queue.indexOf(job);
            if (at >= 0) queue.splice(at, 1);
            finish(job);
          }
          reject(signal.reason);
        };
        signal?.addEventListener("abort", job.onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    /** Stops the worker; pending requests reject with AbortError, later ones with InvalidStateError. */
    terminate() {
      if (terminated) return;
      terminated = true;
      kill();
      for (const job of [running, ...queue.splice(0)]) {
        if (!job) continue;
        finish(job);
        job.reject(abortError("the worker summarizer was terminated"));
      }
      running = null;
    },
  };
}
