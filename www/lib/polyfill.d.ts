import { Summarizer } from "./summarizer.js";

/**
 * Defines `globalThis.Summarizer` as abridge's Summarizer when none exists.
 * @returns true when installed; false when a Summarizer (native or not) was already defined
 */
export function installPolyfill(target?: object): boolean;
export { Summarizer };
