/**
 * A typed promise API over the analysis worker. Where no module worker can start (very old
 * browsers, some locked-down profiles), the same handler runs on the main thread instead.
 * `cancel` stops whatever the worker is doing by replacing it: its state goes with it, so the
 * caller loads again what should be shown.
 */
import { handle } from "./handle.ts";
import { movableFiles } from "./movableFiles.ts";
import type { AnswerOf, Envelope, Kind, Progress, Reply, Request, RequestOf, Responses } from "./protocol.ts";
import { WorkerError } from "./workerError.ts";
import type { WorkerState } from "./workerState.ts";

export interface AnalysisClient {
  /** `onProgress` hears how far a long request (an import, a plan) has got. */
  request<K extends Kind>(req: RequestOf<K>, onProgress?: Progress): Promise<Responses[K]>;
  readonly inWorker: boolean;
  /** Stops every request in flight; each rejects with a `CancelledError`. */
  cancel(): void;
  dispose(): void;
}

export class CancelledError extends WorkerError {
  constructor() {
    super("cancelled", "Cancelled.");
    this.name = "CancelledError";
  }
}

/**
 * For a query whose answer a view shows when it comes: being cancelled (a newer load replaced the worker) is
 * expected and says nothing; any other failure is reported as an uncaught error would be, not lost.
 */
export function reportUnlessCancelled(error: unknown): void {
  if (!(error instanceof CancelledError)) reportError(error);
}

interface Pending<K extends Kind> {
  readonly resolve: (value: Responses[K]) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: Progress | undefined;
}

/** Requests in flight, by kind and then id: each kind's table holds answers of that kind's type. */
type PendingTable = { [K in Kind]?: Map<number, Pending<K>> };

function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
}

/** A load of files the worker was sent before goes without them (they are tens of megabytes). */
const withoutFiles = (req: Request): Request => (req.kind === "load" ? { ...req, files: undefined } : req);

export function createAnalysisClient(): AnalysisClient {
  let worker = startWorker();
  if (!worker) {
    const state: WorkerState = {};
    return {
      inWorker: false,
      request: async <K extends Kind>(req: RequestOf<K>, onProgress?: Progress) => handle(state, req, onProgress),
      // On the main thread nothing can interrupt a running request.
      cancel: () => {},
      dispose: () => {},
    };
  }
  let pending: PendingTable = {};
  const byId = new Map<number, Kind>();
  let next = 0;
  /** The files key whose files this worker was last sent: later loads of it leave them out. */
  let sentKey: number | undefined;
  const settle = <K extends Kind>(answer: AnswerOf<K>) => pending[answer.kind]?.get(answer.id)?.resolve(answer.value);
  const forget = (id: number, kind: Kind) => {
    byId.delete(id);
    pending[kind]?.delete(id);
  };
  const rejectAll = (error: () => Error) => {
    for (const table of Object.values(pending)) for (const p of table.values()) p.reject(error());
    pending = {};
    byId.clear();
  };
  const wire = (w: Worker) => {
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const kind = byId.get(reply.id);
      const p = kind === undefined ? undefined : pending[kind]?.get(reply.id);
      if (!p || kind === undefined) return;
      if ("progress" in reply) {
        p.onProgress?.(reply.progress.done, reply.progress.total, reply.progress.stage);
        return;
      }
      if (reply.ok) settle(reply);
      else p.reject(new WorkerError(reply.code, reply.message));
      forget(reply.id, kind);
    };
    w.onerror = (event) => rejectAll(() => new WorkerError("failed", event.message || "The analysis worker stopped."));
  };
  wire(worker);
  /** Posts `sent` (the request, or a lighter form of it) and answers with `req`'s type. */
  const post = <K extends Kind>(req: RequestOf<K>, onProgress?: Progress, sent: Request = req) =>
    new Promise<Responses[K]>((resolve, reject) => {
      const id = ++next;
      const table: PendingTable[K] = (pending[req.kind] ??= new Map());
      table.set(id, { resolve, reject, onProgress });
      byId.set(id, req.kind);
      const { request, transfer } = movableFiles(sent);
      const envelope: Envelope = { id, request };
      worker?.postMessage(envelope, transfer);
    });
  /** Whether the worker has this load's files already (it was sent them under the same key). */
  const hasFiles = (req: Request): boolean => {
    if (req.kind !== "load" || !req.files || req.filesKey === undefined) return false;
    if (req.filesKey === sentKey) return true;
    sentKey = req.filesKey;
    return false;
  };
  return {
    inWorker: true,
    request: <K extends Kind>(req: RequestOf<K>, onProgress?: Progress): Promise<Responses[K]> => {
      if (!hasFiles(req)) return post(req, onProgress);
      // Sent before: without them, and with them if the worker has let them go after all.
      return post(req, onProgress, withoutFiles(req)).catch((e: unknown) => {
        if (!(e instanceof WorkerError && e.code === "filesNeeded")) throw e;
        return post(req, onProgress);
      });
    },
    cancel: () => {
      sentKey = undefined;
      worker?.terminate();
      rejectAll(() => new CancelledError());
      worker = startWorker();
      if (worker) wire(worker);
    },
    dispose: () => worker?.terminate(),
  };
}
