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
/** Saves `state` a moment later (coalescing bursts of typing). */
export function save(state, delay = 250) {
  clearTimeout(timer);
  timer = setTimeout(() => saveNow(state), delay);
}

export function saveNow(state) {
  clearTimeout(timer);
  const value = { ...state, text: state.text.length <= MAX_TEXT ? state.text : "" };
  try {
    localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled: remembering is a convenience, not a requirement.
  }
}
