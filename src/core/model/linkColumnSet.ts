/**
 * The link store's typed columns, one entry per link: the fields an analysis reads, decoded (see
 * linkEncoding.ts), each link's row of values held as written (`rawRow`), and its ends. Columns may
 * be longer than the links they hold (room for more); a network reads the first `count`.
 */
export type TypedColumn = Uint8Array | Int32Array | Float64Array;

export class LinkColumnSet {
  count = 0;
  /** Each link's row in the values held as written (see WrittenValues). */
  rawRow: Int32Array;
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

  /** Every typed column. */
  protected typed(): TypedColumn[] {
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
  protected resize(size: number): void {
    this.copyColumnsFrom(this, size);
  }

  protected copyColumnsFrom(s: LinkColumnSet, size: number): void {
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
}

function grown<T extends TypedColumn>(into: T, from: T, n: number): T {
  into.set(from.subarray(0, n));
  return into;
}
