/**
 * Ideas for who could help with a gap or a single source, with the reasons for each. Prompts for
 * a conversation, never applied automatically (docs/domain.md 5.5): the ECT's needs drive the network.
 */
import type { Constellation, ProposedLink, Suggestion } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";
import type { NameOf } from "../names.ts";
import { Reasons } from "../components/Reasons.tsx";
import { Name } from "../components/Name.tsx";
import { ownMapIdeas } from "./ownMapIdeas.ts";

const NEED_WORDS: Readonly<Record<Suggestion["need"], string>> = {
  gap: "no one yet",
  single: "one source",
  safe_space: "someone outside the assessment and management line",
};

function needReason(s: Suggestion): string {
  const short = SUPPORT_TYPES[s.supportType].short;
  if (s.need === "gap") return `covers ${short}, where this ECT has no one yet`;
  if (s.need === "single") return `adds a second source of ${short}`;
  return `someone to talk to about ${short} who neither manages nor assesses this ECT`;
}

/**
 * Candidates shown per need: all the core gives (5). With three, an ECT's list stopped short of
 * colleagues the untapped-capacity flag had just named as "the suggested matches".
 */
const SHOWN = 5;

export function SuggestionsPanel({
  suggestions,
  nameOf,
  voice,
  plan,
  onAddToPlan,
  ownMap,
}: {
  suggestions: readonly Suggestion[];
  nameOf: NameOf;
  voice: "you" | "they";
  /** The draft plan, so a suggestion already in it says so. */
  plan: readonly ProposedLink[];
  /** Absent on an ECT's own map ("Map my own support"): "Add to draft plan" is a mentor lead's word. */
  onAddToPlan: ((p: ProposedLink) => void) | undefined;
  /** The ECT's own map, when it is theirs ("Map my own support"): the ideas are told in their terms. */
  ownMap?: Pick<Constellation, "supporters" | "contributions"> | undefined;
}) {
  if (ownMap) return <OwnMapSuggestions suggestions={suggestions} nameOf={nameOf} ownMap={ownMap} />;
  const withCandidates = suggestions.filter((s) => s.candidates.length > 0);
  if (suggestions.length === 0) return null;
  return (
    <section className="card suggestions" aria-labelledby="suggest-h" data-testid="suggestions">
      <h2 id="suggest-h">Who could help</h2>
      <p className="muted small">
        Ideas to talk through,{" "}
        {voice === "you" ? "with your mentor or mentor lead" : "with the ECT and the people concerned"}. Nothing changes
        unless you change it. Only people with room to help (or whose capacity is not recorded) are suggested, those
        with time recorded first, and never anyone who manages or has ever assessed{" "}
        {voice === "you" ? "you" : "this ECT"}.
      </p>
      {withCandidates.length === 0 && (
        <p>No one with recorded room to help fits yet. Someone with time you know of can still be added to the map.</p>
      )}
      <ul className="suggestion-list">
        {withCandidates.map((s) => (
          <li key={s.supportType}>
            <h3>
              {SUPPORT_TYPES[s.supportType].label}: {NEED_WORDS[s.need]}
            </h3>
            <ol>
              {s.candidates.slice(0, SHOWN).map((c) => {
                const planned = plan.some(
                  (p) => p.from === c.id && p.to === s.ect && p.supportTypes.includes(s.supportType),
                );
                return (
                  <li key={c.id}>
                    <strong>
                      <Name text={nameOf(c.id, c.name)} />
                    </strong>
                    : {c.headline}.{" "}
                    {/* The draft plan is the mentor lead's: an ECT mapping their own support gets the ideas, not planning words. */}
                    {!onAddToPlan ? null : planned ? (
                      <span className="muted small">In the draft plan.</span>
                    ) : (
                      <button
                        type="button"
                        className="small-button"
                        aria-label={`Add to draft plan: ${nameOf(c.id, c.name)} for ${SUPPORT_TYPES[s.supportType].label.toLowerCase()}`}
                        onClick={() =>
                          onAddToPlan({
                            from: c.id,
                            to: s.ect,
                            supportTypes: [s.supportType],
                            headline: c.headline,
                            reasons: [needReason(s), ...c.reasons],
                            source: "suggestion",
                          })
                        }
                      >
                        Add to draft plan
                      </button>
                    )}
                    <Reasons reasons={c.reasons} />
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Who could help" on the ECT's own map: see ownMapIdeas for what changes and why. */
function OwnMapSuggestions({
  suggestions,
  nameOf,
  ownMap,
}: {
  suggestions: readonly Suggestion[];
  nameOf: NameOf;
  ownMap: Pick<Constellation, "supporters" | "contributions">;
}) {
  if (suggestions.length === 0) return null;
  const { needs, capacityUnknown } = ownMapIdeas(suggestions, ownMap, SHOWN);
  return (
    <section className="card suggestions" aria-labelledby="suggest-h" data-testid="suggestions">
      <h2 id="suggest-h">Who could help</h2>
      <p className="muted small">
        Ideas to talk through, with your mentor or mentor lead. Nothing changes unless you change it. No one is
        suggested for something they already help you with, and never anyone who manages or has ever assessed you.
        {capacityUnknown && " How much time people have is not recorded here, so ask them first."}
      </p>
      {needs.length === 0 && <p>No one on your map fits yet. Someone you know who has time can still be added.</p>}
      <ul className="suggestion-list">
        {needs.map(({ suggestion: s, ideas }) => (
          <li key={s.supportType}>
            <h3>
              {SUPPORT_TYPES[s.supportType].label}: {NEED_WORDS[s.need]}
            </h3>
            <ol>
              {ideas.map(({ candidate: c, line }) => (
                <li key={c.id}>
                  <strong>
                    <Name text={nameOf(c.id, c.name)} />
                  </strong>
                  {line ? `: ${line}.` : null} <Reasons reasons={c.reasons} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
