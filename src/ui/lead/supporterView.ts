/**
 * How the supporters' table is sorted and narrowed. It lives above the table so the "over
 * capacity" count can open it on the people over capacity, fullest first.
 */
import type { SupporterRow } from "../../core/index.ts";
import { compareText, loadShare } from "../../core/index.ts";

export type SupporterSort = "impact" | "capacity" | "load" | "ects" | "name";

export interface SupporterView {
  readonly sort: SupporterSort;
  readonly overOnly: boolean;
}

export const ALL_SUPPORTERS: SupporterView = { sort: "impact", overOnly: false };
export const OVER_CAPACITY_FIRST: SupporterView = { sort: "capacity", overOnly: true };

export const SUPPORTER_SORTS: readonly (readonly [SupporterSort, string])[] = [
  ["impact", "removal impact (only source for…)"],
  ["capacity", "load against capacity (fullest first)"],
  ["ects", "ECTs supported"],
  ["load", "minutes a month"],
  ["name", "name"],
];

export function isSupporterSort(s: string): s is SupporterSort {
  return SUPPORTER_SORTS.some(([k]) => k === s);
}

export const overCapacity = (r: SupporterRow): boolean => r.flags.some((f) => f.code === "OVER_CAPACITY");

const BY: Readonly<Record<SupporterSort, (a: SupporterRow, b: SupporterRow) => number>> = {
  name: (a, b) => compareText(a.name, b.name),
  ects: (a, b) => b.ectsSupported - a.ectsSupported,
  load: (a, b) => b.minutesPerMonth - a.minutesPerMonth,
  // Those with no capacity recorded come last: there is nothing to hold their load against.
  capacity: (a, b) => (loadShare(b) ?? -1) - (loadShare(a) ?? -1) || b.minutesPerMonth - a.minutesPerMonth,
  impact: (a, b) => b.soleSourceFor.length - a.soleSourceFor.length || b.ectsSupported - a.ectsSupported,
};

/**
 * The rows the table shows, in its order. `isOver` says who is over capacity: during a what-if,
 * who is over in the scenario (overCapacityIn), so the list matches the tile's "→ n".
 */
export function supporterRows(
  rows: readonly SupporterRow[],
  view: SupporterView,
  isOver: (r: SupporterRow) => boolean = overCapacity,
): SupporterRow[] {
  return (view.overOnly ? rows.filter(isOver) : [...rows]).sort(BY[view.sort]);
}
