import type { EctRow, ShareRule, SupportType } from "../../core/index.ts";
import { countWords, SUPPORT_TYPES } from "../../core/index.ts";
import { breakdownAllowed } from "./share.ts";

/** Share mode: aggregates only, suppressed below k, and no breakdown that would single anyone out. */
export function ShareSummary({
  rows,
  types,
  rule,
  k,
  schools,
  schoolCounts,
}: {
  rows: readonly EctRow[];
  types: readonly SupportType[];
  /** The app's share rule: every count here goes through it. */
  rule: ShareRule;
  k: number;
  schools: readonly string[];
  schoolCounts: readonly number[];
}) {
  const mapped = rows.filter((r) => !r.unmapped);
  return (
    <section aria-labelledby="share-h" className="card" data-testid="share-summary">
      <h2 id="share-h">Coverage across ECTs (share mode)</h2>
      <p className="muted small">
        No names. Counts below {k} show as "fewer than {k}".
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Support type</th>
            <th scope="col">No one</th>
            <th scope="col">One source</th>
            <th scope="col">Two or more</th>
          </tr>
        </thead>
        <tbody>
          {types.map((t) => {
            const n0 = mapped.filter((r) => (r.coverage[t] ?? 0) === 0).length;
            const n1 = mapped.filter((r) => (r.coverage[t] ?? 0) === 1).length;
            const n2 = mapped.length - n0 - n1;
            return (
              <tr key={t}>
                <th scope="row">{SUPPORT_TYPES[t].label}</th>
                <td>{countWords(n0, rule)}</td>
                <td>{countWords(n1, rule)}</td>
                <td>{countWords(n2, rule)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {breakdownAllowed(schoolCounts, true, k) ? (
        <>
          <h3>ECTs by school</h3>
          <ul>
            {schools.map((s, i) => (
              <li key={s}>
                {s}: {countWords(schoolCounts[i] ?? 0, rule)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">The breakdown by school is hidden because some schools have fewer than {k} ECTs.</p>
      )}
    </section>
  );
}
