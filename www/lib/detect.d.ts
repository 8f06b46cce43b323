// Types of the JS language detector (detect.js), loaded by core.js when only
// per-language modules are loaded.
import type { LanguageCode } from "./core.js";

/** The language of `text` (same answer as the wasm's detection), or null. */
export function detectLanguage(text: string): LanguageCode | null;
