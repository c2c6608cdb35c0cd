/** How many ECTs the table shows, as plain text: the change is announced by useFilterChange, once. */
import { shownWords } from "./ectCountWords.ts";

interface Props {
  readonly shown: number;
  readonly total: number;
  /** All the ECTs' rows are in; before that `total` is how many are on their way. */
  readonly ready: boolean;
}

export function EctCount({ shown, total, ready }: Props) {
  return (
    <p className="muted small ect-count" data-testid="ect-count">
      {ready
        ? `${shownWords(shown, total)}.`
        : `The first ${shown.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ECTs; the rest are on their way.`}
    </p>
  );
}
