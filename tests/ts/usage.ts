// Compiles only if the shipped declarations describe the API precisely.
// Every @ts-expect-error must be an error: if a type were `any`, tsc would
// report the directive as unused and `make typecheck` would fail.
import init, {
  createWorkerSummarizer, detectLanguage, initSync, installPolyfill, languages, summarize, Summarizer,
  type Availability, type LanguageCode, type PolyfillOptions, type SummarizerPreference, type SummarizeOptions, type SummaryResult, type SummarySentence,
} from "abridge";
import { installPolyfill as install2 } from "abridge/polyfill";
import type { WorkerRequest, WorkerResponse } from "abridge/worker";

export async function plain(text: string): Promise<string[]> {
  await init();
  await init(new URL("https://example.com/abridge_bg.wasm"));
  await init({ module_or_path: fetch("/abridge_bg.wasm") });
  initSync({ module: new Uint8Array(8) });
  const options: SummarizeOptions = { sentences: 3, language: "auto", title: "t", skipQuotes: true, weights: { title: 2 } };
  const r: SummaryResult = summarize(text, options);
  const first: SummarySentence | undefined = r.sentences[0];
  const slice: string = first ? text.slice(first.start, first.end) : "";
  const bytes: number = (first?.byteEnd ?? 0) - (first?.byteStart ?? 0);
  const lang: LanguageCode | null = r.language ?? detectLanguage(text);
  const codes: LanguageCode[] = languages();
  const centrality: number = first?.parts.centrality ?? 0;
  const kw: string[] = r.keywords.map((k) => `${k.word}/${k.stem}:${k.count}@${k.weight}`);
  void [slice, bytes, lang, codes, centrality, r.stats.sentencesIn + r.stats.wordsOut];
  summarize(text, null);
  // @ts-expect-error text must be a string
  summarize(42);
  // @ts-expect-error unknown length preset
  summarize(text, { length: "huge" });
  // @ts-expect-error unknown option
  summarize(text, { sentence: 3 });
  // @ts-expect-error not a supported language code
  summarize(text, { language: "xx" });
  // @ts-expect-error results are typed, not any
  const n: number = r.sentences[0].text;
  void n;
  return kw;
}

export async function facade(text: string, signal: AbortSignal): Promise<string> {
  const a: Availability = await Summarizer.availability({ type: "tldr", expectedInputLanguages: ["en-US"] });
  void a;
  const s = await Summarizer.create({
    type: "headline", format: "plain-text", length: "long", expectedInputLanguages: ["en"], outputLanguage: "en",
    sharedContext: "news", signal,
    monitor(m) {
      m.addEventListener("downloadprogress", (e) => {
        const loaded: number = e.loaded / e.total;
        void loaded;
      });
    },
  });
  const t: "key-points" | "tldr" | "teaser" | "headline" = s.type;
  const p: SummarizerPreference = s.preference;
  void p;
  await Summarizer.create({ preference: "speed", monitor(m) { m.ondownloadprogress = (e) => void e.loaded; } });
  // @ts-expect-error unknown preference
  await Summarizer.create({ preference: "fast" });
  const quota: number = s.inputQuota - (await s.measureInputUsage(text, { context: "c" }));
  void [t, quota, s.format, s.length, s.expectedInputLanguages?.[0], s.sharedContext, s.outputLanguage];
  const stream: ReadableStream<string> = s.summarizeStreaming(text, { context: "c", signal });
  const reader = stream.getReader();
  const chunk = await reader.read();
  const part: string = chunk.done ? "" : chunk.value;
  // @ts-expect-error readonly
  s.type = "tldr";
  // @ts-expect-error unknown summary type
  await Summarizer.create({ type: "bullets" });
  // @ts-expect-error no public constructor
  new Summarizer();
  const out: string = await s.summarize(text, { signal });
  s.destroy();
  return part + out;
}

export async function worker(text: string): Promise<number> {
  const installed: boolean = installPolyfill() || install2(globalThis);
  const options: PolyfillOptions = { force: true, allowDownload: false, target: globalThis };
  const forced: boolean = installPolyfill(options) || installPolyfill({ allowDownload: true });
  // @ts-expect-error options are an object
  installPolyfill(true);
  void [installed, forced];
  const w = createWorkerSummarizer({ workerURL: new URL("./worker.js", "https://example.com/"), wasmURL: "/pkg/abridge_bg.wasm" });
  const controller = new AbortController();
  const r = await w.summarize(text, { sentences: 5 }, { signal: controller.signal });
  // @ts-expect-error options are checked here too
  await w.summarize(text, { sentences: "5" });
  w.terminate();
  const req: WorkerRequest = { type: "summarize", id: 1, text, options: { ratio: 0.2 } };
  const res: WorkerResponse = { id: 1, error: { name: "RangeError", message: "ratio" } };
  void [req, res];
  return r.sentences.length;
}
