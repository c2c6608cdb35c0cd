/**
 * A request's file bytes moved to the worker instead of copied by the browser's structured clone.
 * Cloning tens of megabytes took about half a second on the page and as long again in the worker
 * (the bytes are serialised and read back); copying them into buffers of their own and handing those
 * over (a transfer) costs one plain copy. The page keeps its own bytes (it may send them again).
 * A chosen file goes as its Blob, which costs nothing to clone (see sentFile.ts): only bytes the
 * page holds (the sample, a reopened project, a zip's CSVs) are copied here.
 */
import type { Request } from "./protocol.ts";
import type { SentFile } from "./sentFile.ts";
import { isBlobFile } from "./sentFile.ts";

export interface Movable {
  readonly request: Request;
  /** The buffers to hand over with `request` (postMessage's transfer list). */
  readonly transfer: ArrayBuffer[];
}

function ownCopies<F extends SentFile>(files: readonly F[], transfer: ArrayBuffer[]): F[] {
  return files.map((f) => {
    if (isBlobFile(f) || !f.bytes) return f;
    const bytes = f.bytes.slice();
    transfer.push(bytes.buffer);
    return { ...f, bytes };
  });
}

export function movableFiles(req: Request): Movable {
  const transfer: ArrayBuffer[] = [];
  if ((req.kind === "load" || req.kind === "addSnapshot") && req.files)
    return { request: { ...req, files: ownCopies(req.files, transfer) }, transfer };
  return { request: req, transfer };
}
