// The paste-in page: load the WebAssembly summariser, then summarise on submit.
// User text only ever reaches the DOM through textContent.
import init, { summarize } from "./pkg/abridge.js";

const form = document.getElementById("form");
const input = document.getElementById("input");
const sentences = document.getElementById("sentences");
const count = document.getElementById("count");
const go = document.getElementById("go");
const out = document.getElementById("out");
const status = document.getElementById("status");

function setStatus(message, { error = false } = {}) {
  status.textContent = message;
  status.classList.toggle("error", error);
}

const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

function updateCount() {
  const words = input.value.match(/\S+/g)?.length ?? 0;
  count.textContent = words ? plural(words, "word") : "";
}

function render(result, ms) {
  const { sentencesIn, sentencesOut, wordsIn, wordsOut } = result.stats;
  out.replaceChildren(
    ...result.sentences.map((s) => {
      const li = document.createElement("li");
      li.textContent = s.text;
      li.dataset.where = `sentence ${s.index + 1} of ${sentencesIn}`; // shown by CSS ::after
      return li;
    }),
  );
  if (sentencesOut === 0) {
    setStatus("Nothing to summarise yet: paste some text first.");
    return;
  }
  const lang = result.language ? ` · language: ${result.language}` : "";
  setStatus(
    `${sentencesOut} of ${plural(sentencesIn, "sentence")} · ` +
      `${wordsOut.toLocaleString()} of ${plural(wordsIn, "word")} · ${ms.toFixed(1)} ms${lang}`,
  );
}

function run(event) {
  event.preventDefault();
  sentences.removeAttribute("aria-invalid");
  if (sentences.value === "") {
    sentences.setAttribute("aria-invalid", "true");
    setStatus("Choose how many sentences to keep.", { error: true });
    return;
  }
  try {
    // The number goes to the summariser as typed; it validates the option and
    // its RangeError/TypeError message names the option.
    const started = performance.now();
    const result = summarize(input.value, { sentences: sentences.valueAsNumber });
    render(result, performance.now() - started);
  } catch (err) {
    out.replaceChildren();
    if (/sentences/.test(err?.message)) sentences.setAttribute("aria-invalid", "true");
    setStatus(`Could not summarise: ${err?.message ?? err}`, { error: true });
  }
}

input.addEventListener("input", updateCount);
form.addEventListener("submit", run);

try {
  await init(); // fetches ./pkg/abridge_bg.wasm next to the glue module
  go.disabled = false;
  setStatus("Ready. Paste an article and press Summarize.");
} catch (err) {
  setStatus(`The summariser failed to load: ${err?.message ?? err}`, { error: true });
}
