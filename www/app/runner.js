// When and where the text is summarised. Typing is debounced lightly;
// pasting, dropping and moving a control summarise at once. Texts over BIG
// characters go to the Web Worker so the page never freezes; smaller ones are
// summarised directly (about a millisecond for a news article) once the module
// of their language is loaded (the first text of a language fetches it). While
// one run is in flight only the newest waiting request is kept.
import { INPUT_LIMIT } from "../lib/core.js";
import { prepare, summarizeHere, summarizeInWorker } from "./engine.js";

export const BIG = 100_000; // UTF-16 code units; above this the worker summarises
export const MAX_INPUT = INPUT_LIMIT;
const TYPING_DELAY = 120;
const TYPING_DELAY_BIG = 400;
const SLOW_LOAD = 150; // ms: a module still loading after this says so

/**
 * @param {object} hooks
 * @param {() => string} hooks.getText  the text to summarise
 * @param {() => object} hooks.getJob   the engine options and what the renderer needs ({ options, type, amount })
 * @param {(job: object, result: object) => void} hooks.render
 * @param {() => void} hooks.empty      no text
 * @param {(message: string) => void} hooks.error
 * @param {(busy: boolean, message?: string) => void} hooks.busy
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
    let slow = 0;
    let started;
    try {
      job.path = big ? "worker" : "direct";
      if (big) {
        busy(true);
        started = performance.now();
        result = await summarizeInWorker(job.text, job.options).catch(async () => {
          // The worker or its code could not load (offline, never used
          // online): this thread can still do it (the page's options are
          // always valid, so an engine error would recur and be shown).
          const options = await prepare(job.text, job.options);
          started = performance.now();
          job.path = "direct";
          job.guessed = options.guessed;
          return summarizeHere(job.text, options);
        });
      } else {
        slow = setTimeout(() => busy(true, "Loading the summariser…"), SLOW_LOAD);
        const options = await prepare(job.text, job.options);
        clearTimeout(slow);
        started = performance.now();
        job.guessed = options.guessed;
        result = summarizeHere(job.text, options);
      }
      job.engineMs = performance.now() - started;
      if (!queued || queued.text !== job.text) render(job, result);
    } catch (err) {
      error(`Could not summarise: ${err?.message ?? err}`);
    } finally {
      clearTimeout(slow);
      inFlight = false;
      busy(false);
      if (queued) {
        const next = queued;
        queued = null;
        execute(next);
      }
    }
  }

  /** The page is wired: requests run from now on. */
  function start() {
    ready = true;
  }

  return { schedule, start, get ready() { return ready; } };
}
