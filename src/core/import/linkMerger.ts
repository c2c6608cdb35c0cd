/**
 * Adds each link as it is read, merging a repeat (same giver, receiver and types) into the first
 * link with those. The link store decodes each link's fields into its typed columns as it is added.
 */
import { LINK_SLOTS } from "../model/canonical.ts";
import { PairIndex } from "./pairIndex.ts";
import { LINK_ID_SLOT, LinkStore } from "../model/linkStore.ts";
import { supportTypesIn, textListIn } from "../model/slotValues.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { ImportLog } from "./importLog.ts";
import { FROM_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "./linkSlots.ts";
import { termKey } from "./normalise.ts";
import type { PreparedFile } from "./preparedFile.ts";
import type { SourceRef } from "./sourceLog.ts";
import { SourceLog } from "./sourceLog.ts";

/** A link end as the merger needs it: the person's position. */
export interface LinkEnd {
  readonly index: number;
}

export class LinkMerger {
  /** Every link, in the order first read, its ends as positions in the people list (-1 where unknown). */
  readonly store = new LinkStore();
  /** Where each link was first read (parallel to `store`). */
  readonly sources = new SourceLog();
  /**
   * The links whose giver and receiver are known and which have no other types, by giver position
   * and numeric key (receiver position and types, see givenKey): how a repeat is found.
   */
  private readonly given = new PairIndex();
  /** Repeats of links whose giver or receiver is not a known person, or with other types. */
  private readonly linkByKey = new Map<string, number>();
  /** The other (custom) types of the few links that have some, as one sorted key, by link. */
  private readonly linkOther = new Map<number, string>();
  /** A merged link's values: one, reused. */
  private readonly merged: unknown[] = new Array<unknown>(LINK_SLOTS.length);

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
    // Pushed first, so the repeat check can read it like any other link; taken back off if it
    // merges (its columns are then overwritten by the next link).
    const store = this.store;
    const at = store.push(values, giver?.index ?? -1, receiver?.index ?? -1);
    if (other !== undefined) this.linkOther.set(at, other);
    const earlier = this.earlierLink(at, giver);
    if (earlier !== undefined) {
      store.pop();
      this.linkOther.delete(at);
      const had = store.valuesAt(earlier, this.merged);
      let filled = false;
      for (let k = 0; k < values.length; k++)
        if (had[k] === undefined && values[k] !== undefined && k !== LINK_ID_SLOT) {
          had[k] = values[k];
          filled = true;
        }
      if (filled) store.write(earlier, had);
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
        const code = this.store.linkRole[l]!;
        const to = this.store.to[l]!;
        const from = this.store.from[l]!;
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
    const had = supportTypesIn(this.store.valueAt(TYPES_SLOT, l)) ?? [];
    if (types.every((t) => had.includes(t))) return;
    this.store.setValue(TYPES_SLOT, l, sortTypes([...new Set([...had, ...types])]));
  }

  /** Gives link `l` the role `role` where it has none (its columns too). */
  setRoleIfBlank(l: number, role: string): void {
    if (this.store.valueAt(ROLE_SLOT, l) !== undefined) return;
    this.store.setValue(ROLE_SLOT, l, role);
  }

  private linkKey(i: number): string {
    const other = this.linkOther.get(i);
    return `${String(this.store.valueAt(FROM_SLOT, i))}\u0000${String(this.store.valueAt(TO_SLOT, i))}\u0000${this.store.typeMask[i]}${other !== undefined ? `\u0000${other}` : ""}`;
  }

  /**
   * The key of link `i` among its giver's links: a number (receiver position and types) when the
   * receiver is known and there are no other types, which compares and hashes far faster than a
   * string; undefined otherwise (such links are matched by `linkKey`).
   */
  private givenKey(i: number): number | undefined {
    const to = this.store.to[i]!;
    return to >= 0 && !this.linkOther.has(i) ? to * 64 + this.store.typeMask[i]! : undefined;
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
