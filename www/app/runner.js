// When and where the text is summarised. Typing is debounced lightly;
// pasting, dropping and moving a control summarise at once. Texts over BIG
// characters go to the Web Worker so the page never freezes; smaller ones are
// summarised directly (about a millisecond for a news article). While one run
// is in flight only the newest waiting request is kept.
import { INPUT_LIMIT } from "../lib/core.js";
import { summarizeHere, summarizeInWorker } from "./engine.js";

export const BIG = 100_000; // UTF-16 code units; above this the worker summarises
export const MAX_INPUT = INPUT_LIMIT;
const TYPING_DELAY = 120;
const TYPING_DELAY_BIG = 400;

// About a news article's worth of text: the first real call then pays no
// first-call costs (memory growth, JIT of the glue).
const WARM_TEXT = Array.from({ length: 60 }, (_, i) =>
  `Sentence ${i} of the warm-up text talks about topic ${i % 7} in plain words.`).join(" ");

/**
 * @param {object} hooks
 * @param {() => string} hooks.getText  the text to summarise
 * @param {() => object} hooks.getJob   the engine options and what the renderer needs ({ options, type, amount })
 * @param {(job: object, result: object) => void} hooks.render
 * @param {() => void} hooks.empty      no text
 * @param {(message: string) => void} hooks.error
 * @param {(busy: boolean) => void} hooks.busy
 */
export function createRunner({ getText, getJob, render, empty, error, busy }) {
  let ready = false;
  let inFlight = false;
  let queued = null;
  let typingTimer = 0;

  function schedule({ t0 = performance.now(), immediate = false } = {}) {
    clearTimeout(typingTimer);
    if (!ready) return;
    if (immediate) {
      request(t0);
    } else {
      const delay = getText().length > BIG ? TYPING_DELAY_BIG : TYPING_DELAY;
      typingTimer = setTimeout(() => request(t0), delay);
    }
  }

  function request(t0) {
    const job = { t0, text: getText(), ...getJob() };
    if (inFlight) {
      queued = job; // only the newest waiting request matters
      return;
    }
    execute(job);
  }

  async function execute(job) {
    if (!job.text.trim()) {
      empty();
      return;
    }
    if (job.text.length > MAX_INPUT) {
      error(`This text has ${job.text.length.toLocaleString()} characters; the limit is ${MAX_INPUT.toLocaleString()}.`);
      return;
    }
    inFlight = true;
    const big = job.text.length > BIG;
    let result;
    try {
      const started = performance.now();
      if (big) {
        busy(true);
        result = await summarizeInWorker(job.text, job.options);
      } else {
        result = summarizeHere(job.text, job.options);
      }
      job.engineMs = performance.now() - started;
      job.path = big ? "worker" : "direct";
      if (!queued || queued.text !== job.text) render(job, result);
    } catch (err) {
      error(`Could not summarise: ${err?.message ?? err}`);
    } finally {
      inFlight = false;
      busy(false);
      if (queued) {
        const next = queued;
        queued = null;
        execute(next);
      }
    }
  }

  /** The engine is loaded: requests run from now on. */
  function start() {
    ready = true;
  }

  function warmUp() {
    try {
      summarizeHere(WARM_TEXT, { sentences: 3, keywords: 12 });
    } catch {
      // Not fatal: the first real call will just be a little slower.
    }
  }

  /** Starts the worker with a first small job, so the first big paste is quick too. */
  function warmWorker() {
    return summarizeInWorker(WARM_TEXT, { sentences: 1 });
  }

  return { schedule, start, warmUp, warmWorker, get ready() { return ready; } };
}
