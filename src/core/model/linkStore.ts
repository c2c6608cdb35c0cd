/**
 * Links as the import reads them: one array per field (struct of arrays), a record made only when
 * something asks for it. At 500,000 links, making every record as the rows are read cost more than
 * a fifth of the import and left half a million objects for the garbage collector to trace after
 * it; the analysis and the overview read the network's typed link columns and never need them.
 */
import { LINK_SLOTS, linkFromSlots } from "./canonical.ts";
import type { LinkId, SupportLink } from "./types.ts";

export interface LinkStore {
  readonly count: number;
  /**
   * The values of field LINK_SLOTS[k] in `fields[k]`, by link position; undefined for a field no
   * link has. Values are exactly what the record holds (shared strings and arrays included).
   */
  readonly fields: readonly (readonly unknown[] | undefined)[];
}

export const LINK_ID_SLOT = LINK_SLOTS.indexOf("link_id");

/** Link `i` of `store` as a record of the canonical shape. */
export function linkRecord(store: LinkStore, i: number): SupportLink {
  const slots = new Array<unknown>(LINK_SLOTS.length);
  const { fields } = store;
  for (let k = 0; k < slots.length; k++) slots[k] = fields[k]?.[i];
  return linkFromSlots(slots);
}

/** Every link of `store` as records, in order. */
export function linkRecords(store: LinkStore): SupportLink[] {
  const out = new Array<SupportLink>(store.count);
  const slots = new Array<unknown>(LINK_SLOTS.length);
  const present = store.fields.flatMap((f, k) => (f ? [k] : []));
  slots.fill(undefined);
  for (let i = 0; i < store.count; i++) {
    for (const k of present) slots[k] = store.fields[k]![i];
    out[i] = linkFromSlots(slots);
  }
  return out;
}

/** The link ids of `store` in order (every imported link has one). */
export function linkIdsOf(store: LinkStore): readonly LinkId[] {
  return (store.fields[LINK_ID_SLOT] ?? new Array<LinkId>(store.count)) as readonly LinkId[];
}

/**
 * A store being filled row by row: `push` takes a record's values in slot order; a field's array
 * is made when its first value arrives, so fields no row has cost nothing.
 */
export class LinkStoreWriter implements LinkStore {
  count = 0;
  readonly fields: (unknown[] | undefined)[] = new Array<unknown[] | undefined>(LINK_SLOTS.length).fill(undefined);

  /** Appends a link from its values in slot order; returns its position. */
  push(slots: readonly unknown[]): number {
    const at = this.count++;
    for (let k = 0; k < slots.length; k++) {
      const v = slots[k];
      const column = this.fields[k];
      if (column) column.push(v);
      else if (v !== undefined) this.column(k, at).push(v);
    }
    return at;
  }

  /** Takes back the last link pushed. */
  pop(): void {
    this.count--;
    for (const column of this.fields) if (column && column.length > this.count) column.length = this.count;
  }

  get(k: number, i: number): unknown {
    return this.fields[k]?.[i];
  }

  set(k: number, i: number, v: unknown): void {
    const column = this.fields[k] ?? (v === undefined ? undefined : this.column(k, this.count));
    if (column) column[i] = v;
  }

  /** Field k's array, made (and filled with undefined for the first `length` links) if missing. */
  private column(k: number, length: number): unknown[] {
    const made = new Array<unknown>(length).fill(undefined);
    this.fields[k] = made;
    return made;
  }
}
