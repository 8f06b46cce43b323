// installPolyfill(): makes abridge's Summarizer the global `Summarizer`, but
// only where the platform has none. A native Summarizer is never replaced.
// Importing this module changes nothing; call installPolyfill().
import { Summarizer } from "./summarizer.js";

/**
 * Defines `globalThis.Summarizer` (= `self.Summarizer` in pages and workers)
 * when it does not exist yet.
 * @param {object} [target] the global object to install on (default globalThis)
 * @returns {boolean} true when installed, false when a Summarizer was already there
 */
export function installPolyfill(target = globalThis) {
  if (target.Summarizer !== undefined) return false;
  Object.defineProperty(target, "Summarizer", {
    value: Summarizer,
    writable: true,
    configurable: true,
    enumerable: false, // like the Web IDL interfaces on the global object
  });
  return true;
}

export { Summarizer };
