/**
 * Links as the import reads them: one column per field (struct of arrays), a record made only when
 * something asks for it. At 500,000 links, making every record as the rows are read cost more than
 * a fifth of the import and left half a million objects for the garbage collector to trace after
 * it; the analysis and the overview read the network's typed link columns and never need them.
 *
 * Columns other than the ids are held in chunks of CHUNK links: each store then goes into a young
 * array rather than one of half a million entries in the old generation, which costs a write
 * barrier per store and a copy of the whole column each time it grows (measured: half the time).
 */
import { LINK_SLOTS, linkFromSlots } from "./canonical.ts";
import type { LinkId, SupportLink } from "./types.ts";

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

type Column = readonly (readonly unknown[])[];

export interface LinkStore {
  readonly count: number;
  /** Every link's id, in order. */
  readonly ids: readonly LinkId[];
  /**
   * The values of field LINK_SLOTS[k] in `fields[k]`, chunk by chunk (link i is entry i % CHUNK of
   * chunk i / CHUNK); undefined for a field no link has. Values are exactly what the record holds
   * (shared strings and arrays included). The ids are in `ids`, not here.
   */
  readonly fields: readonly (Column | undefined)[];
}

export const LINK_ID_SLOT = LINK_SLOTS.indexOf("link_id");

function valueAt(store: LinkStore, k: number, i: number): unknown {
  if (k === LINK_ID_SLOT) return store.ids[i];
  const column = store.fields[k];
  return column ? column[i >> CHUNK_BITS]![i & IN_CHUNK] : undefined;
}

/** Link `i` of `store` as a record of the canonical shape. */
export function linkRecord(store: LinkStore, i: number): SupportLink {
  const slots = new Array<unknown>(LINK_SLOTS.length);
  for (let k = 0; k < slots.length; k++) slots[k] = valueAt(store, k, i);
  return linkFromSlots(slots);
}

/** Each store's records, once made: the import and the network built from it share one array. */
const made = new WeakMap<LinkStore, readonly SupportLink[]>();

/** The records of `store` if they have been made. */
export function madeRecords(store: LinkStore): readonly SupportLink[] | undefined {
  return made.get(store);
}

/** Every link of `store` as records, in order: made on the first call, the same array after. */
export function linkRecords(store: LinkStore): readonly SupportLink[] {
  const known = made.get(store);
  if (known) return known;
  const out = new Array<SupportLink>(store.count);
  const slots = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
  const present = store.fields.flatMap((f, k) => (f ? [k] : []));
  for (let i = 0; i < store.count; i++) {
    const chunk = i >> CHUNK_BITS;
    const at = i & IN_CHUNK;
    for (const k of present) slots[k] = store.fields[k]![chunk]![at];
    slots[LINK_ID_SLOT] = store.ids[i];
    out[i] = linkFromSlots(slots);
  }
  made.set(store, out);
  return out;
}

/**
 * A store being filled row by row: `push` takes a record's values in slot order; a field's column
 * is made when its first value arrives, so fields no row has cost nothing.
 */
export class LinkStoreWriter implements LinkStore {
  count = 0;
  readonly ids: LinkId[] = [];
  readonly fields: (unknown[][] | undefined)[] = new Array<unknown[][] | undefined>(LINK_SLOTS.length).fill(undefined);

  /** Appends a link from its values in slot order; returns its position. */
  push(slots: readonly unknown[]): number {
    const at = this.count++;
    const chunk = at >> CHUNK_BITS;
    const offset = at & IN_CHUNK;
    this.ids.push(slots[LINK_ID_SLOT] as LinkId);
    for (let k = 0; k < slots.length; k++) {
      const v = slots[k];
      const column = this.fields[k];
      if (column) {
        if (offset === 0) column.push(new Array<unknown>(CHUNK));
        column[chunk]![offset] = v;
      } else if (v !== undefined && k !== LINK_ID_SLOT) this.column(k)[chunk]![offset] = v;
    }
    return at;
  }

  /**
   * Takes back the last link pushed. Its values stay past `count` until the next push overwrites
   * them; only a chunk it opened goes, so the next push opens it afresh.
   */
  pop(): void {
    const at = --this.count;
    this.ids.length = at;
    if ((at & IN_CHUNK) === 0) for (const column of this.fields) if (column) column.length = at >> CHUNK_BITS;
  }

  get(k: number, i: number): unknown {
    return valueAt(this, k, i);
  }

  set(k: number, i: number, v: unknown): void {
    if (k === LINK_ID_SLOT) this.ids[i] = v as LinkId;
    else {
      const column = this.fields[k] ?? (v === undefined ? undefined : this.column(k));
      if (column) column[i >> CHUNK_BITS]![i & IN_CHUNK] = v;
    }
  }

  /** Field k's column, made with a chunk for every link so far (all undefined). */
  private column(k: number): unknown[][] {
    const column = Array.from({ length: Math.ceil(this.count / CHUNK) }, () => new Array<unknown>(CHUNK));
    this.fields[k] = column;
    return column;
  }
}
