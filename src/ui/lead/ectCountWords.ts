/**
 * The words beside the lead's ECT table: how many ECTs the filters leave, which filters are on,
 * and what "Show all" clears. Said once when a filter changes; the table's explanation is read
 * where it stands, not with every change.
 */
import { SUPPORT_TYPES } from "../../core/index.ts";
import type { LeadFilters } from "./leadFilters.ts";

/** "4 of 9 ECTs shown": what a filter change is announced as. */
export function shownWords(shown: number, total: number): string {
  return `${shown.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ECT${total === 1 ? "" : "s"} shown`;
}

/** Each filter that picks ECTs, by the name its field has on the page. The sort picks none. */
const FILTER_NAMES: readonly (readonly [keyof LeadFilters, string])[] = [
  ["school", "school"],
  ["type", "support type"],
  ["flag", "flag"],
  ["year", "ECT year"],
  ["department", "department"],
  ["search", "name"],
];

/** The filters on, by name, in the order the page shows their fields: ["support type", "name"]. */
export function filtersOn(f: LeadFilters): string[] {
  return FILTER_NAMES.filter(([key]) => f[key] !== undefined && f[key] !== "").map(([key, name]) =>
    // The support type's box shows the type alone (its longer words were cut off): what it picks is said here.
    key === "type" && f.type !== undefined ? `${name} (${ONE_OR_NONE} ${SUPPORT_TYPES[f.type].short})` : name,
  );
}

/** What the support type filter picks: ECTs with one source or none for that type. */
export const ONE_OR_NONE = "one source or none for";

/** "Show all": every filter off; the sort is how the ECTs are read, not which, so it stays. */
export function withoutFilters(f: LeadFilters): LeadFilters {
  return { sort: f.sort, search: "" };
}

/** Whether two sets of filters pick the same ECTs (a change of sort alone picks the same). */
export function samePick(a: LeadFilters, b: LeadFilters): boolean {
  return FILTER_NAMES.every(([key]) => (a[key] ?? "") === (b[key] ?? ""));
}

/** Whether the name search is all that changed between two sets of filters (typing, said once it pauses). */
export function searchOnlyChange(a: LeadFilters, b: LeadFilters): boolean {
  return a.search !== b.search && samePick({ ...a, search: "" }, { ...b, search: "" });
}
