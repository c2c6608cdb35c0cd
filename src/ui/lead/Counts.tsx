/** The headline counts, with what a what-if would change them to, each as the share rule shows it. */
import type { ShareRule } from "../../core/index.ts";
import { countWords } from "../../core/index.ts";

export interface Count {
  readonly label: string;
  readonly value: number;
  readonly after?: number | undefined;
  readonly testId: string;
  /** Shown instead of the number when there is no number to give (nobody has a capacity recorded). */
  readonly words?: string | undefined;
  /** A line under the label: how to get the figure when it cannot be counted. */
  readonly hint?: string | undefined;
  /** Shows the people counted (the over-capacity tile opens the supporters over capacity). */
  readonly onShow?: (() => void) | undefined;
}

export function Counts({ counts, share, rule }: { counts: readonly Count[]; share: boolean; rule: ShareRule }) {
  return (
    <ul className="counts">
      {counts.map((c) => {
        const body = (
          <>
            <span className="count-value">{c.words ?? countWords(c.value, rule)}</span>
            {c.after !== undefined && c.after !== c.value && (
              <span className="count-after">
                {" "}
                → {countWords(c.after, rule)} <span className="visually-hidden">in this scenario</span>
              </span>
            )}
            <span className="count-label">{c.label}</span>
            {c.hint && <span className="count-hint">{c.hint}</span>}
          </>
        );
        // A count worth acting on is a way to the people in it: "3 over capacity" was a dead end.
        const show = c.onShow !== undefined && c.value > 0 && c.words === undefined && !share ? c.onShow : undefined;
        return (
          <li key={c.label} data-testid={c.testId} className={show ? "count-link" : undefined}>
            {show ? (
              <button type="button" onClick={show}>
                {body}
                <span className="count-show">Show who</span>
              </button>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ul>
  );
}
