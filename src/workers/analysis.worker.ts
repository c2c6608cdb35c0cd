/// <reference lib="webworker" />
/**
 * The analysis worker: a thin shell over `handle`, so parsing and analysis never block the page.
 * DON'T add logic here: it belongs in src/core, where it is tested in Node.
 */
import { handle } from "./handle.ts";
import type { AnswerOf, Envelope, Kind, ProgressStage, Reply, RequestOf, Responses } from "./protocol.ts";
import { failureOf } from "./workerError.ts";
import type { WorkerState } from "./workerState.ts";

const state: WorkerState = {};

const reply = (message: Reply) => self.postMessage(message);

/** The answer names its request's kind, so the client can hand it on with its type. */
const answer = <K extends Kind>(id: number, req: RequestOf<K>, value: Responses[K]): AnswerOf<K> => ({
  id,
  kind: req.kind,
  ok: true,
  value,
});

/** Answers one request; gives back the answer's promise for a load, which later requests wait for. */
function respond({ id, request }: Envelope): Promise<unknown> | undefined {
  try {
    const progress = (done: number, total: number, stage?: ProgressStage) =>
      reply({ id, progress: { done, total, stage } });
    const answered = Promise.resolve(handle(state, request, progress)).then(
      (value) => reply(answer(id, request, value)),
      (error: unknown) => reply({ id, ok: false, ...failureOf(error) }),
    );
    return request.kind === "load" ? answered : undefined;
  } catch (error) {
    reply({ id, ok: false, ...failureOf(error) });
    return undefined;
  }
}

/**
 * A load of chosen files first reads them (asynchronously): requests sent after it wait for it, so
 * each is still answered against the data loaded before it was sent, in the order sent.
 */
let queue: Promise<unknown> = Promise.resolve();
self.onmessage = (event: MessageEvent<Envelope>) => {
  queue = queue.then(() => respond(event.data));
};
