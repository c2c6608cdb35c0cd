/**
 * A typed promise API over the analysis worker. Where no module worker can start (very old
 * browsers, some locked-down profiles), the same handler runs on the main thread instead.
 */
import type { Progress, Request, Response, WorkerState } from "./protocol.ts";
import { handle } from "./protocol.ts";

export interface AnalysisClient {
  /** `onProgress` hears how far a long request (a plan) has got. */
  request<R extends Request>(req: R, onProgress?: Progress): Promise<Response<R>>;
  readonly inWorker: boolean;
  dispose(): void;
}

export function createAnalysisClient(): AnalysisClient {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = undefined;
  }
  if (!worker) {
    const state: WorkerState = {};
    return { inWorker: false, request: async (req, onProgress) => handle(state, req, onProgress), dispose: () => {} };
  }
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: Progress | undefined }
  >();
  let next = 0;
  worker.onmessage = (
    event: MessageEvent<{
      id: number;
      ok: boolean;
      value?: unknown;
      error?: string;
      progress?: { done: number; total: number };
    }>,
  ) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    if (event.data.progress) {
      p.onProgress?.(event.data.progress.done, event.data.progress.total);
      return;
    }
    pending.delete(event.data.id);
    if (event.data.ok) p.resolve(event.data.value);
    else p.reject(new Error(event.data.error));
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "The analysis worker stopped."));
    pending.clear();
  };
  const w = worker;
  return {
    inWorker: true,
    request: (req, onProgress) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
        w.postMessage({ id, request: req });
      }),
    dispose: () => w.terminate(),
  };
}
