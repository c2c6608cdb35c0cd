/**
 * Today and with the plan, side by side: the counts, the ECTs whose coverage changes, everyone
 * whose load changes (against their capacity), and the flags that would clear or appear.
 */
import type { Flag, FlagChangeItem, PlanComparison, PlanCounts, SingleCounts } from "../../core/index.ts";
import {
  capacityWords,
  changeWords,
  countWords,
  flagChangeItems,
  loadWords,
  otherSinglesWords,
  overCapacityWithPlan,
  typeList,
} from "../../core/index.ts";
import { useShareRule } from "../AppContext.tsx";
import type { NameOf } from "../names.ts";
import { Name } from "../components/Name.tsx";

/** A measure, read from today's or the plan's figures. */
interface Row {
  readonly key: string;
  readonly label: string;
  readonly of: (counts: PlanCounts, singles: SingleCounts) => number;
}

// Single sources as the ECT view counts them: an ECT with one supporter is one line, its kinds under it.
const ROWS: readonly Row[] = [
  { key: "gaps", label: "Gaps (an ECT and a kind of support with no one)", of: (c) => c.gaps },
  { key: "ectsWithGaps", label: "ECTs with a gap", of: (c) => c.ectsWithGaps },
  { key: "isolatedEcts", label: "ECTs with no support at the moment", of: (c) => c.isolatedEcts },
  {
    key: "singleSupporterEcts",
    label: "ECTs with all their support through one person",
    of: (_, s) => s.singleSupporterEcts,
  },
  {
    key: "singleSources",
    label: "Other kinds of support with only one source",
    of: (_, s) => s.otherSingleSources,
  },
  { key: "overCapacity", label: "People over their capacity", of: (c) => c.overCapacity },
  { key: "keystones", label: "Keystones (the only source for several ECTs)", of: (c) => c.keystones },
];

interface Props {
  readonly comparison: PlanComparison | undefined;
  readonly nameOf: NameOf;
  readonly busy: boolean;
}

export function PlanCompare({ comparison: c, nameOf, busy }: Props) {
  // What may be shown (the app's one shareRule): a suppressed count's change is suppressed with it.
  const rule = useShareRule();
  const count = (n: number) => countWords(n, rule);
  const flagName = (id: string) => nameOf(id, c?.names[id] ?? id);
  // Where the plan's other single sources come from, so the table and the plan's sentence agree.
  const singlesSaid = c && otherSinglesWords(c.singles.today.otherSingleSources, c.otherSinglesWithPlan, rule);
  return (
    <section className="card" aria-labelledby="compare-h" data-testid="plan-compare" aria-busy={busy}>
      <h2 id="compare-h">Plan and today, side by side</h2>
      {!c ? (
        <p aria-live="polite">{busy ? "Working it out…" : "Add something to the plan to compare it with today."}</p>
      ) : (
        <>
          <table className="data compare">
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Today</th>
                <th scope="col">With the plan</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ key, label, of }) => {
                const before = of(c.today, c.singles.today);
                const after = of(c.withPlan, c.singles.withPlan);
                // Nobody is over a capacity nobody has: the words, never "0" and "0".
                if (key === "overCapacity" && c.capacityRecorded === 0)
                  return (
                    <tr key={key} data-measure={key}>
                      <th scope="row">{label}</th>
                      <td colSpan={2}>{overCapacityWithPlan(before, after, c.capacityRecorded, count)}</td>
                    </tr>
                  );
                const change = changeWords(before, after, rule);
                return (
                  <tr key={key} data-measure={key}>
                    <th scope="row">{label}</th>
                    <td>{count(before)}</td>
                    <td>
                      {count(after)}
                      {change && <span className="muted small"> ({change})</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {singlesSaid && (
            <p className="muted small" data-testid="other-singles-note">
              {singlesSaid}
            </p>
          )}
          {c.problems.length > 0 && (
            <p role="alert" className="error">
              {c.problems.length} proposal{c.problems.length === 1 ? "" : "s"} could not be measured:{" "}
              {c.problems.map((p) => p.problem).join("; ")}.
            </p>
          )}
          {!rule.breakdowns ? (
            <p className="muted small">Share mode shows totals only.</p>
          ) : (
            <>
              <h3>ECTs whose coverage changes</h3>
              {c.ects.length === 0 ? (
                <p>None yet.</p>
              ) : (
                <table className="data" data-testid="plan-ects">
                  <thead>
                    <tr>
                      <th scope="col">ECT</th>
                      <th scope="col">Today</th>
                      <th scope="col">With the plan</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.ects.map((e) => (
                      <tr key={e.id}>
                        <th scope="row">
                          <Name text={nameOf(e.id, e.name)} fit="wrap" />
                        </th>
                        <td>
                          {e.before.typesCovered} kinds covered
                          {e.before.gaps.length > 0 && `; no one for ${typeList(e.before.gaps)}`}
                        </td>
                        <td>
                          {e.after.typesCovered} kinds covered
                          {e.after.gaps.length > 0 ? `; no one for ${typeList(e.after.gaps)}` : "; no gaps"}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>Supporters' load</h3>
              {c.load.length === 0 ? (
                <p>No one's load changes.</p>
              ) : (
                <table className="data" data-testid="plan-load">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Today</th>
                      <th scope="col">With the plan</th>
                      <th scope="col">Capacity</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.load.map((l) => (
                      <tr key={l.id}>
                        <th scope="row">
                          <Name text={nameOf(l.id, l.name)} fit="wrap" />
                        </th>
                        <td>{loadWords(l.today)}</td>
                        {/* loadWords says ": over" itself, as in the overview, so over capacity is never told by colour alone. */}
                        <td className={l.overCapacityAfter ? "warn-text" : undefined}>{loadWords(l.withPlan)}</td>
                        <td>{capacityWords(l.withPlan)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <FlagChanges title="Flags that would clear" flags={c.flagsCleared} nameOf={flagName} />
              <FlagChanges title="Flags that would appear" flags={c.flagsAdded} nameOf={flagName} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function FlagChanges({
  title,
  flags,
  nameOf,
}: {
  title: string;
  flags: readonly Flag[];
  nameOf: (id: string) => string;
}) {
  // Grouped as on the ECT's page: SOLE_SOURCE lines share one item or fold under SINGLE_SUPPORTER.
  const items = flagChangeItems(flags, nameOf);
  if (items.length === 0) return null;
  const shown = items.slice(0, 12);
  const rest = items.slice(shown.length);
  const line = ({ subject, item }: FlagChangeItem) => (
    <li key={`${subject ?? ""}-${item.key}`}>
      <strong>{item.title}</strong>
      {subject ? ` (${nameOf(subject)})` : ""}: {item.body}
    </li>
  );
  return (
    <>
      <h3>
        {title} ({items.length})
      </h3>
      <ul className="small">
        {shown.map(line)}
        {/* The rest a click away on screen; paper cannot click, so print lists them all. */}
        {rest.length > 0 && (
          <li className="no-print">
            <details>
              <summary>and {rest.length} more</summary>
              <ul>{rest.map(line)}</ul>
            </details>
          </li>
        )}
      </ul>
      {rest.length > 0 && <ul className="small print-only">{rest.map(line)}</ul>}
    </>
  );
}
