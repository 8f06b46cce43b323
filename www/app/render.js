// Showing a result: the summary, the keyword chips, the figures, the article
// with its marks (through highlight.js), status, errors and toasts. User text
// reaches the DOM only as text nodes. Remembers what is on screen (`current`)
// so that marking a keyword or copying needs no new run.
//
// Timing: #summary-card gets data-ms (from the triggering event to the
// rendered summary), data-engine-ms, data-path ("direct" | "worker") and
// data-run (a counter), for the tests and for the curious.
import { collapse, cutToWords } from "../lib/format.js";
import { OriginalView, keywordRanges } from "./highlight.js";
import { countWords } from "./text.js";
import { closeQuotes } from "../widget/quote.js";

const WPM = 238; // average silent reading speed

export const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

export function languageName(code) {
  if (!code) return "Unknown";
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function placeholder(message) {
  const p = document.createElement("p");
  p.className = "placeholder";
  p.textContent = message;
  return p;
}

function formatDuration(minutes) {
  const seconds = Math.round(minutes * 60);
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return seconds % 60 && m < 10 ? `${m} min ${seconds % 60} s` : `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

/**
 * @param {Record<string, HTMLElement>} el  the page's elements
 * @param {{ keyword: string | null, language: string }} state  the settings (controls.js)
 */
export function createRenderer(el, state) {
  const view = new OriginalView(el.original);
  let current = null; // { text, result, summary: { type, lines }, keywords, picks, kwCache }
  let runs = 0;
  let toastTimer = 0;

  function render(job, result) {
    const { text, type } = job;
    const textChanged = !current || current.text !== text;
    if (textChanged) view.setText(text);

    // The summary's lines, in document order, as shown and copied: a sentence
    // from inside a quotation gets the marks it leaves open or unopened
    // (closeQuotes; the result, its offsets and the highlights stay verbatim).
    let lines = result.sentences.map((s) => closeQuotes(s.text));
    if (type === "headline" && lines.length) lines = [cutToWords(collapse(lines[0]), job.amount, result.language)];

    const scores = result.sentences.map((s) => s.score);
    const lo = Math.min(...scores);
    const hi = Math.max(...scores);
    const picks = result.sentences.map((s, i) => ({
      start: s.start,
      end: s.end,
      n: i + 1,
      shade: hi > lo ? 0.35 + (0.65 * (s.score - lo)) / (hi - lo) : 1,
    }));

    const keywordsChanged = !current || current.keywords.map((k) => k.word).join("\n") !== result.keywords.map((k) => k.word).join("\n");
    if (state.keyword && !result.keywords.some((k) => k.word === state.keyword)) state.keyword = null;
    current = { text, result, summary: { type, lines }, keywords: result.keywords, picks, kwCache: textChanged ? new Map() : current.kwCache };
    view.update(picks, keywordRangesFor(state.keyword));

    renderSummary(type, result, lines);
    if (keywordsChanged || textChanged) renderKeywords(result.keywords);
    else syncChips();
    renderStats(result, type === "headline" ? countWords(lines.join(" ")) : result.stats.wordsOut, job.guessed);

    const { sentencesIn, sentencesOut } = result.stats;
    el.status.classList.remove("error");
    el.status.textContent = sentencesOut === 0
      ? "No sentences found in this text."
      : type === "headline"
        ? `Headline from the best of ${plural(sentencesIn, "sentence")}.`
        : `${sentencesOut} of ${plural(sentencesIn, "sentence")} · ${job.engineMs < 10 ? job.engineMs.toFixed(1) : Math.round(job.engineMs)} ms`;

    el.card.dataset.state = "ready";
    const ms = performance.now() - job.t0;
    runs += 1;
    Object.assign(el.card.dataset, {
      ms: ms.toFixed(2), engineMs: job.engineMs.toFixed(2), path: job.path, run: String(runs),
    });
    requestAnimationFrame(() => {
      el.card.dataset.frameMs = (performance.now() - job.t0).toFixed(2);
    });
  }

  function renderSummary(type, result, lines) {
    const link = (n, text) => {
      const a = document.createElement("a");
      a.className = "jump";
      a.href = `#pick-${n}`;
      a.dataset.n = String(n);
      a.textContent = text;
      return a;
    };
    if (!lines.length) {
      el.summary.replaceChildren(placeholder("No sentence could be picked from this text."));
      return;
    }
    if (type === "key-points") {
      const ol = document.createElement("ol");
      ol.className = "points";
      result.sentences.forEach((s, i) => {
        const li = document.createElement("li");
        const where = document.createElement("span");
        where.className = "where";
        where.textContent = `sentence ${s.index + 1} of ${result.stats.sentencesIn} · score ${s.score.toFixed(2)}`;
        li.append(link(i + 1, collapse(lines[i])), where);
        ol.append(li);
      });
      el.summary.replaceChildren(ol);
    } else if (type === "tldr") {
      const p = document.createElement("p");
      p.className = "tldr";
      lines.forEach((line, i) => p.append(i ? " " : "", link(i + 1, collapse(line))));
      el.summary.replaceChildren(p);
    } else {
      const p = document.createElement("p");
      p.className = "headline";
      p.append(link(1, lines[0]));
      el.summary.replaceChildren(p);
    }
  }

  function renderKeywords(keywords) {
    el.keywords.replaceChildren(
      ...keywords.map((k) => {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "chip";
        b.dataset.word = k.word;
        b.setAttribute("aria-pressed", String(state.keyword === k.word));
        const word = document.createElement("span");
        word.textContent = k.word;
        const count = document.createElement("span");
        count.className = "chip-count";
        count.textContent = String(k.count);
        count.setAttribute("aria-label", `, ${plural(k.count, "time")}`);
        b.append(word, count);
        return b;
      }),
    );
  }

  function syncChips() {
    for (const b of el.keywords.querySelectorAll(".chip")) {
      b.setAttribute("aria-pressed", String(b.dataset.word === state.keyword));
    }
  }

  function keywordRangesFor(word) {
    if (!word || !current) return [];
    if (!current.kwCache.has(word)) {
      const keyword = current.keywords.find((k) => k.word === word);
      current.kwCache.set(word, keywordRanges(keyword));
    }
    return current.kwCache.get(word);
  }

  function renderStats(result, wordsOut, guessed) {
    const wordsIn = result.stats.wordsIn;
    el.statIn.textContent = wordsIn.toLocaleString();
    el.statOut.textContent = wordsOut.toLocaleString();
    el.statReduction.textContent = wordsIn ? `${Math.round((1 - wordsOut / wordsIn) * 100)}%` : "—";
    el.statSaved.textContent = wordsIn ? formatDuration(Math.max(0, wordsIn - wordsOut) / WPM) : "—";
    const how = document.createElement("span");
    how.className = "how";
    // guessed: offline, the first stage's leader (app/engine.js prepare)
    how.textContent = state.language !== "auto" ? " chosen" : guessed ? " guessed offline" : " detected";
    el.statLang.replaceChildren(result.language ? languageName(result.language) : "Unknown", how);
  }

  /** No text (yet): placeholders; `ready` tells whether the engine has loaded. */
  function empty(ready) {
    current = null;
    view.setText("");
    el.original.replaceChildren(placeholder("The article appears here with the chosen sentences highlighted."));
    el.summary.replaceChildren(placeholder("Your summary appears here as soon as there is text to read."));
    el.keywords.replaceChildren();
    for (const s of [el.statIn, el.statOut, el.statReduction, el.statSaved, el.statLang]) s.textContent = "—";
    el.status.classList.remove("error");
    el.status.textContent = ready ? "Paste an article, or try the sample." : "Loading the summariser…";
    el.card.dataset.state = "empty";
  }

  function error(message) {
    el.status.textContent = message;
    el.status.classList.add("error");
    el.card.dataset.state = "error";
  }

  function busy(on, message = "Summarising…") {
    el.card.setAttribute("aria-busy", String(on));
    el.card.classList.toggle("busy", on);
    if (on) el.status.textContent = message;
  }

  function toast(message) {
    el.toast.textContent = message;
    el.toast.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => el.toast.classList.remove("show"), 2200);
  }

  /** Scrolls to the n-th summary sentence in the article and flashes it. */
  function reveal(n) {
    const mark = view.pick(n);
    if (!mark) return;
    mark.scrollIntoView({ block: "center", behavior: reducedMotion.matches ? "auto" : "smooth" });
    mark.focus({ preventScroll: true });
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
  }

  /** Marks (or, for the selected one, unmarks) a keyword's occurrences; false when nothing is shown. */
  function toggleKeyword(word) {
    if (!current) return false;
    state.keyword = state.keyword === word ? null : word;
    const ranges = keywordRangesFor(state.keyword);
    view.update(current.picks, ranges);
    syncChips();
    if (state.keyword) {
      toast(`“${state.keyword}”: ${plural(ranges.length, "occurrence")} marked in the article.`);
      const first = view.firstKeyword();
      if (first) {
        const box = el.original;
        box.scrollTo({ top: first.offsetTop - box.offsetTop - box.clientHeight / 3, behavior: reducedMotion.matches ? "auto" : "smooth" });
      }
    }
    return true;
  }

  /** What is on screen, as { type, lines } for output.js; null when nothing is. */
  const shown = () => current?.summary ?? null;

  return { render, empty, error, busy, toast, reveal, toggleKeyword, shown };
}
