/**
 * "Who could help" on an ECT's own map ("Map my own support"). The core offers anyone with room who
 * does not already give that kind (docs/domain.md 5.5), which on a map the ECT typed herself is
 * mostly the people they have just named: the rule is right for a mentor lead weighing a whole
 * school, so only the presentation changes here. Someone the ECT only helps is left out (named as
 * someone who turns to them, not someone to ask); someone who already helps with another kind says
 * so, which is what makes them easy to ask; and "capacity not recorded", true of everyone typed in,
 * is said once for the list rather than on every row.
 */
import type { Candidate, Constellation, Suggestion } from "../../core/index.ts";
import { typeList } from "../../core/index.ts";

export interface OwnMapIdea {
  readonly candidate: Candidate;
  /** What the row says after the name; empty when there is nothing more to say. */
  readonly line: string;
}

export interface OwnMapIdeas {
  /** Per need, in the core's order; needs left with no one are dropped. */
  readonly needs: readonly { readonly suggestion: Suggestion; readonly ideas: readonly OwnMapIdea[] }[];
  /** Some of the people shown have no capacity recorded: the list says so once. */
  readonly capacityUnknown: boolean;
}

/**
 * @example ownMapIdeas(suggestions, siobhansMap, 5)
 * // Amira Shah (whom the ECT helps) left out; Mr Khan's line: "already helps you with behaviour"
 */
export function ownMapIdeas(
  suggestions: readonly Suggestion[],
  map: Pick<Constellation, "supporters" | "contributions">,
  shown: number,
): OwnMapIdeas {
  const helpsYou = new Map(map.supporters.map((p) => [p.id, p.types]));
  const youHelp = new Set(map.contributions.map((p) => p.id));
  const needs = suggestions
    .map((suggestion) => {
      const ideas = suggestion.candidates
        .filter((c) => helpsYou.has(c.id) || !youHelp.has(c.id))
        .slice(0, shown)
        .map((candidate): OwnMapIdea => {
          const types = helpsYou.get(candidate.id);
          const line = types && types.length > 0 ? `already helps you with ${typeList(types)}` : candidate.fit;
          return { candidate, line };
        });
      return { suggestion, ideas };
    })
    .filter((n) => n.ideas.length > 0);
  const capacityUnknown = needs.some((n) => n.ideas.some((i) => !i.candidate.capacityRecorded));
  return { needs, capacityUnknown };
}
