/**
 * The one-page network summary for a mentor lead: headline counts, who has no one (or one person),
 * the keystones, who is over capacity, and what would happen if the top keystone were away. Names
 * are kept as ids here; the page decides whether to show names, codes or (in share mode) nothing.
 */
import type { PersonId } from "../model/types.ts";
import { hasFlag } from "../analysis/analyse.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { whatIf } from "../analysis/whatIf.ts";
import { planCounts } from "../plan/comparePlan.ts";
import type { PlanCounts } from "../plan/comparePlan.ts";
import { showsAGap } from "./showsAGap.ts";

export interface PersonRef {
  readonly id: PersonId;
  readonly name: string;
}

export interface NetworkSummary {
  readonly asOf: string;
  readonly ects: number;
  readonly supporters: number;
  readonly liveLinks: number;
  readonly counts: PlanCounts;
  /** People with a capacity recorded: with none, "over capacity: none" would say nothing true. */
  readonly capacityRecorded: number;
  /** ECTs whose heat-map row shows a gap (showsAGap), those with no one at all included. */
  readonly withAGap: number;
  readonly unmapped: number;
  readonly noOne: readonly PersonRef[];
  readonly oneSupporter: readonly PersonRef[];
  readonly keystones: readonly (PersonRef & { readonly impact: number; readonly ects: number })[];
  readonly overCapacity: readonly (PersonRef & {
    readonly ectsSupported: number;
    readonly capacity?: number | undefined;
    readonly minutes: number;
    readonly capacityMinutes?: number | undefined;
  })[];
  /** If the top keystone were away. */
  readonly topKeystoneAway?:
    | (PersonRef & { readonly newGaps: number; readonly newlyIsolated: number; readonly ectsAffected: number })
    | undefined;
  readonly networkFlags: readonly string[];
}

export function networkSummary(prepared: PreparedAnalysis, listLimit = 10): NetworkSummary {
  const r = prepared.result;
  const ref = (x: { id: PersonId; name: string }): PersonRef => ({ id: x.id, name: x.name });
  const byId = new Map(r.supporters.map((s) => [s.id, s]));
  const top = prepared.keystones[0];
  const away = top ? whatIf(prepared, [top.id]) : undefined;
  return {
    asOf: r.asOf,
    ects: r.summary.ects,
    supporters: r.summary.supporters,
    liveLinks: r.summary.liveLinks,
    counts: planCounts(r),
    capacityRecorded: r.summary.capacityRecorded,
    withAGap: r.ects.filter(showsAGap).length,
    unmapped: r.summary.unmappedEcts,
    noOne: r.ects.filter((e) => hasFlag(e, "ISOLATED")).map(ref),
    oneSupporter: r.ects.filter((e) => hasFlag(e, "SINGLE_SUPPORTER")).map(ref),
    keystones: prepared.keystones.slice(0, listLimit).map((k) => {
      const s = byId.get(k.id)!;
      return { ...ref(s), impact: k.impact, ects: new Set(s.soleSourceFor.map((x) => x.ect)).size };
    }),
    overCapacity: r.supporters
      .filter((s) => hasFlag(s, "OVER_CAPACITY"))
      .slice(0, listLimit)
      .map((s) => ({
        ...ref(s),
        ectsSupported: s.ectsSupported,
        capacity: s.capacity,
        minutes: s.minutesPerMonth,
        capacityMinutes: s.capacityMinutesPerMonth,
      })),
    topKeystoneAway:
      top && away
        ? {
            ...ref(byId.get(top.id)!),
            newGaps: away.newGaps.length,
            newlyIsolated: away.newlyIsolated.length,
            ectsAffected: new Set(away.newGaps.map((g) => g.ect)).size,
          }
        : undefined,
    networkFlags: r.network.flags.map((f) => f.code),
  };
}
