// installPolyfill(): makes `self.Summarizer` serve everywhere.
//
//   native Summarizer   what installPolyfill() defines
//   none                abridge's Summarizer
//   present             a delegating Summarizer: for each availability()/create()
//                       it asks the native one about those options, and uses it
//                       when it answers "available" (or "downloadable"/"downloading"
//                       with { allowDownload: true }, or when abridge cannot serve
//                       the options at all); abridge otherwise
//   { force: true }     abridge's Summarizer, whatever the native one says
//
// Synchronous; importing this module changes nothing. The native objects are
// never wrapped: create() resolves to the native summarizer itself, so a
// native API that works costs one extra availability() call and nothing else.
import { INTERNAL, Summarizer, summarizerFor } from "./summarizer.js";

const OPTION_KEYS = ["target", "force", "allowDownload"];
/** target → { installed, native }: what we defined and what was there before. */
const installs = new WeakMap();

const isApi = (value) =>
  (typeof value === "function" || (typeof value === "object" && value !== null)) &&
  typeof value.availability === "function" &&
  typeof value.create === "function";

const plainObject = (value) =>
  typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** installPolyfill(options) or the older installPolyfill(target). */
function parseArgs(arg) {
  if (plainObject(arg) && OPTION_KEYS.some((k) => k in arg)) {
    return { target: arg.target ?? globalThis, force: arg.force === true, allowDownload: arg.allowDownload === true };
  }
  return { target: arg ?? globalThis, force: false, allowDownload: false };
}

const downloadable = (a) => a === "downloadable" || a === "downloading";

/**
 * A Summarizer class that asks `Native` first and falls back to `Abridge`.
 * Its create() resolves to an instance of either; `instanceof` accepts both.
 */
function delegating(Native, Abridge, { allowDownload }) {
  const { preflight, availabilityOf } = Abridge[INTERNAL];

  /** Who serves these (already checked) options, and the availability to report. */
  async function choose(options, checked) {
    let native;
    try {
      native = await Native.availability(options);
    } catch {
      native = "unavailable"; // a native that fails to answer cannot serve
    }
    if (native === "available") return { use: Native, availability: native };
    if (downloadable(native) && allowDownload) return { use: Native, availability: native };
    const own = await availabilityOf(checked);
    if (own === "available") return { use: Abridge, availability: own };
    // abridge cannot serve these options; the native one can after a download.
    if (downloadable(native)) return { use: Native, availability: native };
    return { use: Abridge, availability: "unavailable" };
  }

  class Summarizer {
    constructor() {
      throw new TypeError("Illegal constructor: use Summarizer.create()");
    }

    /** The availability of whichever implementation create() would use. */
    static async availability(options) {
      const checked = preflight(options, "availability");
      return (await choose(options, checked)).availability;
    }

    /** The native summarizer or abridge's, by the rule above. */
    static async create(options) {
      const checked = preflight(options, "create");
      if (checked.signal?.aborted) throw checked.signal.reason;
      const { use } = await choose(options, checked);
      return use.create(options);
    }

    static [Symbol.hasInstance](value) {
      return value instanceof Abridge || (typeof Native === "function" && value instanceof Native);
    }
  }
  Object.defineProperty(Summarizer, "native", { value: Native, enumerable: false });
  return Summarizer;
}

/**
 * Makes `target.Summarizer` (default `globalThis`, i.e. `self.Summarizer` in
 * pages and workers) serve calls; see the table at the top of this file.
 * Takes effect synchronously.
 *
 * @param {{ target?: object, force?: boolean, allowDownload?: boolean } | object} [options]
 *   `force`: abridge serves every call even where a native Summarizer works;
 *   `allowDownload`: a native one that must first download its model serves
 *   (instead of abridge); `target`: the global to install on. An object
 *   without these keys is taken as the target (the older form).
 * @returns {boolean} whether `target.Summarizer` can now serve calls: false
 *   when something that is not a Summarizer API holds the name (and `force`
 *   is not set), when neither a native API nor WebAssembly exists, or when
 *   the property cannot be redefined
 */
export function installPolyfill(options) {
  const { target, force, allowDownload } = parseArgs(options);
  const current = target.Summarizer;
  const previous = installs.get(target);
  // Reinstalling (with other options) wraps what was there before us.
  const native = previous && current === previous.installed ? previous.native : current;
  if (native !== undefined && !isApi(native) && !force) return false;
  const hasNative = isApi(native);
  if (typeof WebAssembly !== "object" && (force || !hasNative)) return false;
  const Abridge = summarizerFor(target);
  const value = force || !hasNative ? Abridge : delegating(native, Abridge, { allowDownload });
  try {
    Object.defineProperty(target, "Summarizer", {
      value,
      writable: true,
      configurable: true,
      enumerable: false, // like the Web IDL interfaces on the global object
    });
  } catch {
    return false;
  }
  installs.set(target, { installed: value, native });
  return true;
}

export { Summarizer };
