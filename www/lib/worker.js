// Module worker script: runs the engine off the main thread for
// createWorkerSummarizer() (worker-client.js). Start it with
//   new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
//
// Messages in:  { type: "init", wasm?: string, languages?: string[] } (optional, first)
//               { type: "summarize", id: number, text: string, options?: object }
// Messages out: { id, result } or { id, error: { name, message } }
import { init, loadFor, summarize } from "./core.js";

let wasm; // URL string of the wasm file, when the page gives one
let languages = null; // per-language modules instead of the all-language one

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message?.type === "init") {
    wasm = message.wasm;
    languages = message.languages ?? null;
    // Start loading now; errors surface per request.
    (languages ? init({ languages }) : init(wasm)).catch(() => {});
    return;
  }
  if (message?.type !== "summarize") return;
  const { id, text, options } = message;
  try {
    // Also waits for a re-initialisation after a trap; with per-language
    // modules, loads the one of this request's language (given or detected).
    await (languages ? loadFor(text, options) : init(wasm));
    self.postMessage({ id, result: summarize(text, options) });
  } catch (error) {
    self.postMessage({
      id,
      error: { name: String(error?.name ?? "Error"), message: String(error?.message ?? error) },
    });
  }
});
