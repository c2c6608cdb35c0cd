/**
 * The link store's typed columns, one entry per link: the fields an analysis reads, decoded (see
 * linkEncoding.ts), each link's row of values held as written (`rawRow`), and its ends. Columns may
 * be longer than the links they hold (room for more); a network reads the first `count`.
 *
 * A copy shares its columns with the store it was copied from, and copies a column only when it is
 * first written (`u8`, `i32`, `f64`): an edit that changes one field of a few links copies one
 * column, not all of them. A shared column is never written, so the store copied from never changes.
 */
export type TypedColumn = Uint8Array | Int32Array | Float64Array;

const U8_COLUMNS = [
  "typeMask",
  "linkRole",
  "linkOrigin",
  "linkStatusLive",
  "linkAssesses",
  "linkStrained",
  "linkFrequency",
  "linkTraits",
  "status",
  "assessed",
  "formality",
  "willingness",
  "style",
] as const;
const I32_COLUMNS = [
  "rawRow",
  "idCode",
  "from",
  "to",
  "linkMinutes",
  "linkEndsDay",
  "linkStartedDay",
  "linkLastContactDay",
] as const;
const F64_COLUMNS = ["linkTrust", "linkSimilarity"] as const;
type U8Column = (typeof U8_COLUMNS)[number];
type I32Column = (typeof I32_COLUMNS)[number];
type F64Column = (typeof F64_COLUMNS)[number];
type ColumnName = U8Column | I32Column | F64Column;
/** The columns an encoded link's fields go to (see linkEncoding.ts): all but its row, its id and its ends. */
const ENCODED_U8: readonly U8Column[] = U8_COLUMNS;
const ENCODED_I32: readonly I32Column[] = I32_COLUMNS.filter(
  (k) => k !== "rawRow" && k !== "idCode" && k !== "from" && k !== "to",
);

export class LinkColumnSet {
  count = 0;
  /** How many links every column has room for. */
  protected capacity: number;
  /** In a copy, the columns still shared with the store it was copied from; undefined when none are. */
  protected shared: Set<ColumnName> | undefined;
  /** Each link's row in the values held as written (see WrittenValues). */
  rawRow: Int32Array;
  /** Each link's id as a code: its number when written `L<n>`, else NO_ID or WRITTEN_ID (see linkIdNumbers.ts). */
  idCode: Int32Array;
  /** Positions of each link's giver and receiver in the people list; -1 where the id names no one. */
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
  /**
   * What the columns above do not hold whole, for giving a record back as written: the status,
   * `assesses` as recorded (0 blank, 1 false, 2 true), formality, willingness and style codes.
   */
  status: Uint8Array;
  assessed: Uint8Array;
  formality: Uint8Array;
  willingness: Uint8Array;
  style: Uint8Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.rawRow = new Int32Array(capacity);
    this.idCode = new Int32Array(capacity);
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

  /** Column `k`, copied first if shared, so that it can be written. */
  protected u8(k: U8Column): Uint8Array {
    if (this.shared?.delete(k)) this[k] = grown(new Uint8Array(this.capacity), this[k], this.count);
    return this[k];
  }

  protected i32(k: I32Column): Int32Array {
    if (this.shared?.delete(k)) this[k] = grown(new Int32Array(this.capacity), this[k], this.count);
    return this[k];
  }

  protected f64(k: F64Column): Float64Array {
    if (this.shared?.delete(k)) this[k] = grown(new Float64Array(this.capacity), this[k], this.count);
    return this[k];
  }

  /** Sets link `l`'s giver's position (its column copied only if it changes). */
  setFrom(l: number, at: number): void {
    if (this.from[l] !== at) this.i32("from")[l] = at;
  }

  /** Sets link `l`'s receiver's position (its column copied only if it changes). */
  setTo(l: number, at: number): void {
    if (this.to[l] !== at) this.i32("to")[l] = at;
  }

  /** Moves each link's ends from position p to `moved[p]` (people taken out of the list). */
  renumberEnds(moved: Int32Array): void {
    for (const k of ["from", "to"] as const) {
      let a = this[k];
      for (let l = 0; l < this.count; l++) {
        const p = a[l]!;
        if (p >= 0 && moved[p] !== p) {
          a = this.i32(k);
          a[l] = moved[p]!;
        }
      }
    }
  }

  /** Link `i`'s decoded fields made those of link 0 of `one` (see linkEncoding.ts), writing only the columns that differ. */
  protected takeEncoded(i: number, one: LinkColumnSet): void {
    for (const k of ENCODED_U8) if (this[k][i] !== one[k][0]) this.u8(k)[i] = one[k][0]!;
    for (const k of ENCODED_I32) if (this[k][i] !== one[k][0]) this.i32(k)[i] = one[k][0]!;
    // Object.is: a blank rating (NaN) equals a blank rating.
    for (const k of F64_COLUMNS) if (!Object.is(this[k][i], one[k][0])) this.f64(k)[i] = one[k][0]!;
  }

  /** The columns of `s`, shared (see `u8`): for a copy to change. */
  protected shareColumnsOf(s: LinkColumnSet): void {
    for (const k of U8_COLUMNS) this[k] = s[k];
    for (const k of I32_COLUMNS) this[k] = s[k];
    for (const k of F64_COLUMNS) this[k] = s[k];
    this.capacity = s.count;
    this.shared = new Set<ColumnName>([...U8_COLUMNS, ...I32_COLUMNS, ...F64_COLUMNS]);
  }

  /**
   * Keeps the links at positions [0, first) and then each run [runs[r], runs[r+1]) in order, moved
   * down; a shared column is compacted into a new one in the same pass rather than copied first.
   */
  protected compact(first: number, runs: readonly number[]): void {
    const shared = this.shared;
    const size = this.capacity;
    for (const k of U8_COLUMNS)
      this[k] = shared?.has(k) ? compacted(this[k], new Uint8Array(size), first, runs) : inPlace(this[k], first, runs);
    for (const k of I32_COLUMNS)
      this[k] = shared?.has(k) ? compacted(this[k], new Int32Array(size), first, runs) : inPlace(this[k], first, runs);
    for (const k of F64_COLUMNS)
      this[k] = shared?.has(k)
        ? compacted(this[k], new Float64Array(size), first, runs)
        : inPlace(this[k], first, runs);
    this.shared = undefined;
  }

  /** Every typed column made `size` long (and this store's own), holding its first `count` links. */
  protected resize(size: number): void {
    const n = Math.min(this.count, size);
    for (const k of U8_COLUMNS) this[k] = grown(new Uint8Array(size), this[k], n);
    for (const k of I32_COLUMNS) this[k] = grown(new Int32Array(size), this[k], n);
    for (const k of F64_COLUMNS) this[k] = grown(new Float64Array(size), this[k], n);
    this.capacity = size;
    this.shared = undefined;
  }
}

function compacted<T extends TypedColumn>(from: T, into: T, first: number, runs: readonly number[]): T {
  into.set(from.subarray(0, first));
  let j = first;
  for (let r = 0; r < runs.length; r += 2) {
    into.set(from.subarray(runs[r], runs[r + 1]), j);
    j += runs[r + 1]! - runs[r]!;
  }
  return into;
}

function inPlace<T extends TypedColumn>(a: T, first: number, runs: readonly number[]): T {
  let j = first;
  for (let r = 0; r < runs.length; r += 2) {
    a.copyWithin(j, runs[r]!, runs[r + 1]);
    j += runs[r + 1]! - runs[r]!;
  }
  return a;
}

function grown<T extends TypedColumn>(into: T, from: T, n: number): T {
  into.set(from.subarray(0, n));
  return into;
}
