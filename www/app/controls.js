// The length and language controls and the settings they stand for: what the
// page remembers (besides the text), how the controls show it, and the
// engine options it gives.

import { HEADLINE_WORDS, SENTENCES } from "../lib/core.js";

/** Short / Medium / Long per type and unit: the shared sentence counts and headline words, and the page's own percentages. */
export const PRESETS = {
  "key-points": { sentences: SENTENCES["key-points"], percent: { short: 10, medium: 25, long: 40 } },
  tldr: { sentences: SENTENCES.tldr, percent: { short: 5, medium: 15, long: 30 } },
  headline: { words: HEADLINE_WORDS },
};
const RANGES = {
  sentences: { min: 1, max: 20, step: 1 },
  percent: { min: 5, max: 100, step: 5 },
  words: { min: 5, max: 40, step: 1 },
};
const UNIT_LABELS = { sentences: "sentences", percent: "% of text", words: "words" };

const radios = (name) => [...document.querySelectorAll(`input[name="${name}"]`)];
const unitOf = (type, unit) => (type === "headline" ? "words" : unit);

/**
 * @param {Record<string, HTMLElement>} el  the page's elements (amount, amountOut, unit, language)
 * @param {(t0?: number) => void} onChange  called after any control changed the settings
 */
export function createControls(el, onChange) {
  /** What the page remembers. `keyword` is the selected keyword chip. */
  const state = {
    type: "key-points",
    unit: "sentences",
    amount: 3,
    language: "auto",
    keyword: null,
  };

  const table = () => PRESETS[state.type][unitOf(state.type, state.unit)];

  function presetFor() {
    const t = table();
    return Object.keys(t).find((k) => t[k] === state.amount) ?? null;
  }

  function sync() {
    for (const r of radios("type")) r.checked = r.value === state.type;
    const unit = unitOf(state.type, state.unit);
    const range = RANGES[unit];
    Object.assign(el.amount, { min: range.min, max: range.max, step: range.step });
    el.amount.value = String(state.amount);
    el.amountOut.value = String(state.amount);
    el.amount.setAttribute("aria-valuetext", `${state.amount} ${UNIT_LABELS[unit]}`);
    const options = state.type === "headline" ? ["words"] : ["sentences", "percent"];
    if ([...el.unit.options].map((o) => o.value).join() !== options.join()) {
      el.unit.replaceChildren(...options.map((v) => new Option(UNIT_LABELS[v], v)));
    }
    el.unit.value = unit;
    el.unit.disabled = options.length === 1;
    const preset = presetFor();
    for (const r of radios("preset")) r.checked = r.value === preset;
    el.language.value = state.language;
  }

  function clampAmount() {
    const unit = unitOf(state.type, state.unit);
    const range = RANGES[unit];
    const n = Math.round(Number(state.amount));
    state.amount = Number.isFinite(n) ? Math.min(range.max, Math.max(range.min, n)) : table().short;
    if (unit === "percent") state.amount = Math.round(state.amount / 5) * 5 || 5;
  }

  function changed(t0 = performance.now()) {
    clampAmount();
    sync();
    onChange(t0);
  }

  /** The engine options for the current settings. */
  function options() {
    const options = { keywords: 12 };
    if (state.language !== "auto") options.language = state.language;
    if (state.type === "headline") options.sentences = 1;
    else if (state.unit === "percent") options.ratio = state.amount / 100;
    else options.sentences = state.amount;
    return options;
  }

  /** Takes what store.load() gave, keeping only valid settings. */
  function restore(saved) {
    if (saved.type in PRESETS) state.type = saved.type;
    if (saved.unit === "sentences" || saved.unit === "percent") state.unit = saved.unit;
    if (Number.isFinite(saved.amount)) state.amount = saved.amount;
    if (typeof saved.language === "string") state.language = saved.language;
    if (typeof saved.keyword === "string") state.keyword = saved.keyword;
    clampAmount();
  }

  /** Fills the language menu once the engine said which languages it has. */
  function setLanguages(codes, nameOf) {
    el.language.append(
      ...codes
        .map((code) => ({ code, name: nameOf(code) }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ code, name }) => new Option(name, code)),
    );
    if (!codes.includes(state.language)) state.language = "auto";
    el.language.value = state.language;
  }

  for (const r of radios("type")) {
    r.addEventListener("change", () => {
      const before = presetFor() ?? "short";
      state.type = r.value;
      state.amount = table()[before];
      changed();
    });
  }
  for (const r of radios("preset")) {
    r.addEventListener("change", () => {
      state.amount = table()[r.value];
      changed();
    });
  }
  el.amount.addEventListener("input", (event) => {
    state.amount = el.amount.valueAsNumber;
    changed(event.timeStamp);
  });
  el.unit.addEventListener("change", () => {
    const before = presetFor() ?? "short";
    state.unit = el.unit.value;
    state.amount = table()[before];
    changed();
  });
  el.language.addEventListener("change", () => {
    state.language = el.language.value;
    changed();
  });

  return { state, sync, options, restore, setLanguages };
}
