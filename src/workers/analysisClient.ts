/**
 * A typed promise API over the analysis worker. Where no module worker can start (very old
 * browsers, some locked-down profiles), the same handler runs on the main thread instead.
 * `cancel` stops whatever the worker is doing by replacing it: its state goes with it, so the
 * caller loads again what should be shown.
 */
import type { Progress, Request, Response, WorkerState } from "./protocol.ts";
import { FILES_NEEDED, handle } from "./protocol.ts";

export interface AnalysisClient {
  /** `onProgress` hears how far a long request (an import, a plan) has got. */
  request<R extends Request>(req: R, onProgress?: Progress): Promise<Response<R>>;
  readonly inWorker: boolean;
  /** Stops every request in flight; each rejects with a `CancelledError`. */
  cancel(): void;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "CancelledError";
  }
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: Progress | undefined };

interface Answer {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
  progress?: { done: number; total: number };
}

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
}

export function createAnalysisClient(): AnalysisClient {
  let worker = startWorker();
  if (!worker) {
    const state: WorkerState = {};
    return {
      inWorker: false,
      request: async (req, onProgress) => handle(state, req, onProgress),
      // On the main thread nothing can interrupt a running request.
      cancel: () => {},
      dispose: () => {},
    };
  }
  const pending = new Map<number, Pending>();
  let next = 0;
  /** The files key whose files this worker was last sent: later loads of it leave them out. */
  let sentKey: number | undefined;
  const wire = (w: Worker) => {
    w.onmessage = (event: MessageEvent<Answer>) => {
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
    w.onerror = (event) => {
      for (const p of pending.values()) p.reject(new Error(event.message || "The analysis worker stopped."));
      pending.clear();
    };
  };
  wire(worker);
  const post = <R extends Request>(req: R, onProgress?: Progress) =>
    new Promise<Response<R>>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker!.postMessage({ id, request: req });
    });
  return {
    inWorker: true,
    request: <R extends Request>(req: R, onProgress?: Progress): Promise<Response<R>> => {
      if (req.kind !== "load" || !req.files || req.filesKey === undefined) return post(req, onProgress);
      if (req.filesKey !== sentKey) {
        sentKey = req.filesKey;
        return post(req, onProgress);
      }
      // Sent before: without them, and with them if the worker has let them go after all.
      return post({ ...req, files: undefined }, onProgress).catch((e: Error) => {
        if (e.message !== FILES_NEEDED) throw e;
        return post(req, onProgress);
      });
    },
    cancel: () => {
      sentKey = undefined;
      worker?.terminate();
      for (const p of pending.values()) p.reject(new CancelledError());
      pending.clear();
      worker = startWorker();
      if (worker) wire(worker);
    },
    dispose: () => worker?.terminate(),
  };
}
