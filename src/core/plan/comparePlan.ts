/**
 * A draft plan against today: the plan's links are added to a copy of the network, which is
 * analysed in full, so coverage, every flag and every supporter's load are the real consequences,
 * not an estimate.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { typeEntries } from "../model/supportTypes.ts";
import type { PersonId } from "../model/types.ts";
import type { AnalysisResult, EctResult } from "../analysis/analyse.ts";
import { hasFlag } from "../analysis/analyse.ts";
import type { Flag } from "../analysis/flags.ts";
import { flagKey } from "../analysis/flags.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { prepareAnalysis } from "../analysis/prepared.ts";
import type { LoadFigures } from "../report/loadWords.ts";
import type { ProposedLink } from "./proposals.ts";
import { proposalProblem, withProposals } from "./proposals.ts";

export interface PlanCounts {
  /** (ECT, type) pairs with no live provider, ECTs with no one at all included. */
  readonly gaps: number;
  readonly ectsWithGaps: number;
  readonly isolatedEcts: number;
  /** (ECT, type) pairs with exactly one provider. */
  readonly singleSources: number;
  readonly overCapacity: number;
  readonly keystones: number;
}

/**
 * Single sources as the ECT view counts them (docs/domain.md 5.1): an ECT with one supporter is one
 * SINGLE_SUPPORTER, its SOLE_SOURCE kinds collapsed under it; the other single sources are counted
 * by kind. PlanCounts.singleSources keeps the raw count the analyse JSON has always reported.
 */
export interface SingleCounts {
  readonly singleSupporterEcts: number;
  readonly otherSingleSources: number;
}

/**
 * The other single sources with the plan, by what they were today, so the table's "10 → 1" can be
 * read beside the plan's sentence ("a second source for 10 of today's 10"): the 1 is not one of
 * today's 10 left over but a new one. The three add up to `singles.withPlan.otherSingleSources`.
 */
export interface OtherSinglesWithPlan {
  /** One of today's other single sources, still with only one. */
  readonly still: number;
  /** A kind that had no one today (a gap, or an ECT not yet mapped), now given one person. */
  readonly hadNoOne: number;
  /**
   * A kind of an ECT whose support all came through one person today (counted once, under
   * SINGLE_SUPPORTER): with someone else added that flag clears, and the kinds left with one
   * source are counted one by one.
   */
  readonly throughOnePerson: number;
}

export interface EctChange {
  readonly id: PersonId;
  readonly name: string;
  readonly before: { readonly typesCovered: number; readonly gaps: readonly SupportType[] };
  readonly after: { readonly typesCovered: number; readonly gaps: readonly SupportType[] };
}

export interface LoadChange {
  readonly id: PersonId;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly capacity?: number | undefined;
  readonly capacityMinutesPerMonth?: number | undefined;
  /** Their load as the overview shows it (ECTs and minutes against capacity), today and with the plan. */
  readonly today: LoadFigures;
  readonly withPlan: LoadFigures;
  readonly overCapacityAfter: boolean;
}

export interface PlanComparison {
  readonly today: PlanCounts;
  readonly withPlan: PlanCounts;
  /**
   * People with a capacity recorded, the same today and with the plan (a plan adds links, never
   * capacities): with none, both over-capacity counts are a 0 that says nothing (capacityWords.ts).
   */
  readonly capacityRecorded: number;
  /** Single sources with SINGLE_SUPPORTER's collapse, today and with the plan. */
  readonly singles: { readonly today: SingleCounts; readonly withPlan: SingleCounts };
  /** `singles.withPlan.otherSingleSources`, split by what each was today. */
  readonly otherSinglesWithPlan: OtherSinglesWithPlan;
  /** ECTs whose coverage changes. */
  readonly ects: readonly EctChange[];
  /** Supporters whose number of ECTs changes. */
  readonly load: readonly LoadChange[];
  readonly flagsAdded: readonly Flag[];
  readonly flagsCleared: readonly Flag[];
  /** Names of everyone the listed flags mention, by id (the page holds only the ECTs' names). */
  readonly names: Readonly<Record<string, string>>;
  /** Proposals that could not be applied, with why. */
  readonly problems: readonly { readonly proposal: ProposedLink; readonly problem: string }[];
}

export function gapTypes(e: EctResult): SupportType[] {
  if (e.unmapped) return [];
  return typeEntries(e.providers)
    .filter(([, ps]) => ps.length === 0)
    .map(([t]) => t);
}

export function planCounts(r: AnalysisResult): PlanCounts {
  let gaps = 0;
  let ectsWithGaps = 0;
  let singleSources = 0;
  for (const e of r.ects) {
    const g = gapTypes(e).length;
    gaps += g;
    if (g > 0 && e.supporters.length > 0) ectsWithGaps++;
    if (!e.unmapped) for (const ps of Object.values(e.providers)) if (ps.length === 1) singleSources++;
  }
  return {
    gaps,
    ectsWithGaps,
    isolatedEcts: r.summary.isolatedEcts,
    singleSources,
    overCapacity: r.summary.overCapacity,
    keystones: r.supporters.filter((s) => hasFlag(s, "NETWORK_KEYSTONE")).length,
  };
}

export function singleCounts(r: AnalysisResult): SingleCounts {
  let singleSupporterEcts = 0;
  let otherSingleSources = 0;
  for (const e of r.ects) {
    if (e.unmapped) continue;
    if (hasFlag(e, "SINGLE_SUPPORTER")) singleSupporterEcts++;
    else for (const ps of Object.values(e.providers)) if (ps.length === 1) otherSingleSources++;
  }
  return { singleSupporterEcts, otherSingleSources };
}

/**
 * The other single sources after the plan (as singleCounts counts them), each put down to what it
 * was before: still single, no one at all, or folded under SINGLE_SUPPORTER.
 * @example otherSinglesWithPlan(today.result, planned.result) // { still: 0, hadNoOne: 1, throughOnePerson: 0 }
 */
export function otherSinglesWithPlan(before: AnalysisResult, after: AnalysisResult): OtherSinglesWithPlan {
  const beforeById = new Map(before.ects.map((e) => [e.id, e]));
  let still = 0;
  let hadNoOne = 0;
  let throughOnePerson = 0;
  for (const a of after.ects) {
    if (a.unmapped || hasFlag(a, "SINGLE_SUPPORTER")) continue;
    const b = beforeById.get(a.id);
    for (const [type, ps] of typeEntries(a.providers)) {
      if (ps.length !== 1) continue;
      if (!b || b.unmapped || (b.providers[type]?.length ?? 0) === 0) hadNoOne++;
      else if (hasFlag(b, "SINGLE_SUPPORTER")) throughOnePerson++;
      else still++;
    }
  }
  return { still, hadNoOne, throughOnePerson };
}

function allFlags(r: AnalysisResult): Flag[] {
  return [...r.ects.flatMap((e) => e.flags), ...r.supporters.flatMap((s) => s.flags), ...r.network.flags];
}

/** Analyses the network with the plan added. */
export function preparePlan(today: PreparedAnalysis, plan: readonly ProposedLink[]): PreparedAnalysis {
  return prepareAnalysis(withProposals(today.net, plan), today.ctx.settings, { skipStructure: true });
}

/** Only the load fields, so the comparison does not carry each supporter's flags twice. */
function loadFigures(s: LoadFigures): LoadFigures {
  return {
    ectsSupported: s.ectsSupported,
    capacity: s.capacity,
    minutesPerMonth: s.minutesPerMonth,
    capacityMinutesPerMonth: s.capacityMinutesPerMonth,
    linksWithoutMinutes: s.linksWithoutMinutes,
  };
}

export function comparePlan(today: PreparedAnalysis, plan: readonly ProposedLink[]): PlanComparison {
  const planned = preparePlan(today, plan);
  const before = today.result;
  const after = planned.result;
  const ects: EctChange[] = [];
  const afterById = new Map(after.ects.map((e) => [e.id, e]));
  for (const b of before.ects) {
    const a = afterById.get(b.id);
    if (!a) continue;
    const gb = gapTypes(b);
    const ga = gapTypes(a);
    if (a.typesCovered === b.typesCovered && ga.length === gb.length) continue;
    ects.push({
      id: b.id,
      name: b.name,
      before: { typesCovered: b.typesCovered, gaps: gb },
      after: { typesCovered: a.typesCovered, gaps: ga },
    });
  }
  const supportersBefore = new Map(before.supporters.map((s) => [s.id, s]));
  const load: LoadChange[] = [];
  for (const s of after.supporters) {
    const b = supportersBefore.get(s.id);
    const was = b?.ectsSupported ?? 0;
    if (was === s.ectsSupported) continue;
    load.push({
      id: s.id,
      name: s.name,
      before: was,
      after: s.ectsSupported,
      capacity: s.capacity,
      capacityMinutesPerMonth: s.capacityMinutesPerMonth,
      today: loadFigures(b ?? { ...s, ectsSupported: 0, minutesPerMonth: 0, linksWithoutMinutes: 0 }),
      withPlan: loadFigures(s),
      overCapacityAfter: hasFlag(s, "OVER_CAPACITY"),
    });
  }
  const flagsBefore = allFlags(before);
  const keysBefore = new Set(flagsBefore.map(flagKey));
  const flagsAfter = allFlags(after);
  const keysAfter = new Set(flagsAfter.map(flagKey));
  const flagsAdded = flagsAfter.filter((f) => !keysBefore.has(flagKey(f)));
  const flagsCleared = flagsBefore.filter((f) => !keysAfter.has(flagKey(f)));
  const names: Record<string, string> = {};
  for (const f of [...flagsAdded, ...flagsCleared])
    for (const id of [f.subject, f.person, ...(f.people ?? [])]) {
      const p = id === undefined ? undefined : today.net.people[today.net.indexOf.get(id) ?? -1];
      if (p) names[p.id] = p.name;
    }
  return {
    today: planCounts(before),
    withPlan: planCounts(after),
    capacityRecorded: before.summary.capacityRecorded,
    singles: { today: singleCounts(before), withPlan: singleCounts(after) },
    otherSinglesWithPlan: otherSinglesWithPlan(before, after),
    ects,
    load,
    flagsAdded,
    flagsCleared,
    names,
    problems: plan
      .map((proposal) => ({ proposal, problem: proposalProblem(today.net, proposal) }))
      .filter((x): x is { proposal: ProposedLink; problem: string } => x.problem !== undefined),
  };
}
