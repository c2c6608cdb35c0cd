/**
 * The full reasons behind a suggestion or a proposed link, on demand: the headline beside it says
 * why in a few words, and this disclosure lists every reason for whoever wants them.
 */
export function Reasons({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <details className="reasons small">
      <summary>Why</summary>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </details>
  );
}
