/**
 * The link fields no analysis reads, held as written (RAW_SLOTS), by field, in rows of chunks of
 * CHUNK; a field no link has has no column at all. Rows are only ever added (each write of a link
 * adds one), and the store says which row is each link's: taking links out or copying the store
 * then moves or copies numbers, never these values.
 */
import { LINK_SLOTS } from "./canonical.ts";
import { RAW_SLOTS } from "./storeSlots.ts";

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

export class WrittenValues {
  private columns: (unknown[][] | undefined)[] = new Array<unknown[][] | undefined>(LINK_SLOTS.length).fill(undefined);
  /** How many rows were added. */
  rows = 0;
  /** In a copy, the chunks it shares with the values it was copied from: copied before a write. */
  private shared: Set<unknown[]> | undefined;

  /** Adds a row of the raw fields of `v` (slot order); returns its number. */
  add(v: readonly unknown[]): number {
    const row = this.rows++;
    const chunk = row >> CHUNK_BITS;
    const at = row & IN_CHUNK;
    for (const k of RAW_SLOTS) {
      const x = v[k];
      const column = this.columns[k] ?? (x === undefined ? undefined : this.column(k));
      if (column) this.chunkOf(column, chunk)[at] = x;
    }
    return row;
  }

  /** Takes back row `row` if it was the last added (the next row added takes its place, every field written). */
  takeBack(row: number): void {
    if (row === this.rows - 1) this.rows--;
  }

  /** Field LINK_SLOTS[k] of row `row`. */
  get(k: number, row: number): unknown {
    return this.columns[k]?.[row >> CHUNK_BITS]?.[row & IN_CHUNK];
  }

  /** A copy to add to: its chunks shared with these until written. */
  copy(): WrittenValues {
    const c = new WrittenValues();
    c.columns = this.columns.map((column) => column?.slice());
    c.rows = this.rows;
    c.shared = new Set(this.columns.flatMap((column) => column ?? []));
    return c;
  }

  /** Chunk `c` of `column`, made (or, in a copy, copied) so that it can be written. */
  private chunkOf(column: unknown[][], c: number): unknown[] {
    while (column.length <= c) column.push(new Array<unknown>(CHUNK));
    let chunk = column[c]!;
    if (this.shared?.has(chunk)) {
      chunk = chunk.slice();
      column[c] = chunk;
    }
    return chunk;
  }

  /** Field k's column, made with a chunk for every row so far (all undefined). */
  private column(k: number): unknown[][] {
    const column = Array.from({ length: Math.ceil(this.rows / CHUNK) }, () => new Array<unknown>(CHUNK));
    this.columns[k] = column;
    return column;
  }
}
