/**
 * An error that crosses the worker boundary with a code, so the page tells failures apart by the
 * code and shows the message to people.
 */
import type { WorkerErrorCode } from "./protocol.ts";

export class WorkerError extends Error {
  readonly code: WorkerErrorCode;
  constructor(code: WorkerErrorCode, message: string) {
    super(message);
    this.name = "WorkerError";
    this.code = code;
  }
}

/** The code and message to post for anything a handler threw. */
export function failureOf(error: unknown): { readonly code: WorkerErrorCode; readonly message: string } {
  if (error instanceof WorkerError) return { code: error.code, message: error.message };
  // Whatever was thrown, told by its message when it has one (not only Errors are thrown).
  const message = typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  return { code: "failed", message: String(message ?? error) };
}
