/**
 * Match suggestions for an ECT's gaps and single sources (docs/domain.md 5.5), by the rules in
 * `candidates.ts`. Each candidate comes with its reasons in words. Suggestions are prompts for a
 * human: nothing is ever applied automatically.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { typeEntries } from "../model/supportTypes.ts";
import type { PersonId } from "../model/types.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { hasFlag } from "../analysis/analyse.ts";
import { ectSide, rankCandidates } from "./candidates.ts";

export interface Candidate {
  readonly id: PersonId;
  readonly name: string;
  /** Why, in at most 12 words; `reasons` say it in full. */
  readonly headline: string;
  /** The headline without "capacity not recorded", for a list that says it once. */
  readonly fit: string;
  readonly capacityRecorded: boolean;
  readonly reasons: readonly string[];
}

export interface Suggestion {
  readonly ect: PersonId;
  readonly supportType: SupportType;
  /**
   * Why this ECT needs it: no one yet, one source, or (NO_SAFE_SPACE) everyone who supports them
   * manages or assesses them, so someone outside that line is suggested for wellbeing even when
   * every kind is covered twice.
   */
  readonly need: "gap" | "single" | "safe_space";
  readonly candidates: readonly Candidate[];
}

export function suggestFor(prepared: PreparedAnalysis, ectId: string, limit = 5): Suggestion[] {
  const { net } = prepared;
  const e = net.indexOf.get(ectId);
  const result = e === undefined ? undefined : prepared.ectAt(e);
  if (e === undefined || !result || result.unmapped) return [];
  const side = ectSide(prepared, e);
  const out: Suggestion[] = [];
  const suggestion = (type: SupportType, need: Suggestion["need"]): Suggestion => ({
    ect: result.id,
    supportType: type,
    need,
    candidates: rankCandidates(prepared, side, type, limit).map((s) => ({
      id: net.people[s.p]!.id,
      name: net.people[s.p]!.name,
      headline: s.headline,
      fit: s.fit,
      capacityRecorded: s.capacityRecorded,
      reasons: s.reasons,
    })),
  });
  for (const [type, providers] of typeEntries(result.providers)) {
    // Gaps (also every type of an ECT with no one yet) and single sources.
    if (providers.length > 1) continue;
    out.push(suggestion(type, providers.length === 0 ? "gap" : "single"));
  }
  // No safe space (docs/domain.md 5.5): candidates never hold power over the ECT, so a wellbeing
  // suggestion is someone outside the assessment and management line. Only needed when wellbeing
  // is not already suggested above as a gap or a single source.
  if (hasFlag(result, "NO_SAFE_SPACE") && !out.some((s) => s.supportType === "psychosocial"))
    out.push(suggestion("psychosocial", "safe_space"));
  return out;
}
