// worker.js is a module Worker script (no exports). Its messages:
import type { SummarizeOptions, SummaryResult } from "./core.js";

export type WorkerRequest =
  | { type: "init"; wasm?: string }
  | { type: "summarize"; id: number; text: string; options?: SummarizeOptions | null };

export type WorkerResponse =
  | { id: number; result: SummaryResult }
  | { id: number; error: { name: string; message: string } };
