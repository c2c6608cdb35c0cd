/**
 * The shape of a request handler: it gets the worker's state, the request of its kind, and where
 * to report progress, and gives the answer `Responses` names for that kind.
 */
import type { PreparedAnalysis } from "../../core/index.ts";
import type { Kind, Progress, RequestOf, Responses } from "../protocol.ts";
import type { WorkerState } from "../workerState.ts";

export type Handler<K extends Kind> = (
  state: WorkerState,
  req: RequestOf<K>,
  progress: Progress | undefined,
) => Responses[K] | Promise<Responses[K]>;

export type Handlers = { readonly [K in Kind]: Handler<K> };

/** A handler that needs a loaded network: it answers undefined while none is. */
export function needsNetwork<R, A>(
  answer: (prepared: PreparedAnalysis, req: R, state: WorkerState, progress: Progress | undefined) => A,
): (state: WorkerState, req: R, progress: Progress | undefined) => A | undefined {
  return (state, req, progress) => (state.prepared ? answer(state.prepared, req, state, progress) : undefined);
}
