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

export class LinkStore extends LinkColumnSet {
  /** Each link's id ("" until the import gives one to a link read without). */
  ids: LinkId[] = [];
  private raw = new WrittenValues();
  /** The values as written of each link the numbers cannot hold whole. */
  private verbatim = new Map<number, readonly unknown[]>();

  constructor(capacity = FIRST_ROOM) {
    super(capacity);
  }

  /** Appends a link from its values in slot order and its ends' positions; returns its position. */
  push(values: readonly unknown[], from: number, to: number): number {
    const at = this.count++;
    // At least FIRST_ROOM: a copy of an empty store (a self-made map before its first link) has no room at all.
    if (at >= this.from.length) this.resize(Math.max(FIRST_ROOM, 2 * at));
    this.ids.push(linkIdIn(values[LINK_ID_SLOT]) ?? NO_LINK_ID);
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
    this.ids.length = at;
    this.verbatim.delete(at);
    this.raw.takeBack(this.rawRow[at]!);
  }

  /** Writes link `i`'s values (slot order), its id included; its ends' positions stay. */
  write(i: number, v: readonly unknown[]): void {
    const id = linkIdIn(v[LINK_ID_SLOT]);
    if (id !== undefined) this.ids[i] = id;
    this.rawRow[i] = this.raw.add(v);
    if (!encodeLink(this, i, v)) this.verbatim.set(i, [...v]);
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
   * A copy to change: typed columns copied whole, values as written shared until written.
   * `room` is how many links are to be pushed onto it: its columns are made that much longer, so
   * the first push does not grow every one of them to twice the store's size.
   */
  copy(room = 0): LinkStore {
    const c = new LinkStore(0);
    c.count = this.count;
    c.ids = this.ids.slice(0, this.count);
    c.copyColumnsFrom(this, this.count + Math.max(0, room));
    c.raw = this.raw.copy();
    c.verbatim = new Map(this.verbatim);
    return c;
  }

  /** Keeps the links where `keep` is 1, in order (positions of later links move down), a run at a time. */
  keep(keep: Uint8Array): void {
    const n = this.count;
    // Links before the first one taken out stay where they are.
    let i = 0;
    while (i < n && keep[i] === 1) i++;
    if (i === n) return;
    const typed = this.typed();
    const ids = this.ids;
    const newIndex = this.verbatim.size > 0 ? new Int32Array(n).fill(-1) : undefined;
    if (newIndex) for (let x = 0; x < i; x++) newIndex[x] = x;
    let j = i;
    while (i < n) {
      if (keep[i] !== 1) {
        i++;
        continue;
      }
      let end = i;
      while (end < n && keep[end] === 1) end++;
      for (const a of typed) a.copyWithin(j, i, end);
      for (let x = i; x < end; x++) ids[j + x - i] = ids[x]!;
      if (newIndex) for (let x = i; x < end; x++) newIndex[x] = j + x - i;
      j += end - i;
      i = end;
    }
    ids.length = j;
    if (newIndex) {
      const verbatim = new Map<number, readonly unknown[]>();
      for (const [x, written] of this.verbatim) if (newIndex[x]! >= 0) verbatim.set(newIndex[x]!, written);
      this.verbatim = verbatim;
    }
    this.count = j;
  }
}
