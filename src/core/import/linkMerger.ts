/**
 * Adds each link as it is read, merging a repeat (same giver, receiver and types) into the first
 * link with those, and fills the network's link columns while the link's values are in cache.
 */
import { LINK_SLOTS } from "../model/canonical.ts";
import { PairIndex } from "./pairIndex.ts";
import { LINK_ID_SLOT, LinkStoreWriter } from "../model/linkStore.ts";
import type { LinkColumns } from "../model/network.ts";
import { resizeLinkColumns, setLinkColumns } from "../model/network.ts";
import { supportTypesIn, textListIn } from "../model/slotValues.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { ImportLog } from "./importLog.ts";
import { ColumnSourceView, FROM_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./linkSlots.ts";
import { termKey } from "./normalise.ts";
import type { PreparedFile } from "./preparedFile.ts";
import type { SourceRef } from "./sourceLog.ts";
import { SourceLog } from "./sourceLog.ts";

/** A link end as the merger needs it: the person's position. */
export interface LinkEnd {
  readonly index: number;
}

export class LinkMerger {
  /** Every link, in the order first read. */
  readonly store = new LinkStoreWriter();
  /** Where each link was first read (parallel to `store`). */
  readonly sources = new SourceLog();
  /**
   * The links whose giver and receiver are known and which have no other types, by giver position
   * and numeric key (receiver position and types, see givenKey): how a repeat is found.
   */
  private readonly given = new PairIndex();
  /** Repeats of links whose giver or receiver is not a known person, or with other types. */
  private readonly linkByKey = new Map<string, number>();
  /** The network's link columns, filled as each link is read while its values are still in cache. */
  private columns: LinkColumns = resizeLinkColumns(1024);
  /**
   * Each link's giver and receiver positions (-1 where unknown), grown with the columns: typed, as
   * arrays of half a million numbers cost a write barrier per store and a copy in the old
   * generation each time they grew.
   */
  private linkFrom = new Int32Array(1024);
  private linkTo = new Int32Array(1024);
  /** The other (custom) types of the few links that have some, as one sorted key, by link. */
  private readonly linkOther = new Map<number, string>();
  /** A merged link's values, and the view of a link's values its columns are made from: one of each, reused. */
  private readonly merged: unknown[] = new Array<unknown>(LINK_SLOTS.length);
  private readonly columnSource = new ColumnSourceView();

  constructor(private readonly log: ImportLog) {}

  /**
   * Adds the link whose values, in slot order, are `values` (which it may change), read at `row`
   * of `p`, first read at `source`; or, when it repeats an earlier link, merges it into that one.
   */
  add(
    p: PreparedFile,
    row: number,
    values: unknown[],
    source: SourceRef,
    giver: LinkEnd | undefined,
    receiver: LinkEnd | undefined,
  ): void {
    values[TYPES_SLOT] ??= [];
    const otherTypes = textListIn(values[OTHER_TYPES_SLOT]);
    const other = otherTypes ? otherTypes.map(termKey).sort().join(";") : undefined;
    // Pushed first, columns too, so the repeat check can read it like any other link; taken back
    // off if it merges (its columns are then overwritten by the next link, or cut off by finish).
    const store = this.store;
    const at = store.push(values);
    if (at >= this.columns.typeMask.length) this.columns = resizeLinkColumns(2 * at, this.columns);
    if (at >= this.linkFrom.length) {
      this.linkFrom = grown(this.linkFrom, 2 * at);
      this.linkTo = grown(this.linkTo, 2 * at);
    }
    if (other !== undefined) this.linkOther.set(at, other);
    this.linkFrom[at] = giver?.index ?? -1;
    this.linkTo[at] = receiver?.index ?? -1;
    setLinkColumns(this.columns, at, this.columnSource.of(values));
    const earlier = this.earlierLink(at, giver);
    if (earlier !== undefined) {
      store.pop();
      this.linkOther.delete(at);
      for (let k = 0; k < values.length; k++)
        if (store.get(k, earlier) === undefined && values[k] !== undefined && k !== LINK_ID_SLOT)
          store.set(k, earlier, values[k]);
      this.refreshColumns(earlier);
      const src = this.sources.at(earlier);
      this.log.note(
        "warning",
        p.file.name,
        `This link repeats row ${src.row}${src.file === p.file.name ? "" : ` of ${src.file}`} (same giver, receiver and types), so the two were merged; where they differ, the earlier row's values were kept.`,
        row,
      );
      return;
    }
    this.rememberLink(at, giver);
    this.sources.push(source.file, source.row);
  }

  /**
   * The givers of the links read so far to `receiver` with the link role `roleCode` (a LINK_ROLES
   * position plus one, as the link columns hold it): who the data records as, say, an ECT's mentor.
   * Indexed once, on first asking: the survey answers that ask come after the files that answer.
   */
  giversInRole(receiver: number, roleCode: number): readonly number[] {
    if (!this.byRole) {
      this.byRole = new Map();
      for (let l = 0; l < this.store.count; l++) {
        const code = this.columns.linkRole[l]!;
        const to = this.linkTo[l]!;
        const from = this.linkFrom[l]!;
        if (code === 0 || to < 0 || from < 0) continue;
        const key = to * 64 + code;
        const givers = this.byRole.get(key);
        if (!givers) this.byRole.set(key, [from]);
        else if (!givers.includes(from)) givers.push(from);
      }
    }
    return this.byRole.get(receiver * 64 + roleCode) ?? [];
  }
  private byRole: Map<number, number[]> | undefined;

  /** The first link read from `giver` to `receiver` (any types), if there is one. */
  linkBetween(giver: LinkEnd, receiver: number): number | undefined {
    // Each of the 64 type sets is one lookup: far fewer than the links, and asked only by survey rows.
    let first = -1;
    for (let mask = 0; mask < 64; mask++) {
      const l = this.given.get(giver.index, receiver * 64 + mask);
      if (l >= 0 && (first < 0 || l < first)) first = l;
    }
    return first < 0 ? undefined : first;
  }

  /** Adds `types` to link `l`'s support types (its columns too): a survey respondent answering twice. */
  addTypes(l: number, types: readonly SupportType[]): void {
    const had = supportTypesIn(this.store.get(TYPES_SLOT, l)) ?? [];
    if (types.every((t) => had.includes(t))) return;
    this.store.set(TYPES_SLOT, l, sortTypes([...new Set([...had, ...types])]));
    this.refreshColumns(l);
  }

  private refreshColumns(l: number): void {
    const values = this.merged;
    for (let k = 0; k < values.length; k++) values[k] = this.store.get(k, l);
    setLinkColumns(this.columns, l, this.columnSource.of(values));
  }

  /** Gives link `l` the role `role` where it has none (its columns too). */
  setRoleIfBlank(l: number, role: string): void {
    if (this.store.get(ROLE_SLOT, l) !== undefined) return;
    this.store.set(ROLE_SLOT, l, role);
    this.refreshColumns(l);
  }

  /** Each link's giver and receiver as positions in the people list (-1 where unknown), and the link columns. */
  finishColumns(): { readonly from: Int32Array; readonly to: Int32Array; readonly link: LinkColumns } {
    return {
      from: this.linkFrom.slice(0, this.store.count),
      to: this.linkTo.slice(0, this.store.count),
      link: resizeLinkColumns(this.store.count, this.columns),
    };
  }

  private linkKey(i: number): string {
    const other = this.linkOther.get(i);
    return `${String(this.store.get(FROM_SLOT, i))}\u0000${String(this.store.get(TO_SLOT, i))}\u0000${this.columns.typeMask[i]}${other !== undefined ? `\u0000${other}` : ""}`;
  }

  /**
   * The key of link `i` among its giver's links: a number (receiver position and types) when the
   * receiver is known and there are no other types, which compares and hashes far faster than a
   * string; undefined otherwise (such links are matched by `linkKey`).
   */
  private givenKey(i: number): number | undefined {
    const to = this.linkTo[i]!;
    return to >= 0 && !this.linkOther.has(i) ? to * 64 + this.columns.typeMask[i]! : undefined;
  }

  /** The earlier link with the same giver, receiver and types as link `i` (pushed last), if any. */
  private earlierLink(i: number, giver: LinkEnd | undefined): number | undefined {
    const key = giver ? this.givenKey(i) : undefined;
    if (giver === undefined || key === undefined) return this.linkByKey.get(this.linkKey(i));
    const l = this.given.get(giver.index, key);
    return l < 0 ? undefined : l;
  }

  private rememberLink(i: number, giver: LinkEnd | undefined): void {
    const key = giver ? this.givenKey(i) : undefined;
    if (giver === undefined || key === undefined) this.linkByKey.set(this.linkKey(i), i);
    else this.given.add(giver.index, key, i);
  }
}

/** `a`'s values in a new array of `size`. */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
