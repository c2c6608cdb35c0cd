/**
 * What the worker keeps between requests: the analysis shown, its overview rows, the files it was
 * sent (so a load can leave them out), the last import (so an edit costs only analysis), and the
 * snapshots for "change over time".
 */
import type { ImportResult, InputFile, PreparedAnalysis, EctRow, SupporterRow } from "../core/index.ts";
import type { SnapshotHead } from "./protocol.ts";
import { WorkerError } from "./workerError.ts";

export interface WorkerState {
  prepared?: PreparedAnalysis;
  /** The overview's rows, each part made when first asked for (the ECT table comes first). */
  overviewRows?: { ects?: readonly EctRow[]; supporters?: readonly SupporterRow[] };
  /** The files of the last load that was kept, for storing on the device. */
  files?: { readonly key?: number | undefined; readonly files: readonly InputFile[] };
  /** The files last sent with a load, for loads that leave them out. */
  sent?: { readonly key?: number | undefined; readonly files: readonly InputFile[] };
  /** The last files read, before edits: reused while the same files are loaded. */
  base?: { readonly key: number; readonly options: string; readonly imported: ImportResult };
  snapshots?: Map<number, { readonly head: SnapshotHead; readonly prepared: PreparedAnalysis }>;
  nextSnapshot?: number;
}

/** A load's files: those sent with it, or those of its key that the worker was sent before. */
export function filesOf(
  state: WorkerState,
  req: { readonly files?: readonly InputFile[] | undefined; readonly filesKey?: number | undefined },
): readonly InputFile[] {
  if (req.files) return req.files;
  if (req.filesKey !== undefined)
    for (const had of [state.sent, state.files]) if (had && had.key === req.filesKey) return had.files;
  throw new WorkerError("filesNeeded", "The worker needs the files again.");
}

/** The import of `key` read with `options`, if it is the one the worker holds. */
export function cachedImport(state: WorkerState, key: number | undefined, options: string): ImportResult | undefined {
  const base = state.base;
  return base && base.key === key && base.options === options ? base.imported : undefined;
}
