/**
 * The whole analysis: per-ECT coverage and flags, per-supporter load and flags, network flags,
 * keystone ranking and structure.
 *
 * 1. Derived link attributes (live, powerful) in typed arrays (context.ts).
 * 2. Supporter load (needed by SUPPORTER_OVERSTRETCHED).
 * 3. Per ECT: view, rules, providers (passes.ts, into tables).
 * 4. Per supporter: rules (NETWORK_KEYSTONE reads the sole sources of step 3).
 * 5. Network tallies and rules; structure.
 *
 * `analyseTables` is the analysis, every flag included, held in typed arrays; `analyse` also makes
 * the plain JSON-serialisable result objects from them (results.ts).
 */
import type { SupportNetwork } from "../model/network.ts";
import { namedSupporters } from "./namedSupporters.ts";
import type { Person, PersonId } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";
import { buildContext, inLineChain } from "./context.ts";
import type { EctAggregates, EctRef } from "./ectAggregates.ts";
import type { Flag } from "./flags.ts";
import type { EctSummary } from "./ectSummary.ts";
import type { NetworkTallies, UntappedCandidate } from "./networkRules.ts";
import { NETWORK_RULES } from "./networkRules.ts";
import type { EctTables, SoleIndex, SupporterTables } from "./passes.ts";
import { ectPass, evaluateSupporter, soleIndex, supporterPass, supporterScratch } from "./passes.ts";
import { FlagTable } from "./flagTable.ts";
import type { EctResult, SupporterFigures, SupporterResult } from "./results.ts";
import {
  ectResultAt,
  gapsAt,
  hasSupporterFlag,
  isolatedAt,
  ruleSettings,
  summaryAt,
  supporterCount,
  supporterResultAt,
  supporterResultFrom,
} from "./results.ts";
import type { Settings } from "./settings.ts";
import type { StructureReport } from "./structureReport.ts";
import { structureReport } from "./structureReport.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { computeSupporterBasics, hasCapacityRecorded } from "./supporterBasics.ts";
import { SUPPORTER_RULES } from "./supporterRules.ts";
import { rankForEct, rankUntapped } from "./untappedRanking.ts";
import type { TallyState } from "./tally.ts";
import { talliesOf, tallyState } from "./tally.ts";

export type { EctResult, SoleSource, SupporterResult } from "./results.ts";
export { ruleSettings } from "./results.ts";

export interface AnalysisSummary {
  readonly people: number;
  readonly ects: number;
  readonly supporters: number;
  /** The ECTs among `supporters` (an ECT who supports another): counted once as ECTs in `peopleWords`. */
  readonly ectsSupporting: number;
  /** People named only by role ("my mentor") or as family or friends (Person.unnamed): never supporters. */
  readonly namedByRole: number;
  readonly familyOrFriends: number;
  readonly links: number;
  readonly liveLinks: number;
  readonly isolatedEcts: number;
  readonly ectsWithGaps: number;
  /** ECTs with at least one strength (strengthRules.ts). */
  readonly ectsWithStrengths: number;
  readonly unmappedEcts: number;
  readonly overCapacity: number;
  /**
   * People (not groups) with a capacity recorded, in ECTs or minutes: the only ones OVER_CAPACITY
   * can be raised for, so "0 over capacity" means something only when this is above 0.
   */
  readonly capacityRecorded: number;
}

export interface AnalysisResult {
  readonly asOf: string;
  readonly settings: Settings;
  readonly summary: AnalysisSummary;
  readonly ects: readonly EctResult[];
  readonly supporters: readonly SupporterResult[];
  readonly network: {
    readonly flags: readonly Flag[];
    /**
     * Everyone who is the only source of something, by removal impact ((ECT, type) pairs that would
     * become gaps), most first. Not "keystones": a keystone (NETWORK_KEYSTONE, docs/flags.md) is the
     * only source for two or more ECTs; someone here may be everything to one ECT.
     */
    readonly removalImpact: readonly { readonly id: PersonId; readonly impact: number }[];
    /** The UNTAPPED people in docs/domain.md 5.5's order (see rankUntapped). */
    readonly untapped: readonly PersonId[];
    readonly structure: StructureReport;
  };
}

export interface AnalyseOptions {
  /** People taken out (what-if): their links do not count and they get no flags. */
  readonly excluded?: Uint8Array;
  /** Skip the structural report (what-if does not need it). */
  readonly skipStructure?: boolean;
  /** Hears how far the analysis has got (ECTs, then everyone), every few thousand people. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface Keystone {
  readonly id: PersonId;
  readonly index: number;
  readonly impact: number;
}

/** The analysis in typed arrays: every flag, count and list, before any result object is made. */
export interface AnalysisTables {
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  /** The figures supporter results show (`basics`, which a what-if never writes). */
  readonly figures: SupporterFigures;
  readonly ects: EctTables;
  readonly sole: SoleIndex;
  readonly supporters: SupporterTables;
  readonly summary: AnalysisSummary;
  readonly aggregates: EctAggregates;
  /** NETWORK_KEYSTONE people by impact (what FRAGILE lists), and every sole source by impact. */
  readonly keystones: readonly Keystone[];
  readonly ranking: readonly { readonly id: PersonId; readonly impact: number }[];
  /** UNTAPPED people in people-list order, by school, and the UNTAPPED_CAPACITY entries by ECT. */
  readonly untapped: readonly { readonly index: number }[];
  /** The same people in docs/domain.md 5.5's order, as the UNTAPPED list shows them. */
  readonly untappedRanked: readonly PersonId[];
  readonly untappedBySchool: ReadonlyMap<string, readonly number[]>;
  readonly untappedByEct: ReadonlyMap<number, readonly UntappedCandidate[]>;
  readonly tallyState: TallyState;
  readonly networkFlags: readonly Flag[];
  readonly structure: StructureReport;
}

const NETWORK_KEYSTONE = SUPPORTER_RULES.findIndex((r) => r.code === "NETWORK_KEYSTONE");
const UNTAPPED = SUPPORTER_RULES.findIndex((r) => r.code === "UNTAPPED");

export function analyse(net: SupportNetwork, settings: Settings, options: AnalyseOptions = {}): AnalysisResult {
  return resultOf(analyseTables(net, settings, options));
}

export function analyseTables(net: SupportNetwork, settings: Settings, options: AnalyseOptions = {}): AnalysisTables {
  const ctx = buildContext(net, settings, options.excluded);
  return analyseWith(ctx, computeSupporterBasics(ctx), options);
}

export function analyseWith(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  options: AnalyseOptions = {},
): AnalysisTables {
  const { net, settings } = ctx;
  const n = net.people.length;
  // The network-wide steps after the per-person passes (counts, structure) weigh about a quarter
  // of them, and report too, so a large network's progress bar never sits still for long.
  const tail = Math.ceil(n / 4);
  const total = net.ects.length + n + tail;
  const progress = options.onProgress;
  const ectStep = progress && ((i: number) => (i + 1) % 2048 === 0 && progress(i + 1, total));
  const ects = ectPass(ctx, basics, net.ects, ectStep);
  const sole = soleIndex(ects, n);
  const peopleStep = progress && ((p: number) => p % 8192 === 0 && progress(net.ects.length + p, total));
  const supporters = supporterPass(ctx, basics, sole, peopleStep);

  const keystones: Keystone[] = [];
  const ranking: { id: PersonId; impact: number }[] = [];
  const untapped: { index: number }[] = [];
  let overCapacity = 0;
  let capacityRecorded = 0;
  for (let p = 0; p < n; p++) {
    overCapacity += basics.overCapacity[p]!;
    if (hasCapacityRecorded(net.people[p]!) && !ctx.excluded[p]) capacityRecorded++;
    if (!supporters.listed[p]) continue;
    const impact = sole.start[p + 1]! - sole.start[p]!;
    if (impact > 0) ranking.push({ id: net.people[p]!.id, impact });
    if (hasSupporterFlag(supporters, p, NETWORK_KEYSTONE)) keystones.push({ id: net.people[p]!.id, index: p, impact });
    if (hasSupporterFlag(supporters, p, UNTAPPED)) untapped.push({ index: p });
  }
  keystones.sort(byImpact);
  ranking.sort((a, b) => b.impact - a.impact || (a.id < b.id ? -1 : 1));
  progress?.(net.ects.length + n, total);

  const untappedSchools = untappedBySchool(ctx, untapped);
  const untappedByEct = new Map<number, UntappedCandidate[]>();
  let ectsWithGaps = 0;
  for (let k = 0; k < ects.count; k++) {
    const gaps = gapsAt(ects, k);
    if (gaps.length === 0) continue;
    ectsWithGaps++;
    const school = net.people[ects.ect[k]!]!.school;
    if (school === undefined || !untappedSchools.has(school)) continue;
    const entries = untappedForEct(ctx, summaryAt(net, ects, k), untappedSchools);
    if (entries.length > 0) untappedByEct.set(ects.ect[k]!, entries);
  }
  const counts = tallyState(ctx);
  const aggregates = aggregatesOf(net, ects);
  const networkFlags = networkFlagsOf(
    settings,
    aggregates,
    talliesOf(counts),
    keystones,
    // In ECT order: the map was filled in it.
    [...untappedByEct.values()].flat(),
  );
  let liveLinks = 0;
  for (let l = 0; l < net.linkCount; l++) liveLinks += ctx.live[l]!;
  const named = namedSupporters(net, { liveAsOf: ctx.live });
  progress?.(net.ects.length + n + (tail >> 1), total);
  const structure = options.skipStructure ? EMPTY_STRUCTURE : structureReport(ctx);
  return {
    ctx,
    basics,
    figures: basics,
    ects,
    sole,
    supporters,
    summary: {
      people: n,
      ects: ects.count,
      // Givers of a link live as of the analysis's date: those counting an ECT they support now.
      supporters: named.supporters,
      ...unnamedCounts(net.people),
      ectsSupporting: named.ectsSupporting,
      links: net.linkCount,
      liveLinks,
      isolatedEcts: aggregates.isolated.length,
      ectsWithGaps,
      ectsWithStrengths: ects.strong.reduce((a, b) => a + b, 0),
      unmappedEcts: aggregates.unmapped,
      overCapacity,
      capacityRecorded,
    },
    aggregates,
    keystones,
    ranking,
    untapped,
    untappedRanked: rankUntapped(ctx, untapped),
    untappedBySchool: untappedSchools,
    untappedByEct,
    tallyState: counts,
    networkFlags,
    structure,
  };
}

/** A result's parts that are not per person, read from the tables. */
export function headOf(t: AnalysisTables): Omit<AnalysisResult, "ects" | "supporters"> {
  return {
    asOf: t.ctx.settings.as_of_date,
    settings: t.ctx.settings,
    summary: t.summary,
    network: { flags: t.networkFlags, removalImpact: t.ranking, untapped: t.untappedRanked, structure: t.structure },
  };
}

/**
 * Every ECT's and supporter's result object, made from the tables: by default afresh, or by the
 * given makers (a prepared analysis passes its memoised ones, so each object is made once).
 */
export function resultOf(
  t: AnalysisTables,
  ectAt: (k: number) => EctResult = (k) => ectResultAt(t.ctx, t.ects, k),
  supporterAt: (p: number) => SupporterResult = (p) => supporterResultAt(t.ctx, t.figures, t.supporters, t.sole, p),
): AnalysisResult {
  const ects: EctResult[] = new Array<EctResult>(t.ects.count);
  for (let k = 0; k < t.ects.count; k++) ects[k] = ectAt(k);
  const supporters: SupporterResult[] = [];
  for (let p = 0; p < t.ctx.net.people.length; p++) if (t.supporters.listed[p]) supporters.push(supporterAt(p));
  const { asOf, settings, summary, network } = headOf(t);
  return { asOf, settings, summary, ects, supporters, network };
}

/**
 * One person's supporter result given the (ECT, type index) pairs they alone provide, in ECT then
 * type order, or undefined when they have none (what-if re-evaluates a few people this way).
 */
export function supporterResultFor(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  p: number,
  sole: readonly { readonly ect: number; readonly type: number }[],
): SupporterResult | undefined {
  const flags = new FlagTable();
  const pairs = { ect: Int32Array.from(sole, (s) => s.ect), type: Int8Array.from(sole, (s) => s.type) };
  if (!evaluateSupporter(supporterScratch(ctx, basics), p, pairs.ect, 0, sole.length, flags)) return undefined;
  return supporterResultFrom(ctx, basics, p, flags, 0, flags.length, pairs, 0, sole.length);
}

/** The network rules' view of the ECTs, counted straight from the tables. */
function aggregatesOf(net: SupportNetwork, t: EctTables): EctAggregates {
  const typesCovered = [0, 0, 0, 0, 0, 0];
  const isolated: EctRef[] = [];
  const single: EctRef[] = [];
  let unmapped = 0;
  let withPowerfulMentor = 0;
  for (let k = 0; k < t.count; k++) {
    const supporters = supporterCount(t, k);
    const e = t.ect[k]!;
    if (t.unmapped[k]) unmapped++;
    else {
      typesCovered[t.typesCovered[k]!]!++;
      withPowerfulMentor += t.powerfulMentor[k]!;
      if (isolatedAt(t, k)) isolated.push({ index: e, id: net.people[e]!.id });
    }
    if (supporters === 1) single.push({ index: e, id: net.people[e]!.id });
  }
  return { ects: t.count, unmapped, typesCovered, withPowerfulMentor, isolated, single };
}

const byImpact = (a: Keystone, b: Keystone) => b.impact - a.impact || a.index - b.index;

const EMPTY_STRUCTURE: StructureReport = {
  components: 0,
  componentSizes: [],
  ectsOutsideLargest: [],
  articulationPoints: [],
  bridges: [],
};

export function hasFlag(s: { readonly flags: readonly Flag[] }, code: string): boolean {
  for (const f of s.flags) if (f.code === code) return true;
  return false;
}

/** NETWORK_KEYSTONE supporters by removal impact, ties in people-list order (what FRAGILE lists). */
export function keystonesOf(supporters: readonly SupporterResult[]): Keystone[] {
  return supporters
    .filter((s) => hasFlag(s, "NETWORK_KEYSTONE"))
    .map((s) => ({ id: s.id, index: s.index, impact: s.soleSourceFor.length }))
    .sort(byImpact);
}

/** UNTAPPED people, in people-list order. */
export function untappedOf(supporters: readonly SupporterResult[]): SupporterResult[] {
  return supporters.filter((s) => hasFlag(s, "UNTAPPED")).sort((a, b) => a.index - b.index);
}

/** People named only by role or as family (never an ECT): the rest of "37 people" beside ECTs and supporters. */
export function unnamedCounts(people: readonly Person[]): {
  namedByRole: number;
  familyOrFriends: number;
} {
  let namedByRole = 0;
  let familyOrFriends = 0;
  for (const p of people) {
    if (p.is_ect) continue;
    if (p.unnamed === "role") namedByRole++;
    else if (p.unnamed === "family") familyOrFriends++;
  }
  return { namedByRole, familyOrFriends };
}

/** UNTAPPED people by school, in people-list order. */
export function untappedBySchool(
  ctx: AnalysisContext,
  untapped: readonly { readonly index: number }[],
): Map<string, number[]> {
  const bySchool = new Map<string, number[]>();
  for (const u of untapped) {
    const school = ctx.net.people[u.index]!.school;
    if (school === undefined) continue;
    const list = bySchool.get(school);
    if (list) list.push(u.index);
    else bySchool.set(school, [u.index]);
  }
  return bySchool;
}

/** For one ECT with a GAP: the UNTAPPED people of their school not in their line, in 5.5's order for that ECT. */
export function untappedForEct(
  ctx: AnalysisContext,
  e: EctSummary,
  bySchool: ReadonlyMap<string, readonly number[]>,
): UntappedCandidate[] {
  if (e.gaps.length === 0 || e.school === undefined) return [];
  const inSchool = bySchool.get(e.school);
  if (!inSchool) return [];
  const people = ctx.net.people;
  const candidates = rankForEct(
    ctx,
    e.index,
    inSchool.filter((p) => !inLineChain(ctx.net, p, e.index)),
  ).map((p) => people[p]!.id);
  if (candidates.length === 0) return [];
  return e.gaps.map((t) => ({ ect: e.id, supportType: t, candidates }));
}

export function networkFlagsOf(
  settings: Settings,
  ects: EctAggregates,
  tallies: NetworkTallies,
  keystones: readonly { id: PersonId; impact: number }[],
  untapped: readonly UntappedCandidate[],
): Flag[] {
  const input = { settings, ects, tallies, keystones, untappedForGaps: untapped };
  return NETWORK_RULES.flatMap((rule) =>
    rule.evaluate(input).map((d): Flag => ({
      code: rule.code,
      severity: d.severity ?? rule.severity,
      scope: "network",
      subject: undefined,
      supportType: d.supportType,
      person: d.person,
      link: d.link,
      people: d.people,
      values: d.values,
      settings: ruleSettings(settings, rule.code, rule.params),
    })),
  );
}
