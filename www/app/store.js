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
/** Saves `state` a moment later (coalescing bursts of typing), or when the page is hidden. */
export function save(state) {
  pending = state;
  clearTimeout(timer);
  timer = setTimeout(flush, 250);
}

// A reload, a closed tab or a phone switching apps within the delay keeps the last
// change: each makes the page hidden first (on unload too), the last event sure to fire.
document.addEventListener("visibilitychange", () => document.hidden && flush());

function flush() {
  clearTimeout(timer);
  if (!pending) return;
  const value = { ...pending, text: pending.text.length <= MAX_TEXT ? pending.text : "" };
  pending = null;
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled: remembering is a convenience, not a requirement.
  }
}
