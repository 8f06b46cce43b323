import { Summarizer } from "./summarizer.js";

export interface PolyfillOptions {
  /** The global to install on (default `globalThis`, i.e. `self` in pages and workers). */
  target?: object;
  /** abridge serves every call, even where a native Summarizer works. */
  force?: boolean;
  /** A native Summarizer that must first download its model ("downloadable"/"downloading") serves instead of abridge. */
  allowDownload?: boolean;
}

/**
 * Makes `self.Summarizer` serve calls, synchronously: abridge's Summarizer where
 * there is none, a delegating one (native when it says "available", abridge
 * otherwise) where there is one, abridge's with `force`.
 * @param options the options, or (the older form) the target object itself
 * @returns whether `self.Summarizer` (or `target.Summarizer`) can now serve calls
 */
export function installPolyfill(options?: PolyfillOptions | object): boolean;
export { Summarizer };
