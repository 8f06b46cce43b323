// The 18 languages, in the engine's order (src/language.rs): one wasm module
// each (www/pkg/abridge-<code>_bg.wasm). A module of its own so that
// scripts/size.mjs, which runs scripts/page.mjs's build, and page.mjs can both
// import it.
export const LANGUAGES = ["ar", "da", "nl", "en", "fi", "fr", "de", "el", "hu", "it", "no", "pt", "ro", "ru", "es", "sv", "ta", "tr"];
