/**
 * Handles one request: the whole worker. The worker file only wires it to messages, and the client
 * calls it directly when no worker can start. Storing files is the one request that answers later
 * (IndexedDB is asynchronous), so callers await whatever comes back.
 */
import { HANDLERS } from "./handlers/index.ts";
import type { Kind, Progress, RequestOf, Responses } from "./protocol.ts";
import type { WorkerState } from "./workerState.ts";

export function handle<K extends Kind>(
  state: WorkerState,
  req: RequestOf<K>,
  progress?: Progress,
): Responses[K] | Promise<Responses[K]> {
  return HANDLERS[req.kind](state, req, progress);
}
