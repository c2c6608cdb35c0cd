/** The lead's filter changes, each said once as its result ("4 of 9 ECTs shown"). */
import type { EctRow } from "../../core/index.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { useNameOf } from "../AppContext.tsx";
import { samePick, shownWords } from "./ectCountWords.ts";
import type { LeadFilters } from "./leadFilters.ts";
import { matches } from "./leadFilters.ts";

/**
 * Wraps `onFilters` so that a change that picks other ECTs is announced with the new count. Said
 * from the change itself, never from the count's text: a live count was read out again, with its
 * explanation, on every what-if, import and re-render.
 * @param ready all the ECTs' rows are in (before that the count is of the first ones only)
 */
export function useFilterChange(
  rows: readonly EctRow[],
  filters: LeadFilters,
  onFilters: (f: LeadFilters) => void,
  ready: boolean,
): (f: LeadFilters) => void {
  const announce = useAnnounce();
  const nameOf = useNameOf();
  return (f) => {
    onFilters(f);
    if (!ready || samePick(f, filters)) return;
    announce(`${shownWords(rows.filter((r) => matches(r, f, nameOf)).length, rows.length)}.`);
  };
}
