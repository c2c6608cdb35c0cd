/**
 * An in-memory stand-in for the IndexedDB edit log, with the same interface: writes wait in a
 * queue until `settle` lets the oldest through (as the browser completes transactions in order),
 * `crash` drops what is still queued (the page closed), and `failNext` makes a write fail (a full disk).
 */
import type { Base, LogEntry } from "../../src/storage/editLog.ts";
import type { LogBackend, PendingMark, StoredLog } from "../../src/storage/editLogSaver.ts";

interface Queued<E, R extends object> {
  readonly apply: (s: StoredLog<E, R>) => StoredLog<E, R>;
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

export class FakeLogBackend<E, R extends object> implements LogBackend<E, R> {
  stored: StoredLog<E, R> = { base: undefined, log: [] };
  private queue: Queued<E, R>[] = [];
  private failing = 0;

  read(): Promise<StoredLog<E, R>> {
    return Promise.resolve(this.stored);
  }
  append(entry: LogEntry<E, R>): Promise<void> {
    return this.enqueue((s) => ({ base: s.base, log: [...s.log, entry] }));
  }
  rebase(base: Base<E, R>): Promise<void> {
    return this.enqueue(() => ({ base, log: [] }));
  }
  get waiting(): number {
    return this.queue.length;
  }
  failNext(): void {
    this.failing++;
  }
  /** Lets the oldest queued write reach the store (or fail); true if there was one. */
  settle(): boolean {
    const next = this.queue.shift();
    if (!next) return false;
    if (this.failing > 0) {
      this.failing--;
      next.reject(new Error("QuotaExceededError"));
    } else {
      this.stored = next.apply(this.stored);
      next.resolve();
    }
    return true;
  }
  /** The page closed: queued writes never happen (their promises never settle). */
  crash(): void {
    this.queue = [];
  }
  private enqueue(apply: (s: StoredLog<E, R>) => StoredLog<E, R>): Promise<void> {
    return new Promise((resolve, reject) => this.queue.push({ apply, resolve, reject }));
  }
}

export class FakeMark implements PendingMark {
  value: number | undefined;
  read() {
    return this.value;
  }
  write(seq: number) {
    this.value = seq;
  }
  clear() {
    this.value = undefined;
  }
}
