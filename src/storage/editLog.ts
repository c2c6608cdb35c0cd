/**
 * The edit log: what "Remember on this device" stores. A base (the whole project record, written
 * when the files change and now and then to keep the log short) and, after it, one small entry per
 * step: how many of the edits to keep (an undo keeps fewer), the edits added, and any other part
 * of the record that changed (settings, the plan). Reopening replays the entries over the base.
 * Pure: no IndexedDB here (see deviceStore.ts for that, and editLogSaver.ts for the ordering).
 */

/** The record being remembered: a list of edits and a few other parts (label, settings, plan…). */
export interface Snapshot<E, R extends object> {
  readonly edits: readonly E[];
  readonly rest: R;
}

/** The whole record as of step `seq`. */
export interface Base<E, R extends object> {
  readonly seq: number;
  readonly savedAt: string;
  readonly snapshot: Snapshot<E, R>;
}

/** One step after the base: a few hundred bytes, not the files. */
export interface LogEntry<E, R extends object> {
  readonly seq: number;
  readonly savedAt: string;
  /** How many edits of the step before are kept (fewer after an undo). */
  readonly keep: number;
  readonly add: readonly E[];
  /** The parts of the record (besides the edits) that changed, whole. */
  readonly changed?: Partial<R>;
}

/** The entry that takes `prev` to `next`, or undefined when nothing changed. */
export function entryBetween<E, R extends object>(
  prev: Snapshot<E, R>,
  next: Snapshot<E, R>,
  seq: number,
  savedAt: string,
): LogEntry<E, R> | undefined {
  // Edits are shared between steps (history steps extend one another), so identity finds the common start.
  let keep = 0;
  const limit = Math.min(prev.edits.length, next.edits.length);
  while (keep < limit && prev.edits[keep] === next.edits[keep]) keep++;
  const add = next.edits.slice(keep);
  const changed: Partial<R> = {};
  let anyChanged = false;
  for (const key of keysOf(prev.rest, next.rest)) {
    if (prev.rest[key] !== next.rest[key]) {
      changed[key] = next.rest[key];
      anyChanged = true;
    }
  }
  if (keep === prev.edits.length && add.length === 0 && !anyChanged) return undefined;
  return { seq, savedAt, keep, add, ...(anyChanged ? { changed } : {}) };
}

/** The record after the entries (in order of `seq`) that follow the base. */
export function replay<E, R extends object>(base: Snapshot<E, R>, log: readonly LogEntry<E, R>[]): Snapshot<E, R> {
  let edits = base.edits;
  let rest = base.rest;
  for (const e of log) {
    edits = [...edits.slice(0, e.keep), ...e.add];
    if (e.changed) rest = { ...rest, ...e.changed };
  }
  return { edits, rest };
}

function keysOf<R extends object>(a: R, b: R): (keyof R)[] {
  const keys = new Set<keyof R>();
  for (const k in a) keys.add(k);
  for (const k in b) keys.add(k);
  return [...keys];
}
