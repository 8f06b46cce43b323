// The last text and settings, in localStorage. Only this browser sees them.
const KEY = "abridge:page:v1";
const MAX_TEXT = 2_000_000; // UTF-16 code units; localStorage holds about 5 M per origin

export function load() {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "null");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

let timer = 0;
let pending = null;
/** Saves `state` a moment later (coalescing bursts of typing), or when the page is left. */
export function save(state, delay = 250) {
  pending = state;
  clearTimeout(timer);
  timer = setTimeout(flush, delay);
}

function flush() {
  if (pending) saveNow(pending);
}
// A reload, a closed tab or a phone switching apps within the delay keeps the last
// change: each makes the page hidden first (on unload too), the last event sure to fire.
document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());

function saveNow(state) {
  clearTimeout(timer);
  pending = null;
  const value = { ...state, text: state.text.length <= MAX_TEXT ? state.text : "" };
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled: remembering is a convenience, not a requirement.
  }
}
