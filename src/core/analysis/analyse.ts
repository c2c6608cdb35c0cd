/**
 * The whole analysis: per-ECT coverage and flags, per-supporter load and flags, network flags,
 * keystone ranking and structure, as one plain JSON-serialisable result.
 *
 * 1. Derived link attributes (live, powerful) in typed arrays.
 * 2. Supporter load (needed by SUPPORTER_OVERSTRETCHED).
 * 3. Per ECT: view, rules, sole sources.
 * 4. Per supporter: rules (NETWORK_KEYSTONE reads the sole sources of step 3).
 * 5. Network tallies and rules; structure.
 */
import type { SupportNetwork } from "../model/network.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { buildContext, inLineChain } from "./context.ts";
import type { EctRule } from "./ectRules.ts";
import { ECT_RULES_ORDERED } from "./ectRules.ts";
import type { EctView } from "./ectView.ts";
import { buildEctView, countedTypesOf } from "./ectView.ts";
import type { EctAggregates } from "./ectAggregates.ts";
import { ectAggregates } from "./ectAggregates.ts";
import type { Flag } from "./flags.ts";
import type { EctSummary, NetworkTallies, UntappedCandidate } from "./networkRules.ts";
import { NETWORK_RULES } from "./networkRules.ts";
import type { Settings } from "./settings.ts";
import type { StructureReport } from "./structureReport.ts";
import { structureReport } from "./structureReport.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { computeSupporterBasics } from "./supporterBasics.ts";
import type { SupporterRule } from "./supporterRules.ts";
import { buildSupporterView, SUPPORTER_RULES } from "./supporterRules.ts";
import type { TallyState } from "./tally.ts";
import { talliesOf, tallyState } from "./tally.ts";

export interface EctResult {
  readonly id: PersonId;
  readonly name: string;
  readonly index: number;
  readonly supporters: readonly PersonId[];
  /** Live providers per counted type (domain.md's `redundancy`). */
  readonly coverage: Readonly<Partial<Record<SupportType, number>>>;
  readonly providers: Readonly<Partial<Record<SupportType, readonly PersonId[]>>>;
  /** Counted types with at least one provider (0 to 4, or 5 with career). */
  readonly typesCovered: number;
  readonly unmapped: boolean;
  readonly flags: readonly Flag[];
}

export interface SoleSource {
  readonly ect: PersonId;
  readonly supportType: SupportType;
}

export interface SupporterResult {
  readonly id: PersonId;
  readonly name: string;
  readonly index: number;
  readonly ectsSupported: number;
  readonly capacity?: number | undefined;
  readonly capacityMinutesPerMonth?: number | undefined;
  readonly minutesPerMonth: number;
  readonly linksWithoutMinutes: number;
  readonly soleSourceFor: readonly SoleSource[];
  readonly flags: readonly Flag[];
}

export interface AnalysisResult {
  readonly asOf: string;
  readonly settings: Settings;
  readonly summary: {
    readonly people: number;
    readonly ects: number;
    readonly supporters: number;
    readonly links: number;
    readonly liveLinks: number;
    readonly isolatedEcts: number;
    readonly ectsWithGaps: number;
    readonly unmappedEcts: number;
    readonly overCapacity: number;
  };
  readonly ects: readonly EctResult[];
  readonly supporters: readonly SupporterResult[];
  readonly network: {
    readonly flags: readonly Flag[];
    readonly keystones: readonly { readonly id: PersonId; readonly impact: number }[];
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

/**
 * Every flag has the same shape (absent fields are undefined, which JSON drops), so the engine's
 * hot loops stay monomorphic; object spread here cost a third of the analysis time.
 */
function makeFlag(
  d: FlagDraft,
  code: string,
  scope: Flag["scope"],
  subject: PersonId | undefined,
  severity: Flag["severity"],
  settings: Readonly<Record<string, unknown>>,
): Flag {
  return {
    code,
    severity,
    scope,
    subject,
    supportType: d.supportType,
    person: d.person,
    link: d.link,
    people: d.people,
    values: d.values,
    settings,
  };
}

type FlagDraft = Pick<Flag, "supportType" | "person" | "link" | "people" | "values">;

const settingsCache = new WeakMap<Settings, Map<string, Readonly<Record<string, unknown>>>>();
/** The settings a rule used: one shared object per rule and settings, made once. */
export function ruleSettings(
  settings: Settings,
  code: string,
  params: readonly (keyof Settings)[],
): Readonly<Record<string, unknown>> {
  let byCode = settingsCache.get(settings);
  if (!byCode) settingsCache.set(settings, (byCode = new Map()));
  let s = byCode.get(code);
  if (!s) byCode.set(code, (s = Object.fromEntries(params.map((k) => [k, settings[k]]))));
  return s;
}

type Bound<R> = readonly (readonly [R, Readonly<Record<string, unknown>>])[];
const boundRules = new WeakMap<Settings, { ect: Bound<EctRule>; supporter: Bound<SupporterRule> }>();

/** Each registry's rules with their settings objects, resolved once per settings object. */
function rulesFor(settings: Settings): { ect: Bound<EctRule>; supporter: Bound<SupporterRule> } {
  let b = boundRules.get(settings);
  if (!b) {
    const bind = <R extends { code: string; params: readonly (keyof Settings)[] }>(rules: readonly R[]): Bound<R> =>
      rules.map((r) => [r, ruleSettings(settings, r.code, r.params)] as const);
    boundRules.set(settings, (b = { ect: bind(ECT_RULES_ORDERED), supporter: bind(SUPPORTER_RULES) }));
  }
  return b;
}

/** Evaluates the per-ECT rules on one view; UNMAPPED and ISOLATED replace what they should. */
export function ectFlags(v: EctView, basics: SupporterBasics): Flag[] {
  const subject = v.person.id;
  const flags: Flag[] = [];
  const rules = rulesFor(v.ctx.settings).ect;
  for (let r = 0; r < rules.length; r++) {
    const [rule, used] = rules[r]!;
    const drafts = rule.evaluate(v, basics);
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      flags.push(makeFlag(d, rule.code, "ect", subject, d.severity ?? rule.severity, used));
    }
  }
  return flags;
}

export function ectResult(v: EctView, basics: SupporterBasics): EctResult {
  const net = v.ctx.net;
  const coverage: Partial<Record<SupportType, number>> = {};
  const providers: Partial<Record<SupportType, PersonId[]>> = {};
  let typesCovered = 0;
  for (let i = 0; i < v.countedTypes.length; i++) {
    const t = v.countedTypes[i]!;
    const ps = v.providers[i]!;
    coverage[t] = ps.length;
    const ids: PersonId[] = [];
    for (const g of ps) ids.push(net.people[g]!.id);
    providers[t] = ids;
    if (ps.length > 0) typesCovered++;
  }
  const supporters: PersonId[] = [];
  for (const g of v.supporters) supporters.push(net.people[g]!.id);
  return {
    id: v.person.id,
    name: v.person.name,
    index: v.e,
    supporters,
    coverage,
    providers,
    typesCovered,
    unmapped: v.unmapped,
    flags: v.ctx.excluded[v.e] ? [] : ectFlags(v, basics),
  };
}

export function analyse(net: SupportNetwork, settings: Settings, options: AnalyseOptions = {}): AnalysisResult {
  const ctx = buildContext(net, settings, options.excluded);
  return analyseWith(ctx, computeSupporterBasics(ctx), options).result;
}

export interface AnalysisInternals {
  readonly result: AnalysisResult;
  readonly summaries: readonly EctSummary[];
  readonly aggregates: EctAggregates;
  /** NETWORK_KEYSTONE and UNTAPPED people, and the UNTAPPED_CAPACITY entries by school and by ECT. */
  readonly keystones: readonly { readonly id: PersonId; readonly index: number; readonly impact: number }[];
  readonly untapped: readonly SupporterResult[];
  readonly untappedBySchool: ReadonlyMap<string, readonly number[]>;
  readonly untappedByEct: ReadonlyMap<number, readonly UntappedCandidate[]>;
  readonly soleFor: ReadonlyMap<number, readonly { readonly ect: number; readonly type: SupportType }[]>;
  readonly tallyState: TallyState;
}

export function analyseWith(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  options: AnalyseOptions = {},
): AnalysisInternals {
  const { net, settings } = ctx;
  const counted = countedTypesOf(ctx);
  const ects: EctResult[] = [];
  const summaries: EctSummary[] = [];
  const soleFor = new Map<number, { ect: number; type: SupportType }[]>();
  // The network-wide steps after the per-person loop (counts, structure) weigh about a quarter
  // of it, and report too, so a large network's progress bar never sits still for long.
  const tail = Math.ceil(net.people.length / 4);
  const total = net.ects.length + net.people.length + tail;
  const progress = options.onProgress;
  let done = 0;
  for (const e of net.ects) {
    if (progress && ++done % 2048 === 0) progress(done, total);
    if (ctx.excluded[e]) continue;
    const v = buildEctView(ctx, e, counted);
    const r = ectResult(v, basics);
    ects.push(r);
    summaries.push(ectSummary(v, r));
    for (let i = 0; i < v.providers.length; i++) {
      const ps = v.providers[i]!;
      if (ps.length !== 1) continue;
      const g = ps[0]!;
      const sole = { ect: e, type: v.countedTypes[i]! };
      const list = soleFor.get(g);
      if (list) list.push(sole);
      else soleFor.set(g, [sole]);
    }
  }

  const supporters: SupporterResult[] = [];
  for (let p = 0; p < net.people.length; p++) {
    if (progress && p % 8192 === 0) progress(net.ects.length + p, total);
    const s = supporterResultFor(ctx, basics, p, soleFor.get(p) ?? NO_SOLE);
    if (s) supporters.push(s);
  }
  const keystones = keystonesOf(supporters);
  const ranking = supporters
    .filter((s) => s.soleSourceFor.length > 0)
    .map((s) => ({ id: s.id, impact: s.soleSourceFor.length }))
    .sort((a, b) => b.impact - a.impact || (a.id < b.id ? -1 : 1));

  progress?.(net.ects.length + net.people.length, total);
  const untapped = untappedOf(supporters);
  const untappedSchools = untappedBySchool(ctx, untapped);
  const untappedByEct = new Map<number, UntappedCandidate[]>();
  for (const e of summaries) {
    const entries = untappedForEct(ctx, e, untappedSchools);
    if (entries.length > 0) untappedByEct.set(e.index, entries);
  }
  const counts = tallyState(ctx);
  const aggregates = ectAggregates(summaries);
  const networkFlags = networkFlagsOf(
    settings,
    aggregates,
    talliesOf(counts),
    keystones,
    // In ECT order: the map was filled in it.
    [...untappedByEct.values()].flat(),
  );
  let liveLinks = 0;
  for (let l = 0; l < net.links.length; l++) liveLinks += ctx.live[l]!;
  let overCapacity = 0;
  for (let p = 0; p < net.people.length; p++) overCapacity += basics.overCapacity[p]!;
  progress?.(net.ects.length + net.people.length + (tail >> 1), total);
  const structure = options.skipStructure ? EMPTY_STRUCTURE : structureReport(ctx);
  const result: AnalysisResult = {
    asOf: settings.as_of_date,
    settings,
    summary: {
      people: net.people.length,
      ects: ects.length,
      supporters: countSupporters(ctx),
      links: net.links.length,
      liveLinks,
      isolatedEcts: aggregates.isolated.length,
      ectsWithGaps: summaries.filter((e) => e.gaps.length > 0).length,
      unmappedEcts: aggregates.unmapped,
      overCapacity,
    },
    ects,
    supporters,
    network: {
      flags: networkFlags,
      keystones: ranking,
      structure,
    },
  };
  return {
    result,
    summaries,
    aggregates,
    keystones,
    untapped,
    untappedBySchool: untappedSchools,
    untappedByEct,
    soleFor,
    tallyState: counts,
  };
}

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
export function keystonesOf(supporters: readonly SupporterResult[]): { id: PersonId; index: number; impact: number }[] {
  return supporters
    .filter((s) => hasFlag(s, "NETWORK_KEYSTONE"))
    .map((s) => ({ id: s.id, index: s.index, impact: s.soleSourceFor.length }))
    .sort((a, b) => b.impact - a.impact || a.index - b.index);
}

/** UNTAPPED people, in people-list order. */
export function untappedOf(supporters: readonly SupporterResult[]): SupporterResult[] {
  return supporters.filter((s) => hasFlag(s, "UNTAPPED")).sort((a, b) => a.index - b.index);
}

export function ectSummary(v: EctView, r: EctResult): EctSummary {
  const { net, powerful } = v.ctx;
  return {
    index: r.index,
    id: r.id,
    ...(v.person.school !== undefined ? { school: v.person.school } : {}),
    supporters: r.supporters.length,
    typesCovered: r.typesCovered,
    unmapped: r.unmapped,
    isolated: !r.unmapped && r.supporters.length === 0,
    gaps: r.supporters.length === 0 ? NO_GAPS : v.countedTypes.filter((_, i) => v.providers[i]!.length === 0),
    powerfulMentor: v.links.some((l) => powerful[l] === 1 && net.links[l]!.link_role === "ect_mentor"),
  };
}

/**
 * One person's supporter result, or undefined when they give no live link and raise no flag:
 * the supporters list is every giver of a live link plus everyone with a supporter flag.
 */
export function supporterResultFor(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  p: number,
  sole: readonly { ect: number; type: SupportType }[],
): SupporterResult | undefined {
  const { net, settings } = ctx;
  if (ctx.excluded[p]) return undefined;
  const person = net.people[p]!;
  // Every supporter rule needs a live outgoing link or a recorded capacity.
  if (basics.liveOut[p] === 0 && !((person.capacity ?? 0) > 0 || (person.capacity_minutes_per_month ?? 0) > 0))
    return undefined;
  // Most supporters raise nothing: they share one empty list rather than each holding their own.
  let flags: Flag[] | readonly never[] = NO_FLAGS;
  if (person.kind !== "group") {
    const view = buildSupporterView(ctx, basics, p, sole);
    const rules = rulesFor(settings).supporter;
    for (let r = 0; r < rules.length; r++) {
      const [rule, used] = rules[r]!;
      if (person.is_ect && rule.code !== "OVER_CAPACITY") continue;
      const drafts = rule.evaluate(view);
      for (let i = 0; i < drafts.length; i++) {
        if (flags === NO_FLAGS) flags = [];
        (flags as Flag[]).push(makeFlag(drafts[i]!, rule.code, "supporter", person.id, rule.severity, used));
      }
    }
  }
  if (basics.liveOut[p] === 0 && flags.length === 0) return undefined;
  return {
    id: person.id,
    name: person.name,
    index: p,
    ectsSupported: basics.ectCount[p]!,
    capacity: person.capacity,
    capacityMinutesPerMonth: person.capacity_minutes_per_month,
    minutesPerMonth: basics.load[p]!,
    linksWithoutMinutes: basics.minutesUnknown[p]!,
    soleSourceFor: sole.length === 0 ? NO_SOLE : sole.map((s) => ({ ect: net.people[s.ect]!.id, supportType: s.type })),
    flags,
  };
}

const NO_FLAGS: readonly never[] = Object.freeze([]);
const NO_GAPS: readonly never[] = Object.freeze([]);
const NO_SOLE: readonly never[] = Object.freeze([]);

/** Distinct givers of a live link to an ECT. */
function countSupporters(ctx: AnalysisContext): number {
  const { net, live } = ctx;
  let count = 0;
  for (let p = 0; p < net.people.length; p++) {
    for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
      const l = net.outLinks[k]!;
      if (live[l] && net.isEct[net.to[l]!]) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** UNTAPPED people by school, in people-list order. */
export function untappedBySchool(ctx: AnalysisContext, untapped: readonly SupporterResult[]): Map<string, number[]> {
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

/** For one ECT with a GAP: the UNTAPPED people of their school not in their line, those with strengths first. */
export function untappedForEct(
  ctx: AnalysisContext,
  e: EctSummary,
  bySchool: ReadonlyMap<string, readonly number[]>,
): UntappedCandidate[] {
  if (e.gaps.length === 0 || e.school === undefined) return [];
  const inSchool = bySchool.get(e.school);
  if (!inSchool) return [];
  const people = ctx.net.people;
  const candidates = inSchool
    .filter((p) => !inLineChain(ctx.net, p, e.index))
    .sort((a, b) => Number((people[b]!.strengths?.length ?? 0) > 0) - Number((people[a]!.strengths?.length ?? 0) > 0))
    .map((p) => people[p]!.id);
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
    rule
      .evaluate(input)
      .map((d) =>
        makeFlag(
          d,
          rule.code,
          "network",
          undefined,
          d.severity ?? rule.severity,
          ruleSettings(settings, rule.code, rule.params),
        ),
      ),
  );
}
