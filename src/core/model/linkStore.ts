/**
 * The one form of a network's links: one column per field. Every field an analysis reads is
 * decoded once, as the link is written, into a typed column (LinkColumnSet, linkEncoding.ts);
 * fields no analysis reads (ids as written, other types, notes, …) are kept as written
 * (WrittenValues). A record is made only when asked (`linkAt`, linkRecords.ts). The import fills a
 * store row by row; edits write to a copy of it; the network reads its columns as they are.
 *
 * `from` and `to` are each link's giver and receiver as positions in the people list the store
 * goes with (-1 where the id names no one): whoever changes that list keeps them in step.
 *
 * A value the numbers cannot hold whole keeps its link's values as written (`verbatim`), so a
 * record always comes back as it was written.
 */
import { LINK_SLOTS, slotsOfLink } from "./canonical.ts";
import { LinkColumnSet } from "./linkColumnSet.ts";
import { decodedValue, encodeLink } from "./linkEncoding.ts";
import { linkIdIn, linkIdOf } from "./slotValues.ts";
import { DECODED, LINK_ID_SLOT } from "./storeSlots.ts";
import type { LinkId, SupportLink } from "./types.ts";
import { WrittenValues } from "./writtenValues.ts";

export { FROM_SLOT, LINK_ID_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./storeSlots.ts";

/** Room for this many links in a store made without a size. */
const FIRST_ROOM = 1024;
/** The id of a link read without one, until the import gives it one. */
const NO_LINK_ID = linkIdOf("");
/** A link's decoded fields, made here first when written to a copy, then written where they differ. */
const ONE = new LinkColumnSet(1);

export class LinkStore extends LinkColumnSet {
  /** Each link's id ("" until the import gives one to a link read without). */
  ids: LinkId[] = [];
  /** In a copy, true while `ids` is the list of the store it was copied from (never written). */
  private idsShared = false;
  /** How many links a copy is to have pushed onto it (see `copy`). */
  private room = 0;
  private raw = new WrittenValues();
  /** The values as written of each link the numbers cannot hold whole. */
  private verbatim = new Map<number, readonly unknown[]>();

  constructor(capacity = FIRST_ROOM) {
    super(capacity);
  }

  /** Appends a link from its values in slot order and its ends' positions; returns its position. */
  push(values: readonly unknown[], from: number, to: number): number {
    const at = this.count++;
    if (at >= this.capacity) {
      // A copy grows once by the room it was told of; a store filled row by row doubles. At least
      // FIRST_ROOM: a copy of an empty store (a self-made map before its first link) has no room at all.
      this.resize(Math.max(FIRST_ROOM, this.room > 0 ? at + this.room : 2 * at));
      this.room = 0;
    }
    this.ownIds().push(linkIdIn(values[LINK_ID_SLOT]) ?? NO_LINK_ID);
    this.from[at] = from;
    this.to[at] = to;
    this.write(at, values);
    return at;
  }

  /** Appends a record, its ends at positions `from` and `to`; returns its position. */
  pushLink(link: SupportLink, from: number, to: number): number {
    return this.push(slotsOfLink(link), from, to);
  }

  /** Takes back the last link pushed (its values stay past `count` until overwritten). */
  pop(): void {
    const at = --this.count;
    this.ownIds().length = at;
    this.verbatim.delete(at);
    this.raw.takeBack(this.rawRow[at]!);
  }

  /** Writes link `i`'s values (slot order), its id included; its ends' positions stay. */
  write(i: number, v: readonly unknown[]): void {
    const id = linkIdIn(v[LINK_ID_SLOT]);
    if (id !== undefined && this.ids[i] !== id) this.ownIds()[i] = id;
    this.i32("rawRow")[i] = this.raw.add(v);
    // A store of its own is written straight; a copy only in the columns whose value changes.
    const exact = this.shared === undefined ? encodeLink(this, i, v) : encodeLink(ONE, 0, v);
    if (this.shared !== undefined) this.takeEncoded(i, ONE);
    if (!exact) this.verbatim.set(i, [...v]);
    else if (this.verbatim.size > 0) this.verbatim.delete(i);
  }

  /** The value of field LINK_SLOTS[k] of link `i`, as written. */
  valueAt(k: number, i: number): unknown {
    if (k === LINK_ID_SLOT) return this.ids[i] || undefined;
    if (!DECODED.has(k)) return this.raw.get(k, this.rawRow[i]!);
    const written = this.verbatim.get(i);
    return written ? written[k] : decodedValue(this, k, i);
  }

  /** Every value of link `i` in slot order, into `out`. */
  valuesAt(i: number, out: unknown[] = new Array<unknown>(LINK_SLOTS.length)): unknown[] {
    for (let k = 0; k < LINK_SLOTS.length; k++) out[k] = this.valueAt(k, i);
    return out;
  }

  /** Sets one field of link `i`. */
  setValue(k: number, i: number, value: unknown): void {
    const values = this.valuesAt(i);
    values[k] = value;
    this.write(i, values);
  }

  /**
   * A copy to change: its columns and ids shared with this store until written (see LinkColumnSet),
   * values as written shared until written. `room` is how many links are to be pushed onto it: the
   * first push grows its columns by that much, not to twice the store's size.
   */
  copy(room = 0): LinkStore {
    const c = new LinkStore(0);
    c.count = this.count;
    c.ids = this.ids;
    c.idsShared = true;
    c.shareColumnsOf(this);
    c.room = Math.max(0, room);
    c.raw = this.raw.copy();
    c.verbatim = new Map(this.verbatim);
    return c;
  }

  /** The ids, copied first if shared, so that they can be written. */
  private ownIds(): LinkId[] {
    if (this.idsShared) {
      this.ids = this.ids.slice(0, this.count);
      this.idsShared = false;
    }
    return this.ids;
  }

  /** Keeps the links where `keep` is 1, in order (positions of later links move down), a run at a time. */
  keep(keep: Uint8Array): void {
    const n = this.count;
    // Links before the first one taken out stay where they are.
    let first = 0;
    while (first < n && keep[first] === 1) first++;
    if (first === n) return;
    // The runs of links kept after it: [start, end) pairs.
    const runs: number[] = [];
    for (let i = first; i < n;) {
      if (keep[i] !== 1) {
        i++;
        continue;
      }
      let end = i;
      while (end < n && keep[end] === 1) end++;
      runs.push(i, end);
      i = end;
    }
    this.compact(first, runs);
    // Shared ids are compacted into a list of their own in the same pass.
    const from = this.ids;
    const ids = this.idsShared ? from.slice(0, first) : from;
    this.idsShared = false;
    const newIndex = this.verbatim.size > 0 ? new Int32Array(n).fill(-1) : undefined;
    if (newIndex) for (let x = 0; x < first; x++) newIndex[x] = x;
    let j = first;
    for (let r = 0; r < runs.length; r += 2) {
      for (let x = runs[r]!; x < runs[r + 1]!; x++) {
        ids[j] = from[x]!;
        if (newIndex) newIndex[x] = j;
        j++;
      }
    }
    ids.length = j;
    this.ids = ids;
    if (newIndex) {
      const verbatim = new Map<number, readonly unknown[]>();
      for (const [x, written] of this.verbatim) if (newIndex[x]! >= 0) verbatim.set(newIndex[x]!, written);
      this.verbatim = verbatim;
    }
    this.count = j;
  }
}
