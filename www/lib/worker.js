// Module worker script: runs the engine off the main thread for
// createWorkerSummarizer() (worker-client.js). Start it with
//   new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
//
// Messages in:  { type: "init", wasm?: string, languages?: string[] } (optional, first:
//               that wasm file, or these languages' modules loaded at once)
//               { type: "summarize", id: number, text: string, options?: object }
// Messages out: { id, result } or { id, error: { name, message } }
import { init, loadFor, summarize } from "./core.js";

let wasm; // URL string of the wasm file, when the page gives one

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message?.type === "init") {
    wasm = message.wasm;
    // Start loading now; errors surface per request.
    if (wasm) init(wasm).catch(() => {});
    else if (message.languages) init({ languages: message.languages }).catch(() => {});
    return;
  }
  if (message?.type !== "summarize") return;
  const { id, text, options } = message;
  try {
    // Without a wasm URL, loads the module of this request's language (given
    // or detected) the first time it comes; with one, that module. Also
    // waits for a re-initialisation after a trap.
    await (wasm ? init(wasm) : loadFor(text, options));
    self.postMessage({ id, result: summarize(text, options) });
  } catch (error) {
    self.postMessage({
      id,
      error: { name: String(error?.name ?? "Error"), message: String(error?.message ?? error) },
    });
  }
});
