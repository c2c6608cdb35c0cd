/**
 * Ideas for who could help with a gap or a single source, with the reasons for each. Prompts for
 * a conversation, never applied automatically (domain.md 5.5): the ECT's needs drive the network.
 */
import type { Suggestion } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";
import type { NameOf } from "../names.ts";

export function SuggestionsPanel({
  suggestions,
  nameOf,
  voice,
}: {
  suggestions: readonly Suggestion[];
  nameOf: NameOf;
  voice: "you" | "they";
}) {
  const withCandidates = suggestions.filter((s) => s.candidates.length > 0);
  if (suggestions.length === 0) return null;
  return (
    <section className="card suggestions" aria-labelledby="suggest-h" data-testid="suggestions">
      <h2 id="suggest-h">Who could help</h2>
      <p className="muted small">
        Ideas to talk through,{" "}
        {voice === "you" ? "with your mentor or mentor lead" : "with the ECT and the people concerned"}. Nothing changes
        unless you change it. Only people with room to help are suggested, and never anyone who manages or assesses{" "}
        {voice === "you" ? "you" : "this ECT"}.
      </p>
      {withCandidates.length === 0 && (
        <p>No one with recorded room to help fits yet. Someone with time you know of can still be added to the map.</p>
      )}
      <ul className="suggestion-list">
        {withCandidates.map((s) => (
          <li key={s.supportType}>
            <h3>
              {SUPPORT_TYPES[s.supportType].label}: {s.need === "gap" ? "no one yet" : "one source"}
            </h3>
            <ol>
              {s.candidates.slice(0, 3).map((c) => (
                <li key={c.id}>
                  <strong>{nameOf(c.id, c.name)}</strong>: {c.reasons.join("; ")}.
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
