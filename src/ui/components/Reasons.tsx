/**
 * The full reasons behind a suggestion or a proposed link, on demand: the headline beside it says
 * why in a few words, and this disclosure lists every reason for whoever wants them. Paper cannot
 * open a disclosure, so print shows the list itself instead ("▶ Why" printed closed said nothing).
 */
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  const list = (
    <ul>
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
  return (
    <>
      <details className="reasons small no-print">
        <summary>Why</summary>
        {list}
      </details>
      <div className="reasons small print-only">Why: {list}</div>
    </>
  );
}
