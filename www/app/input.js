// The article box and what feeds it: typing, pasting (HTML becomes clean
// text), dropping or opening a file, the sample and Clear. Holds the text.
import { BIG, MAX_INPUT } from "./runner.js";
import { plural } from "./render.js";
import { countWords, fileToText, htmlToText, isReadable } from "./text.js";

const PREVIEW = 20_000;

/**
 * @param {Record<string, HTMLElement>} el  the page's elements (input, count, editor, file, open, sample, clear)
 * @param {object} hooks
 * @param {(t0: number, immediate: boolean) => void} hooks.changed  the text changed
 * @param {() => void} hooks.submit   Ctrl/Cmd+Enter
 * @param {(message: string) => void} hooks.toast
 */
export function createInput(el, { changed, submit, toast }) {
  /**
   * A text over BIG characters lives here, not in the textarea: Chromium needs
   * ~400 ms to lay out a megabyte in a textarea, which would freeze the page.
   * The textarea then shows the start of it, read-only.
   */
  let bigText = null;
  const getText = () => bigText ?? el.input.value;

  function countNow() {
    const text = getText();
    el.count.textContent = text.length > BIG
      ? `${text.length.toLocaleString()} characters (showing the start; paste, drop or Clear to replace)`
      : plural(countWords(text), "word");
  }

  /** Puts `text` in place: in the textarea, or as bigText with a read-only preview. */
  function place(text) {
    if (text.length > BIG) {
      bigText = text;
      el.input.value = `${text.slice(0, PREVIEW)}\n\n[…]`;
      el.input.readOnly = true;
      el.editor.classList.add("big");
    } else {
      bigText = null;
      el.input.value = text;
      el.input.readOnly = false;
      el.editor.classList.remove("big");
    }
  }

  /**
   * Replaces the selection with `text` (the whole text while a big one is shown).
   * setRangeText, not execCommand("insertText"): the editing command costs
   * ~20 ms for a news article and seconds for megabytes, setRangeText ~1 ms.
   * The price: the paste itself is not on the undo stack.
   */
  function insertText(text) {
    const input = el.input;
    if (bigText !== null) return place(text);
    const { selectionStart: a, selectionEnd: b, value } = input;
    if (value.length - (b - a) + text.length > BIG) {
      place(value.slice(0, a) + text + value.slice(b));
    } else {
      input.setRangeText(text, a, b, "end");
    }
  }

  function textChanged(t0, immediate) {
    countNow();
    changed(t0, immediate);
  }

  function setText(text, t0) {
    place(text);
    el.input.setSelectionRange(0, 0);
    el.input.scrollTop = 0;
    textChanged(t0, true);
  }

  el.input.addEventListener("paste", (event) => {
    const t0 = performance.now();
    const data = event.clipboardData;
    if (!data) return;
    const html = data.types.includes("text/html") ? data.getData("text/html") : "";
    let text = html ? htmlToText(html) : "";
    if (!text) text = data.getData("text/plain").replace(/\r\n?/g, "\n");
    if (!text) return; // e.g. an image: let the browser decide
    event.preventDefault();
    insertText(text);
    textChanged(t0, true);
  });

  el.input.addEventListener("input", (event) => {
    const immediate = /^insertFrom(Paste|Drop)/.test(event.inputType ?? "");
    textChanged(event.timeStamp || performance.now(), immediate);
  });

  el.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });

  // Dropping a file anywhere on the article card.
  let dragDepth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  el.editor.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    dragDepth += 1;
    el.editor.classList.add("dragging");
  });
  el.editor.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) el.editor.classList.remove("dragging");
  });
  el.editor.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  el.editor.addEventListener("drop", async (event) => {
    dragDepth = 0;
    el.editor.classList.remove("dragging");
    if (!hasFiles(event)) return;
    event.preventDefault();
    await openFile(event.dataTransfer.files[0]);
  });

  async function openFile(file) {
    if (!file) return;
    const t0 = performance.now();
    if (!isReadable(file)) {
      toast(`“${file.name}” is not a text file. Use .txt, .md or .html.`);
      return;
    }
    if (file.size > MAX_INPUT * 2) {
      toast(`“${file.name}” is too large (${Math.round(file.size / 1e6)} MB).`);
      return;
    }
    let text;
    try {
      text = await fileToText(file);
    } catch {
      // Markdown's module (text.js), offline before any .md file was opened online.
      return toast(`“${file.name}” could not be read (offline, and no .md file opened before?).`);
    }
    setText(text, t0);
    toast(`Opened “${file.name}”.`);
  }

  el.open.addEventListener("click", () => el.file.click());
  el.file.addEventListener("change", async () => {
    await openFile(el.file.files[0]);
    el.file.value = "";
  });

  el.sample.addEventListener("click", async () => {
    const t0 = performance.now();
    try {
      const { SAMPLE } = await import("./sample.js");
      setText(SAMPLE, t0);
    } catch {
      toast("The sample could not be loaded (offline, and not used before?).");
    }
  });

  el.clear.addEventListener("click", () => {
    setText("", performance.now());
    el.input.focus();
  });

  /** Shows a remembered text (when there is one) without summarising it. */
  function restore(text) {
    if (typeof text === "string") place(text);
    countNow();
  }

  return { getText, restore };
}
