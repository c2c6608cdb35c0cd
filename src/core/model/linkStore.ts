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
import { linkIdNumbered, NO_ID, numberOfLinkId, WRITTEN_ID } from "./linkIdNumbers.ts";
import { linkIdIn, linkIdOf } from "./slotValues.ts";
import { DECODED, LINK_ID_SLOT } from "./storeSlots.ts";
import type { LinkId, SupportLink } from "./types.ts";
import { WrittenValues } from "./writtenValues.ts";

export { FROM_SLOT, LINK_ID_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./storeSlots.ts";

/** Room for this many links in a store made without a size. */
const FIRST_ROOM = 1024;
/** What `idList` gives for a link read without an id, until the import gives it one. */
const NO_LINK_ID = linkIdOf("");
/** A link's decoded fields, made here first when written to a copy, then written where they differ. */
const ONE = new LinkColumnSet(1);

export class LinkStore extends LinkColumnSet {
  /**
   * The ids held as written (those not of the numbered form, see `idCode`), by link. Most files
   * have none: the import numbers the links it reads without an id.
   */
  private idTexts = new Map<number, LinkId>();
  /** In a copy, true while `idTexts` is the map of the store it was copied from (never written). */
  private idTextsShared = false;
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
    // `write` sets the id a link is written with; one without has none (whatever a link popped here had).
    if (linkIdIn(values[LINK_ID_SLOT]) === undefined) this.putId(at, undefined);
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
    if (this.idCode[at] === WRITTEN_ID) this.ownIdTexts().delete(at);
    this.verbatim.delete(at);
    this.raw.takeBack(this.rawRow[at]!);
  }

  /** Writes link `i`'s values (slot order), its id included; its ends' positions stay. */
  write(i: number, v: readonly unknown[]): void {
    const id = linkIdIn(v[LINK_ID_SLOT]);
    if (id !== undefined) this.putId(i, id);
    this.i32("rawRow")[i] = this.raw.add(v);
    // A store of its own is written straight; a copy only in the columns whose value changes.
    const exact = this.shared === undefined ? encodeLink(this, i, v) : encodeLink(ONE, 0, v);
    if (this.shared !== undefined) this.takeEncoded(i, ONE);
    if (!exact) this.verbatim.set(i, [...v]);
    else if (this.verbatim.size > 0) this.verbatim.delete(i);
  }

  /** The value of field LINK_SLOTS[k] of link `i`, as written. */
  valueAt(k: number, i: number): unknown {
    if (k === LINK_ID_SLOT) return this.idAt(i);
    if (!DECODED.has(k)) return this.raw.get(k, this.rawRow[i]!);
    const written = this.verbatim.get(i);
    return written ? written[k] : decodedValue(this, k, i);
  }

  /** Link `i`'s id, made from its number when it has one; undefined until it has an id. */
  idAt(i: number): LinkId | undefined {
    const code = this.idCode[i]!;
    if (code > 0) return linkIdNumbered(code);
    return code === WRITTEN_ID ? this.idTexts.get(i) : undefined;
  }

  /** Gives link `i` the id numbered `n` (see linkIdNumbers.ts): how the import names a link read without one. */
  setIdNumber(i: number, n: number): void {
    if (this.idCode[i] === WRITTEN_ID) this.ownIdTexts().delete(i);
    this.i32("idCode")[i] = n;
  }

  /** Every link's id, in order ("" for a link without one yet): a list made on each call. */
  idList(): LinkId[] {
    const out = new Array<LinkId>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.idAt(i) ?? NO_LINK_ID;
    return out;
  }

  /** The first link at or after `from` whose id is `id`, or -1. */
  indexOfId(id: string, from = 0): number {
    const n = numberOfLinkId(id);
    // The built-in search over the numbers: far quicker at 500,000 links than a loop.
    if (n > 0) return this.idCode.subarray(0, this.count).indexOf(n, from);
    if (id === "") return -1;
    for (let i = Math.max(0, from); i < this.count; i++)
      if (this.idCode[i] === WRITTEN_ID && this.idTexts.get(i) === id) return i;
    return -1;
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
    c.idTexts = this.idTexts;
    c.idTextsShared = true;
    c.shareColumnsOf(this);
    c.room = Math.max(0, room);
    c.raw = this.raw.copy();
    c.verbatim = new Map(this.verbatim);
    return c;
  }

  /** Link `i`'s id made `id` (none for undefined or ""): its number where it has the numbered form. */
  private putId(i: number, id: LinkId | undefined): void {
    const had = this.idCode[i];
    const n = id ? numberOfLinkId(id) : NO_ID;
    if (id && n === 0) {
      // Written as it is; the map is copied (in a copy) only when the id changes.
      if (had !== WRITTEN_ID || this.idTexts.get(i) !== id) this.ownIdTexts().set(i, id);
      if (had !== WRITTEN_ID) this.i32("idCode")[i] = WRITTEN_ID;
      return;
    }
    if (had === WRITTEN_ID) this.ownIdTexts().delete(i);
    if (had !== n) this.i32("idCode")[i] = n;
  }

  /** The ids held as written, copied first if shared, so that they can be written. */
  private ownIdTexts(): Map<number, LinkId> {
    if (this.idTextsShared) {
      this.idTexts = new Map(this.idTexts);
      this.idTextsShared = false;
    }
    return this.idTexts;
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
    // The maps by link (ids as written, values as written) are made anew with the new positions.
    const newIndex = this.verbatim.size > 0 || this.idTexts.size > 0 ? new Int32Array(n).fill(-1) : undefined;
    if (newIndex) for (let x = 0; x < first; x++) newIndex[x] = x;
    let j = first;
    for (let r = 0; r < runs.length; r += 2) {
      if (newIndex) for (let x = runs[r]!; x < runs[r + 1]!; x++) newIndex[x] = j + x - runs[r]!;
      j += runs[r + 1]! - runs[r]!;
    }
    if (newIndex) {
      this.verbatim = moved(this.verbatim, newIndex);
      this.idTexts = moved(this.idTexts, newIndex);
      this.idTextsShared = false;
    }
    this.count = j;
  }
}

/** The entries of `byLink` whose link is kept, at its new position (`newIndex`, -1 where taken out). */
function moved<T>(byLink: ReadonlyMap<number, T>, newIndex: Int32Array): Map<number, T> {
  const out = new Map<number, T>();
  for (const [x, value] of byLink) if (newIndex[x]! >= 0) out.set(newIndex[x]!, value);
  return out;
}
