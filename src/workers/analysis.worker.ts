/// <reference lib="webworker" />
/**
 * The analysis worker: a thin shell over `handle`, so parsing and analysis never block the page.
 * DON'T add logic here: it belongs in src/core, where it is tested in Node.
 */
import type { Request, WorkerState } from "./protocol.ts";
import { handle } from "./protocol.ts";

const state: WorkerState = {};

const fail = (id: number, error: unknown) =>
  (self as unknown as Worker).postMessage({ id, ok: false, error: String((error as Error)?.message ?? error) });

self.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  try {
    const progress = (done: number, total: number) =>
      (self as unknown as Worker).postMessage({ id, progress: { done, total } });
    Promise.resolve(handle(state, request, progress)).then(
      (value) => (self as unknown as Worker).postMessage({ id, ok: true, value }),
      (error: unknown) => fail(id, error),
    );
  } catch (error) {
    fail(id, error);
  }
};
