// Module worker script: runs the engine off the main thread for
// createWorkerSummarizer() (worker-client.js). Start it with
//   new Worker(new URL("./worker.js", import.meta.url), { type: "module" })
//
// Messages in:  { type: "init", wasm?: string }                    (optional, first)
//               { type: "summarize", id: number, text: string, options?: object }
// Messages out: { id, result } or { id, error: { name, message } }
import { init, summarize } from "./core.js";

let wasm; // URL string of the wasm file, when the page gives one

self.addEventListener("message", async (event) => {
  const message = event.data;
  if (message?.type === "init") {
    wasm = message.wasm;
    init(wasm).catch(() => {}); // start loading now; errors surface per request
    return;
  }
  if (message?.type !== "summarize") return;
  const { id, text, options } = message;
  try {
    await init(wasm); // also waits for a re-initialisation after a trap
    self.postMessage({ id, result: summarize(text, options) });
  } catch (error) {
    self.postMessage({
      id,
      error: { name: String(error?.name ?? "Error"), message: String(error?.message ?? error) },
    });
  }
});
