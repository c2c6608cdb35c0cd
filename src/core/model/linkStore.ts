/**
 * The one form of a network's links: one column per field. Every field an analysis reads is
 * decoded once, as the link is written, into a typed column (type bits, role, origin, status,
 * days, ratings, traits); fields no analysis reads (ids as written, other types, notes, …) are kept
 * as written, in chunks of CHUNK links. A record is made only when asked (`linkAt`). The import
 * fills a store row by row; edits write to a copy of it; the network reads its columns as they are.
 *
 * `from` and `to` are each link's giver and receiver as positions in the people list the store
 * goes with (-1 where the id names no one): whoever changes that list keeps them in step.
 *
 * A value the numbers cannot hold whole (a date that is no calendar day, a vocabulary word Mosaic
 * does not know, set by an edit) keeps its link's values as written (`verbatim`), so a record
 * always comes back as it was written.
 */
import { LINK_SLOTS, linkFromSlots, slotsOfLink } from "./canonical.ts";
import { FORMALITIES, FREQUENCIES, LINK_ROLES, ORIGINS, STATUSES, STYLES, WILLINGNESSES } from "./enums.ts";
import {
  codeOf,
  dayOfIso,
  FORMALITY_CODE,
  FREQUENCY_CODE,
  isCanonicalIso,
  isoOfDay,
  maskOf,
  NO_DAY,
  NO_MINUTES,
  ORIGIN_CODE,
  ROLE_CODE,
  STATUS_CODE,
  STYLE_CODE,
  TRAIT_DIRECTED,
  TRAIT_DIRECTIVE,
  TRAIT_FORMAL,
  typesExact,
  typesOfMask,
  valueOf,
  WILLINGNESS_CODE,
} from "./linkCodes.ts";
import { boolIn, isoDateIn, linkIdIn, linkIdOf, numberIn, supportTypesIn } from "./slotValues.ts";
import type { LinkId, Person, SupportLink } from "./types.ts";

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

const slot = (name: string) => LINK_SLOTS.indexOf(name);
export const LINK_ID_SLOT = slot("link_id");
export const FROM_SLOT = slot("from_id");
export const TO_SLOT = slot("to_id");
export const TYPES_SLOT = slot("support_types");
export const OTHER_TYPES_SLOT = slot("other_types");
export const ROLE_SLOT = slot("link_role");
const ASSESSES = slot("assesses");
const FORMALITY = slot("formality");
const ORIGIN = slot("origin");
const FREQUENCY = slot("frequency");
const MINUTES = slot("minutes_per_month");
const STARTED = slot("started_on");
const LAST_CONTACT = slot("last_contact");
const STATUS = slot("status");
const WILLINGNESS = slot("willingness");
const ENDS = slot("ends_on");
const TRUST = slot("trust");
const SIMILARITY = slot("similarity");
const STYLE = slot("style");

/** The fields decoded into typed columns; the others (but the id, which has its own column) are held as written. */
const DECODED = new Set([
  TYPES_SLOT,
  ASSESSES,
  FORMALITY,
  ORIGIN,
  FREQUENCY,
  MINUTES,
  STARTED,
  LAST_CONTACT,
  STATUS,
  ROLE_SLOT,
  WILLINGNESS,
  ENDS,
  TRUST,
  SIMILARITY,
  STYLE,
]);
const RAW_SLOTS = LINK_SLOTS.map((_, k) => k).filter((k) => k !== LINK_ID_SLOT && !DECODED.has(k));

const STRAINED = STATUSES.indexOf("strained") + 1;
const INDUCTION_TUTOR = LINK_ROLES.indexOf("induction_tutor") + 1;
const FORMAL = FORMALITIES.indexOf("formal") + 1;
const DIRECTED = WILLINGNESSES.indexOf("directed") + 1;
const DIRECTIVE = STYLES.indexOf("directive") + 1;

const dateExact = (v: unknown) => v === undefined || (typeof v === "string" && isCanonicalIso(v));
const ratingExact = (v: unknown) => v === undefined || (typeof v === "number" && !Number.isNaN(v));
const dayOf = (v: unknown) => {
  const iso = isoDateIn(v);
  return iso === undefined ? NO_DAY : dayOfIso(iso);
};
const dateOf = (day: number) => (day === NO_DAY ? undefined : isoOfDay(day));
const ratingOf = (x: number) => (Number.isNaN(x) ? undefined : x);
/** The id of a link read without one, until the import gives it one. */
const NO_LINK_ID = linkIdOf("");

export class LinkStore {
  count = 0;
  /** Each link's id ("" until the import gives one to a link read without). */
  ids: LinkId[] = [];
  from: Int32Array;
  to: Int32Array;
  /** Known support types as bits (see SUPPORT_TYPES). */
  typeMask: Uint8Array;
  /** Minutes a month; NO_MINUTES when blank. */
  linkMinutes: Int32Array;
  /** Position in LINK_ROLES plus one; 0 when blank. */
  linkRole: Uint8Array;
  /** Position in ORIGINS plus one; 0 when blank. */
  linkOrigin: Uint8Array;
  /** 1 where the link's status lets it count (active, strained or blank). */
  linkStatusLive: Uint8Array;
  /** 1 where the giver assesses the receiver (recorded, or assumed for an induction tutor). */
  linkAssesses: Uint8Array;
  /** 1 where the status is strained. */
  linkStrained: Uint8Array;
  /** Day numbers (days since 1970-01-01) of the link's dates; NO_DAY when blank. */
  linkEndsDay: Int32Array;
  linkStartedDay: Int32Array;
  linkLastContactDay: Int32Array;
  /** Position in FREQUENCIES plus one; 0 when blank. */
  linkFrequency: Uint8Array;
  /** Trust and similarity ratings; NaN when blank. */
  linkTrust: Float64Array;
  linkSimilarity: Float64Array;
  /** TRAIT_FORMAL, TRAIT_DIRECTED, TRAIT_DIRECTIVE. */
  linkTraits: Uint8Array;
  /** What the columns above do not hold whole: the status, `assesses` as recorded, formality, willingness, style. */
  private status: Uint8Array;
  private assessed: Uint8Array;
  private formality: Uint8Array;
  private willingness: Uint8Array;
  private style: Uint8Array;
  /**
   * The fields held as written, by slot, in rows of chunks; undefined for a field no link has. Rows
   * are only ever added (a write adds one), and `rawRow` says which is each link's: taking links
   * out or copying the store then moves or copies numbers, never these values.
   */
  private raw: (unknown[][] | undefined)[] = new Array<unknown[][] | undefined>(LINK_SLOTS.length).fill(undefined);
  private rawRow: Int32Array;
  private rows = 0;
  /** In a copy, the chunks it shares with the store it was copied from: copied before a write. */
  private shared: Set<unknown[]> | undefined;
  /** The values as written of each link the numbers cannot hold whole. */
  private verbatim = new Map<number, readonly unknown[]>();

  constructor(capacity = CHUNK) {
    this.rawRow = new Int32Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.typeMask = new Uint8Array(capacity);
    this.linkMinutes = new Int32Array(capacity);
    this.linkRole = new Uint8Array(capacity);
    this.linkOrigin = new Uint8Array(capacity);
    this.linkStatusLive = new Uint8Array(capacity);
    this.linkAssesses = new Uint8Array(capacity);
    this.linkStrained = new Uint8Array(capacity);
    this.linkEndsDay = new Int32Array(capacity);
    this.linkStartedDay = new Int32Array(capacity);
    this.linkLastContactDay = new Int32Array(capacity);
    this.linkFrequency = new Uint8Array(capacity);
    this.linkTrust = new Float64Array(capacity);
    this.linkSimilarity = new Float64Array(capacity);
    this.linkTraits = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
    this.assessed = new Uint8Array(capacity);
    this.formality = new Uint8Array(capacity);
    this.willingness = new Uint8Array(capacity);
    this.style = new Uint8Array(capacity);
  }

  /** Appends a link from its values in slot order and its ends' positions; returns its position. */
  push(values: readonly unknown[], from: number, to: number): number {
    const at = this.count++;
    // At least a chunk: a copy of an empty store (a self-made map before its first link) has no room at all.
    if (at >= this.from.length) this.resize(Math.max(CHUNK, 2 * at));
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
    // Its row, when the last added, is taken again by the next write (every column written).
    if (this.rawRow[at] === this.rows - 1) this.rows--;
  }

  /** Writes link `i`'s values (slot order), its id included; its ends' positions stay. */
  write(i: number, v: readonly unknown[]): void {
    const id = linkIdIn(v[LINK_ID_SLOT]);
    if (id !== undefined) this.ids[i] = id;
    const row = this.rows++;
    this.rawRow[i] = row;
    const chunk = row >> CHUNK_BITS;
    const at = row & IN_CHUNK;
    for (const k of RAW_SLOTS) {
      const x = v[k];
      const column = this.raw[k] ?? (x === undefined ? undefined : this.column(k));
      if (column) this.chunkOf(column, chunk)[at] = x;
    }
    this.encode(i, v);
  }

  /** Decodes the analysed fields into the typed columns, keeping the values as written where they do not fit. */
  private encode(i: number, v: readonly unknown[]): void {
    const types = supportTypesIn(v[TYPES_SLOT]);
    const mask = types ? maskOf(types) : 0;
    this.typeMask[i] = mask;
    const minutes = v[MINUTES];
    this.linkMinutes[i] = numberIn(minutes) ?? NO_MINUTES;
    const role = codeOf(ROLE_CODE, v[ROLE_SLOT]);
    this.linkRole[i] = Math.max(0, role);
    const origin = codeOf(ORIGIN_CODE, v[ORIGIN]);
    this.linkOrigin[i] = Math.max(0, origin);
    const status = codeOf(STATUS_CODE, v[STATUS]);
    this.status[i] = Math.max(0, status);
    // Active, strained or blank (a word Mosaic does not know reads as blank here, as it always has).
    this.linkStatusLive[i] = status <= STRAINED ? 1 : 0;
    this.linkStrained[i] = status === STRAINED ? 1 : 0;
    const assesses = boolIn(v[ASSESSES]);
    this.assessed[i] = assesses === undefined ? 0 : assesses ? 2 : 1;
    this.linkAssesses[i] = (assesses ?? role === INDUCTION_TUTOR) ? 1 : 0;
    this.linkEndsDay[i] = dayOf(v[ENDS]);
    this.linkStartedDay[i] = dayOf(v[STARTED]);
    this.linkLastContactDay[i] = dayOf(v[LAST_CONTACT]);
    const frequency = codeOf(FREQUENCY_CODE, v[FREQUENCY]);
    this.linkFrequency[i] = Math.max(0, frequency);
    this.linkTrust[i] = numberIn(v[TRUST]) ?? NaN;
    this.linkSimilarity[i] = numberIn(v[SIMILARITY]) ?? NaN;
    const formality = codeOf(FORMALITY_CODE, v[FORMALITY]);
    const willingness = codeOf(WILLINGNESS_CODE, v[WILLINGNESS]);
    const style = codeOf(STYLE_CODE, v[STYLE]);
    this.formality[i] = Math.max(0, formality);
    this.willingness[i] = Math.max(0, willingness);
    this.style[i] = Math.max(0, style);
    this.linkTraits[i] =
      (formality === FORMAL ? TRAIT_FORMAL : 0) |
      (willingness === DIRECTED ? TRAIT_DIRECTED : 0) |
      (style === DIRECTIVE ? TRAIT_DIRECTIVE : 0);
    const exact =
      types !== undefined &&
      typesExact(types, mask) &&
      (minutes === undefined ||
        (typeof minutes === "number" && Number.isInteger(minutes) && minutes >= 0 && minutes <= 0x7fffffff)) &&
      role >= 0 &&
      origin >= 0 &&
      status >= 0 &&
      frequency >= 0 &&
      formality >= 0 &&
      willingness >= 0 &&
      style >= 0 &&
      (v[ASSESSES] === undefined || assesses !== undefined) &&
      dateExact(v[ENDS]) &&
      dateExact(v[STARTED]) &&
      dateExact(v[LAST_CONTACT]) &&
      ratingExact(v[TRUST]) &&
      ratingExact(v[SIMILARITY]);
    if (!exact) this.verbatim.set(i, [...v]);
    else if (this.verbatim.size > 0) this.verbatim.delete(i);
  }

  /** The value of field LINK_SLOTS[k] of link `i`, as written. */
  valueAt(k: number, i: number): unknown {
    if (k === LINK_ID_SLOT) return this.ids[i] || undefined;
    if (!DECODED.has(k)) {
      const row = this.rawRow[i]!;
      return this.raw[k]?.[row >> CHUNK_BITS]?.[row & IN_CHUNK];
    }
    const written = this.verbatim.get(i);
    if (written) return written[k];
    switch (k) {
      case TYPES_SLOT:
        return typesOfMask(this.typeMask[i]!);
      case ASSESSES:
        return this.assessed[i] === 0 ? undefined : this.assessed[i] === 2;
      case FORMALITY:
        return valueOf(FORMALITIES, this.formality[i]!);
      case ORIGIN:
        return valueOf(ORIGINS, this.linkOrigin[i]!);
      case FREQUENCY:
        return valueOf(FREQUENCIES, this.linkFrequency[i]!);
      case MINUTES:
        return this.linkMinutes[i] === NO_MINUTES ? undefined : this.linkMinutes[i];
      case STARTED:
        return dateOf(this.linkStartedDay[i]!);
      case LAST_CONTACT:
        return dateOf(this.linkLastContactDay[i]!);
      case STATUS:
        return valueOf(STATUSES, this.status[i]!);
      case ROLE_SLOT:
        return valueOf(LINK_ROLES, this.linkRole[i]!);
      case WILLINGNESS:
        return valueOf(WILLINGNESSES, this.willingness[i]!);
      case ENDS:
        return dateOf(this.linkEndsDay[i]!);
      case TRUST:
        return ratingOf(this.linkTrust[i]!);
      case SIMILARITY:
        return ratingOf(this.linkSimilarity[i]!);
      default:
        return valueOf(STYLES, this.style[i]!);
    }
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
   * A copy to change: typed columns copied whole, chunks of written values shared until written.
   * `room` is how many links are to be pushed onto it: its columns are made that much longer, so
   * the first push does not grow every one of them to twice the store's size.
   */
  copy(room = 0): LinkStore {
    const c = new LinkStore(0);
    c.count = this.count;
    c.ids = this.ids.slice(0, this.count);
    c.copyColumnsFrom(this, this.count + Math.max(0, room));
    c.raw = this.raw.map((column) => column?.slice());
    c.rows = this.rows;
    c.shared = new Set(this.raw.flatMap((column) => column ?? []));
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

  private typed(): (Uint8Array | Int32Array | Float64Array)[] {
    return [
      this.rawRow,
      this.from,
      this.to,
      this.typeMask,
      this.linkMinutes,
      this.linkRole,
      this.linkOrigin,
      this.linkStatusLive,
      this.linkAssesses,
      this.linkStrained,
      this.linkEndsDay,
      this.linkStartedDay,
      this.linkLastContactDay,
      this.linkFrequency,
      this.linkTrust,
      this.linkSimilarity,
      this.linkTraits,
      this.status,
      this.assessed,
      this.formality,
      this.willingness,
      this.style,
    ];
  }

  /** Every typed column made `size` long, holding this store's first `count` links. */
  private resize(size: number): void {
    this.copyColumnsFrom(this, size);
  }

  private copyColumnsFrom(s: LinkStore, size: number): void {
    const n = Math.min(s.count, size);
    const u8 = (a: Uint8Array) => grown(new Uint8Array(size), a, n);
    const i32 = (a: Int32Array) => grown(new Int32Array(size), a, n);
    const f64 = (a: Float64Array) => grown(new Float64Array(size), a, n);
    this.rawRow = i32(s.rawRow);
    this.from = i32(s.from);
    this.to = i32(s.to);
    this.typeMask = u8(s.typeMask);
    this.linkMinutes = i32(s.linkMinutes);
    this.linkRole = u8(s.linkRole);
    this.linkOrigin = u8(s.linkOrigin);
    this.linkStatusLive = u8(s.linkStatusLive);
    this.linkAssesses = u8(s.linkAssesses);
    this.linkStrained = u8(s.linkStrained);
    this.linkEndsDay = i32(s.linkEndsDay);
    this.linkStartedDay = i32(s.linkStartedDay);
    this.linkLastContactDay = i32(s.linkLastContactDay);
    this.linkFrequency = u8(s.linkFrequency);
    this.linkTrust = f64(s.linkTrust);
    this.linkSimilarity = f64(s.linkSimilarity);
    this.linkTraits = u8(s.linkTraits);
    this.status = u8(s.status);
    this.assessed = u8(s.assessed);
    this.formality = u8(s.formality);
    this.willingness = u8(s.willingness);
    this.style = u8(s.style);
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

  /** Field k's column, made with a chunk for every link so far (all undefined). */
  private column(k: number): unknown[][] {
    const column = Array.from({ length: Math.ceil(this.rows / CHUNK) }, () => new Array<unknown>(CHUNK));
    this.raw[k] = column;
    return column;
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(into: T, from: T, n: number): T {
  into.set(from.subarray(0, n));
  return into;
}

/** Link `l` as a record: of a store, or of the network or import holding one. */
export function linkAt(source: LinkStore | { readonly linkStore: LinkStore }, l: number): SupportLink {
  const store = source instanceof LinkStore ? source : source.linkStore;
  return linkFromSlots(store.valuesAt(l));
}

/** Every link of `store` as a record, in order (for exports, plans and reports that want them all). */
export function linkRecords(store: LinkStore): SupportLink[] {
  const out = new Array<SupportLink>(store.count);
  for (let l = 0; l < store.count; l++) out[l] = linkAt(store, l);
  return out;
}

/** A store of `links`, their ends as positions in `people`. */
export function storeOfRecords(people: readonly Person[], links: readonly SupportLink[]): LinkStore {
  const indexOf = new Map<string, number>();
  people.forEach((p, i) => indexOf.set(p.id, i));
  const store = new LinkStore(Math.max(1, links.length));
  for (const link of links) store.pushLink(link, indexOf.get(link.from_id) ?? -1, indexOf.get(link.to_id) ?? -1);
  return store;
}
