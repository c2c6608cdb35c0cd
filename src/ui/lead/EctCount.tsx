/**
 * How many ECTs the table shows, as plain text (a change is said once by useFilterChange), with the
 * filters that are on and a way to turn them all off: a filter left on hid ECTs without a word.
 */
import { listWords } from "../../core/index.ts";
import { filtersOn, shownWords } from "./ectCountWords.ts";
import type { LeadFilters } from "./leadFilters.ts";

interface Props {
  readonly shown: number;
  readonly total: number;
  /** All the ECTs' rows are in; before that `total` is how many are on their way. */
  readonly ready: boolean;
  readonly filters: LeadFilters;
  readonly onShowAll: () => void;
}

export function EctCount({ shown, total, ready, filters, onShowAll }: Props) {
  const on = filtersOn(filters);
  return (
    <p className="muted small ect-count" data-testid="ect-count">
      {ready
        ? `${shownWords(shown, total)}.`
        : `The first ${shown.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ECTs; the rest are on their way.`}
      {on.length > 0 && (
        <>
          {" "}
          <span data-testid="filters-on">Filtered by {listWords(on)}.</span>{" "}
          <button type="button" className="show-all" onClick={onShowAll}>
            Show all
          </button>
        </>
      )}
    </p>
  );
}
