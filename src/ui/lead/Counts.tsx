/** The headline counts, with what a what-if would change them to. */
import { shownCount } from "./share.ts";

export interface Count {
  readonly label: string;
  readonly value: number;
  readonly after?: number | undefined;
  readonly testId: string;
}

export function Counts({ counts, share, k }: { counts: readonly Count[]; share: boolean; k: number }) {
  return (
    <ul className="counts">
      {counts.map((c) => (
        <li key={c.label} data-testid={c.testId}>
          <span className="count-value">{shownCount(c.value, share, k)}</span>
          {c.after !== undefined && c.after !== c.value && (
            <span className="count-after">
              {" "}
              → {shownCount(c.after, share, k)} <span className="visually-hidden">in this scenario</span>
            </span>
          )}
          <span className="count-label">{c.label}</span>
        </li>
      ))}
    </ul>
  );
}
