/**
 * Result objects made from the analysis tables (passes.ts) when they are read: a flag, an ECT's
 * result, a supporter's result. Every Flag has the same shape (absent fields are undefined, which
 * JSON drops), so code that walks many of them stays monomorphic.
 */
import type { SupportNetwork } from "../model/network.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import type { EctRule, SupporterRule } from "./rules/rule.ts";
import { flagValues } from "./rules/rule.ts";
import { ECT_RULES_ORDERED } from "./ectRules.ts";
import type { Flag } from "./flags.ts";
import type { FlagTable } from "./flagTable.ts";
import { SEVERITIES } from "./flagTable.ts";
import type { EctSummary } from "./ectSummary.ts";
import type { EctTables, SoleIndex, SupporterTables } from "./passes.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { ectCountOf, loadOf, minutesUnknownOf } from "./supporterBasics.ts";
import { SUPPORTER_RULES } from "./supporterRules.ts";

export interface EctResult {
  readonly id: PersonId;
  readonly name: string;
  readonly index: number;
  readonly supporters: readonly PersonId[];
  /** Live providers per counted type (`redundancy`, docs/domain.md section 4). */
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

const settingsCache = new WeakMap<Settings, Map<string, Readonly<Record<string, unknown>>>>();
/** The settings a rule used: one shared object per rule and settings, made once. */
export function ruleSettings(
  settings: Settings,
  code: string,
  params: readonly (keyof Settings)[],
): Readonly<Record<string, unknown>> {
  let byCode = settingsCache.get(settings);
  if (!byCode) settingsCache.set(settings, (byCode = new Map<string, Readonly<Record<string, unknown>>>()));
  let s = byCode.get(code);
  if (!s) byCode.set(code, (s = Object.fromEntries(params.map((k) => [k, settings[k]]))));
  return s;
}

/**
 * A flag as a report prints it: its scope and subject are where it is listed, and the settings it
 * used are printed once, so each of (at 100,000 people) 170,000 flags does not repeat them.
 */
export type PrintedFlag = Pick<Flag, "code" | "severity" | "supportType" | "person" | "link" | "people" | "values">;

/** A flag object as printed (network flags, which are objects from the start), its fields in this order. */
export function printedFlag(f: Flag): PrintedFlag {
  const { code, severity, supportType, person, link, people, values } = f;
  return { code, severity, supportType, person, link, people, values };
}

/** Flag row i of `table` (rule indices into `rules`) as printed, made straight from the table. */
export function printedFlagAt(
  net: SupportNetwork,
  settings: Settings,
  table: FlagTable,
  i: number,
  rules: readonly (EctRule | SupporterRule)[],
): PrintedFlag {
  const rule = rules[table.rule[i]!]!;
  const type = table.type[i]!;
  const person = table.person[i]!;
  const link = table.link[i]!;
  const at = table.listAt[i]!;
  return {
    code: rule.code,
    severity: SEVERITIES[table.severity[i]!]!,
    supportType: type >= 0 ? ALL_TYPES[type] : undefined,
    person: person >= 0 ? net.people[person]!.id : undefined,
    link: link >= 0 ? net.linkStore.idAt(link) : undefined,
    people: at >= 0 ? table.lists[at]!.map((p) => net.people[p]!.id) : undefined,
    values: rule.values || rule.reports ? flagValues(rule, table.row(i), net, settings) : undefined,
  };
}

/** Flag row i of `table`, whose rule indices point into `rules`. */
export function flagAt(
  net: SupportNetwork,
  settings: Settings,
  table: FlagTable,
  i: number,
  rules: readonly (EctRule | SupporterRule)[],
  scope: "ect" | "supporter",
): Flag {
  const f = printedFlagAt(net, settings, table, i, rules);
  const rule = rules[table.rule[i]!]!;
  return {
    code: f.code,
    severity: f.severity,
    scope,
    subject: net.people[table.subject[i]!]!.id,
    supportType: f.supportType,
    person: f.person,
    link: f.link,
    people: f.people,
    values: f.values,
    settings: ruleSettings(settings, rule.code, rule.params),
  };
}

/** `make(i)` for each row i in [from, to): flags, marks or printed flags of one person. */
export function rowsIn<T>(from: number, to: number, make: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = from; i < to; i++) out.push(make(i));
  return out;
}

function flagsIn(
  net: SupportNetwork,
  settings: Settings,
  table: FlagTable,
  from: number,
  to: number,
  scope: "ect" | "supporter",
): Flag[] {
  const rules = scope === "ect" ? ECT_RULES_ORDERED : SUPPORTER_RULES;
  return rowsIn(from, to, (i) => flagAt(net, settings, table, i, rules, scope));
}

/** Live providers of each counted type to the k-th ECT (`redundancy`, docs/domain.md section 4). */
export function coverageAt(t: EctTables, k: number): Partial<Record<SupportType, number>> {
  const types = t.typeIndex.length;
  const coverage: Partial<Record<SupportType, number>> = {};
  for (let i = 0; i < types; i++)
    coverage[ALL_TYPES[t.typeIndex[i]!]!] = t.providerStart[k * types + i + 1]! - t.providerStart[k * types + i]!;
  return coverage;
}

/** The ids of the k-th ECT's distinct live supporters, in link order. */
export function supporterIdsAt(net: SupportNetwork, t: EctTables, k: number): PersonId[] {
  return rowsIn(t.supporterStart[k]!, t.supporterStart[k + 1]!, (s) => net.people[t.supporters[s]!]!.id);
}

/** Sole-source pairs [from, to) of `sole` as (ECT id, support type). */
export function soleSourcesIn(
  net: SupportNetwork,
  sole: Pick<SoleIndex, "ect" | "type">,
  from: number,
  to: number,
): SoleSource[] {
  return rowsIn(from, to, (i) => ({ ect: net.people[sole.ect[i]!]!.id, supportType: ALL_TYPES[sole.type[i]!]! }));
}

const NO_FLAGS: readonly never[] = Object.freeze([]);
const NO_GAPS: readonly never[] = Object.freeze([]);
const NO_SOLE: readonly never[] = Object.freeze([]);

/** The k-th analysed ECT's result. */
export function ectResultAt(ctx: AnalysisContext, t: EctTables, k: number): EctResult {
  const { net, settings } = ctx;
  const e = t.ect[k]!;
  const person = net.people[e]!;
  const types = t.typeIndex.length;
  const providers: Partial<Record<SupportType, PersonId[]>> = {};
  for (let i = 0; i < types; i++)
    providers[ALL_TYPES[t.typeIndex[i]!]!] = rowsIn(
      t.providerStart[k * types + i]!,
      t.providerStart[k * types + i + 1]!,
      (s) => net.people[t.providers[s]!]!.id,
    );
  const from = t.flagStart[k]!;
  const to = t.flagStart[k + 1]!;
  return {
    id: person.id,
    name: person.name,
    index: e,
    supporters: supporterIdsAt(net, t, k),
    coverage: coverageAt(t, k),
    providers,
    typesCovered: t.typesCovered[k]!,
    unmapped: t.unmapped[k] === 1,
    flags: from === to ? NO_FLAGS : flagsIn(net, settings, t.flags, from, to, "ect"),
  };
}

/** Supporters of the k-th analysed ECT. */
export function supporterCount(t: EctTables, k: number): number {
  return t.supporterStart[k + 1]! - t.supporterStart[k]!;
}

/**
 * Is the k-th ECT ISOLATED: no live incoming link at all, and the map not simply unfilled. One
 * supported only with kinds that are not counted (career, unclear words) is not.
 */
export function isolatedAt(t: EctTables, k: number): boolean {
  return t.unmapped[k] === 0 && t.uncounted[k] === 0 && supporterCount(t, k) === 0;
}

/**
 * The counted types nobody provides to the k-th ECT: none for an ECT nobody supports (ISOLATED or
 * unmapped), every one for an ECT supported only with kinds that are not counted.
 */
export function gapsAt(t: EctTables, k: number): readonly SupportType[] {
  if (supporterCount(t, k) === 0 && t.uncounted[k] === 0) return NO_GAPS;
  const types = t.typeIndex.length;
  let out: SupportType[] | undefined;
  for (let i = 0; i < types; i++)
    if (t.providerStart[k * types + i + 1] === t.providerStart[k * types + i])
      (out ??= []).push(ALL_TYPES[t.typeIndex[i]!]!);
  return out ?? NO_GAPS;
}

/** What the network rules read about the k-th ECT. */
export function summaryAt(net: SupportNetwork, t: EctTables, k: number): EctSummary {
  const e = t.ect[k]!;
  const person = net.people[e]!;
  const supporters = supporterCount(t, k);
  const unmapped = t.unmapped[k] === 1;
  const s: EctSummary = {
    index: e,
    id: person.id,
    supporters,
    typesCovered: t.typesCovered[k]!,
    unmapped,
    isolated: isolatedAt(t, k),
    gaps: gapsAt(t, k),
    powerfulMentor: t.powerfulMentor[k] === 1,
  };
  return person.school !== undefined ? { ...s, school: person.school } : s;
}

/** The per-person figures a supporter result shows. */
export type SupporterFigures = Pick<SupporterBasics, "ectCount" | "load" | "minutesUnknown" | "changed">;

/** Person p's supporter result (p listed in `st`), its sole sources read from `sole`. */
export function supporterResultAt(
  ctx: AnalysisContext,
  basics: SupporterFigures,
  st: SupporterTables,
  sole: SoleIndex,
  p: number,
): SupporterResult {
  return supporterResultFrom(
    ctx,
    basics,
    p,
    st.flags,
    st.flagStart[p]!,
    st.flagStart[p + 1]!,
    sole,
    sole.start[p]!,
    sole.start[p + 1]!,
  );
}

/** Person p's supporter result from flag rows [from, to) and sole-source pairs [soleFrom, soleTo). */
export function supporterResultFrom(
  ctx: AnalysisContext,
  basics: SupporterFigures,
  p: number,
  flags: FlagTable,
  from: number,
  to: number,
  sole: Pick<SoleIndex, "ect" | "type">,
  soleFrom: number,
  soleTo: number,
): SupporterResult {
  const { net, settings } = ctx;
  const person = net.people[p]!;
  return {
    id: person.id,
    name: person.name,
    index: p,
    ectsSupported: ectCountOf(basics, p),
    capacity: person.capacity,
    capacityMinutesPerMonth: person.capacity_minutes_per_month,
    minutesPerMonth: loadOf(basics, p),
    linksWithoutMinutes: minutesUnknownOf(basics, p),
    soleSourceFor: soleTo > soleFrom ? soleSourcesIn(net, sole, soleFrom, soleTo) : NO_SOLE,
    flags: from === to ? NO_FLAGS : flagsIn(net, settings, flags, from, to, "supporter"),
  };
}

/** Does person p carry the supporter flag `code`? */
export function hasSupporterFlag(st: SupporterTables, p: number, rule: number): boolean {
  for (let i = st.flagStart[p]!; i < st.flagStart[p + 1]!; i++) if (st.flags.rule[i] === rule) return true;
  return false;
}
