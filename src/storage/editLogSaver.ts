/**
 * Saves each step of a project as it happens, in an order that survives the page closing at any
 * moment: a mark is written synchronously before each write and cleared once the store has it, so
 * a change the browser lost is noticed on reopening instead of vanishing in silence.
 *
 * Entries are numbered one after another from the base; reopening replays them only while the
 * numbers run on, so an entry written after one that failed is never applied to the wrong record.
 * After a failure, or every `compactEvery` steps, or when the files change, the whole record is
 * written as a new base instead (still without the files, which are stored apart).
 */
import type { Base, LogEntry, Snapshot } from "./editLog.ts";
import { entryBetween, replay } from "./editLog.ts";

export interface StoredLog<E, R extends object> {
  readonly base: Base<E, R> | undefined;
  readonly log: readonly LogEntry<E, R>[];
}

/** Where the log lives (IndexedDB in the browser, an in-memory fake in tests). Writes complete in the order made. */
export interface LogBackend<E, R extends object> {
  read(): Promise<StoredLog<E, R>>;
  append(entry: LogEntry<E, R>): Promise<void>;
  /** Writes a new base and empties the log, in one step; `newFiles`: the base takes the files stored last. */
  rebase(base: Base<E, R>, newFiles: boolean): Promise<void>;
}

/** A synchronous note of the last step handed to the store (localStorage in the browser). */
export interface PendingMark {
  read(): number | undefined;
  write(seq: number): void;
  clear(): void;
}

export interface Reopened<E, R extends object> {
  /** What was remembered, if anything. */
  readonly stored?: { readonly snapshot: Snapshot<E, R>; readonly savedAt: string };
  /** A step was handed to the store but never reached it (the page closed first, or the write failed). */
  readonly lost: boolean;
}

export class EditLogSaver<E, R extends object> {
  private seq = 0;
  private sinceBase = 0;
  private staged: Snapshot<E, R> | undefined;
  /** The seq of the base the entries being written follow, and the bases whose chain of entries has a failed write. */
  private chain = 0;
  private readonly broken = new Set<number>();

  constructor(
    private readonly backend: LogBackend<E, R>,
    private readonly mark: PendingMark,
    private readonly compactEvery = 50,
  ) {}

  /**
   * Reads what is stored. `owner`: this page is the one that writes (see tabLock.ts), so the mark
   * is its own to read and clear; another tab's mark is left alone.
   */
  async open(owner: boolean): Promise<Reopened<E, R>> {
    const { base, log } = await this.backend.read();
    const entries: LogEntry<E, R>[] = [];
    if (base) {
      const bySeq = new Map(log.map((e) => [e.seq, e]));
      for (let e = bySeq.get(base.seq + 1); e; e = bySeq.get(e.seq + 1)) entries.push(e);
    }
    const committed = entries.at(-1)?.seq ?? base?.seq ?? 0;
    const marked = owner ? this.mark.read() : undefined;
    const lost = marked !== undefined && marked > committed;
    if (owner) this.mark.clear();
    // Numbering runs on from what was stored, not from the mark: a step that was lost leaves no gap.
    this.seq = Math.max(committed, ...log.map((e) => e.seq));
    this.sinceBase = entries.length;
    this.broken.clear();
    this.chain = base?.seq ?? 0;
    if (!base) {
      this.staged = undefined;
      return { lost };
    }
    const snapshot = replay(base.snapshot, entries);
    this.staged = snapshot;
    // A log with a gap in it is replaced by a base at the next save.
    if (entries.length < log.filter((e) => e.seq > base.seq).length) this.broken.add(this.chain);
    return { stored: { snapshot, savedAt: entries.at(-1)?.savedAt ?? base.savedAt }, lost };
  }

  /**
   * The reopened snapshot as the page now holds it: the same content as open() read, in the page's
   * own objects (read again and checked). Steps are compared by identity, so without this the first
   * save after reopening would write every edit again, and "Saved on this device" would move on
   * mere opening.
   */
  adopt(snapshot: Snapshot<E, R>): void {
    if (this.staged) this.staged = snapshot;
  }

  /**
   * Saves the step. Resolves true once the store has it (false when nothing changed), rejects
   * when the store refused it. The mark is written before this returns, synchronously.
   */
  save(next: Snapshot<E, R>, savedAt: string, newFiles = false): Promise<boolean> {
    const seq = this.seq + 1;
    const prev =
      newFiles || this.broken.has(this.chain) || this.sinceBase >= this.compactEvery ? undefined : this.staged;
    const entry = prev ? entryBetween(prev, next, seq, savedAt) : undefined;
    if (prev && !entry) return Promise.resolve(false);
    this.seq = seq;
    this.staged = next;
    this.mark.write(seq);
    if (!entry) this.chain = seq;
    const chain = this.chain;
    const write = entry ? this.backend.append(entry) : this.backend.rebase({ seq, savedAt, snapshot: next }, newFiles);
    this.sinceBase = entry ? this.sinceBase + 1 : 0;
    return write.then(
      () => {
        // Stored, but after a write that failed: reopening stops at the gap, so it is not kept after all.
        if (this.broken.has(chain)) throw new Error("an earlier change could not be saved");
        if (this.seq === seq) this.mark.clear();
        return true;
      },
      (e: unknown) => {
        this.broken.add(chain);
        throw e;
      },
    );
  }

  /** Marks a step as on its way before it can be handed over (it waits for the files to be stored first). */
  markPending(): void {
    this.mark.write(this.seq + 1);
  }

  /** Forgets what was staged: the next save writes a whole base (after "delete everything", say). */
  reset(): void {
    this.staged = undefined;
    this.sinceBase = 0;
    this.broken.clear();
    this.mark.clear();
  }
}
