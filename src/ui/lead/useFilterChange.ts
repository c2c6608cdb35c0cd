/** The lead's filter changes, each said once as its result ("4 of 9 ECTs shown"). */
import { useEffect, useMemo } from "react";
import type { EctRow } from "../../core/index.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { useNameOf } from "../AppContext.tsx";
import { samePick, searchOnlyChange, shownWords } from "./ectCountWords.ts";
import type { LeadFilters } from "./leadFilters.ts";
import { matches } from "./leadFilters.ts";
import { pauseAnnouncer } from "./pauseAnnouncer.ts";

/**
 * Wraps `onFilters` so that a change that picks other ECTs is announced with the new count. Said
 * from the change itself, never from the count's text: a live count was read out again, with its
 * explanation, on every what-if, import and re-render. A select's change is said at once; typing in
 * the name search is said once the typing pauses, not per keystroke.
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
  const announcer = useMemo(() => pauseAnnouncer(announce), [announce]);
  useEffect(() => announcer.cancel, [announcer]);
  return (f) => {
    onFilters(f);
    if (!ready || samePick(f, filters)) return;
    const words = `${shownWords(rows.filter((r) => matches(r, f, nameOf)).length, rows.length)}.`;
    if (searchOnlyChange(f, filters)) announcer.afterPause(words);
    else announcer.now(words);
  };
}
