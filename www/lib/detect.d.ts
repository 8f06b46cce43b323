// Types of the JS language detector (detect.js), loaded by core.js when only
// per-language modules are loaded: a first stage (the short stop words and a
// filter of the longer ones) and a second loaded on demand (the longer ones).
import type { LanguageCode } from "./core.js";

/**
 * The language of `text` (same answer as the wasm's detection), or null.
 * Before `loadLongWords()` has finished: undefined for a text the first stage
 * cannot decide, or with `{ guess: true }` the first stage's leader.
 */
export function detectLanguage(text: string, options?: { guess?: boolean }): LanguageCode | null | undefined;

/** Loads the second stage (../pkg/profiles-long.js); then detectLanguage() answers every text. */
export function loadLongWords(): Promise<void>;
