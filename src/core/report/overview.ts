/**
 * The mentor lead's overview in rows: one per ECT (coverage per type, flags) and one per supporter
 * (load against capacity, sole-source count, flags). Plain data, sortable and filterable in the
 * page, and small per row so 50,000 ECTs still travel from the worker in one message.
 */
import type { AnalysisResult, AnalysisTables } from "../analysis/analyse.ts";
import { headOf } from "../analysis/analyse.ts";
import { ECT_RULES_ORDERED } from "../analysis/ectRules.ts";
import type { FlagTable } from "../analysis/flagTable.ts";
import { SEVERITIES } from "../analysis/flagTable.ts";
import { coverageAt, rowsIn, soleSourcesIn, supporterCount } from "../analysis/results.ts";
import type { EctTables } from "../analysis/passes.ts";
import { SUPPORTER_RULES } from "../analysis/supporterRules.ts";
import { ALL_TYPES } from "../model/supportTypes.ts";
import type { Flag, Severity } from "../analysis/flags.ts";
import { SEVERITY_RANK } from "../analysis/flags.ts";
import { compareText, sortedByText } from "../model/compareText.ts";
import type { SupportNetwork } from "../model/network.ts";
import type { SupportType } from "../model/supportTypes.ts";

export interface FlagMark {
  readonly code: string;
  readonly severity: Severity;
  readonly supportType?: SupportType | undefined;
  readonly person?: string | undefined;
}

export interface EctRow {
  /** Position in the people list: an opaque key for URLs (ids may be names). */
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly school?: string | undefined;
  readonly department?: string | undefined;
  readonly ectYear?: number | undefined;
  /**
   * Supporters of the network: the distinct givers of counted support, leaving out family and
   * friends outside school, who count for this ECT's coverage only (README, "Unnamed supporters").
   */
  readonly supporters: number;
  /** Family and friends the ECT named for counted support, shown beside the supporters, never in them. */
  readonly family: number;
  readonly coverage: Readonly<Partial<Record<SupportType, number>>>;
  readonly typesCovered: number;
  readonly unmapped: boolean;
  readonly flags: readonly FlagMark[];
  readonly worst?: Severity | undefined;
  readonly warnings: number;
  /** Place of the name among all ECTs' names in alphabetical order, so sorting needs no collator. */
  readonly nameOrder: number;
}

export interface SupporterRow {
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly school?: string | undefined;
  readonly roleTitle?: string | undefined;
  readonly isGroup: boolean;
  readonly isEct: boolean;
  readonly ectsSupported: number;
  readonly capacity?: number | undefined;
  readonly capacityMinutesPerMonth?: number | undefined;
  readonly minutesPerMonth: number;
  readonly linksWithoutMinutes: number;
  readonly soleSourceFor: readonly { readonly ect: string; readonly supportType: SupportType }[];
  readonly flags: readonly FlagMark[];
  readonly strengths?: readonly string[] | undefined;
}

export function worstOf(flags: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of flags)
    if (worst === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

const nameOrders = new WeakMap<SupportNetwork, Int32Array>();
/** Each ECT's place in the alphabetical order of ECT names (by person index), sorted once per network. */
function nameOrderOf(net: SupportNetwork): Int32Array {
  let order = nameOrders.get(net);
  if (!order) {
    order = new Int32Array(net.people.length);
    const sorted = sortedByText(
      net.ects,
      (e) => net.people[e]!.name,
      (a, b) => a - b,
    );
    sorted.forEach((e, i) => (order![e] = i));
    nameOrders.set(net, order);
  }
  return order;
}

export interface Overview {
  readonly summary: AnalysisResult["summary"];
  readonly ects: readonly EctRow[];
  readonly supporters: readonly SupporterRow[];
  readonly networkFlags: readonly Flag[];
  /** Everyone who is the only source of something, by removal impact (see AnalysisResult). */
  readonly removalImpact: AnalysisResult["network"]["removalImpact"];
  /** Of them, the keystones (NETWORK_KEYSTONE: the only source for two or more ECTs). */
  readonly keystoneIds: readonly string[];
  /** The UNTAPPED people, ranked as docs/domain.md 5.5 asks (the lead view's untapped list). */
  readonly untapped: AnalysisResult["network"]["untapped"];
  readonly structure: AnalysisResult["network"]["structure"];
  readonly schools: readonly string[];
}

export function overviewOf(t: AnalysisTables): Overview {
  const head = networkHeadOf(headOf(t));
  return { ...head, schools: schoolsOf(t.ctx.net), ects: ectRowsOf(t), supporters: supporterRowsOf(t) };
}

/** The overview without its rows and schools: the page has the schools from the load, and fetches the rows part by part. */
export function networkHeadOf(
  a: Pick<AnalysisResult, "summary" | "network">,
): Omit<Overview, "ects" | "supporters" | "schools"> {
  return {
    summary: a.summary,
    networkFlags: a.network.flags,
    removalImpact: a.network.removalImpact,
    keystoneIds: a.network.flags.find((f) => f.code === "FRAGILE")?.people ?? [],
    untapped: a.network.untapped,
    structure: a.network.structure,
  };
}

/** Every school named in the people list, sorted. */
export function schoolsOf(net: SupportNetwork): string[] {
  return [...new Set(net.people.map((p) => p.school).filter((s): s is string => s !== undefined))].sort();
}

/** The mark of flag row i, read straight from the analysis tables (no Flag object on the way). */
function markAt(net: SupportNetwork, table: FlagTable, i: number, codes: readonly string[]): FlagMark {
  const type = table.type[i]!;
  const person = table.person[i]!;
  return {
    code: codes[table.rule[i]!]!,
    severity: SEVERITIES[table.severity[i]!]!,
    supportType: type >= 0 ? ALL_TYPES[type] : undefined,
    person: person >= 0 ? net.people[person]!.id : undefined,
  };
}

function marksIn(
  net: SupportNetwork,
  table: FlagTable,
  from: number,
  to: number,
  codes: readonly string[],
): FlagMark[] {
  return rowsIn(from, to, (i) => markAt(net, table, i, codes));
}

const ECT_CODES = ECT_RULES_ORDERED.map((r) => r.code);
const SUPPORTER_CODES = SUPPORTER_RULES.map((r) => r.code);

/** How many of the k-th ECT's supporters are family or friends outside school (Person.unnamed "family"). */
export function familyAt(net: SupportNetwork, e: EctTables, k: number): number {
  let n = 0;
  for (let i = e.supporterStart[k]!; i < e.supporterStart[k + 1]!; i++)
    if (net.isUnnamed[e.supporters[i]!] === 1 && net.people[e.supporters[i]!]!.unnamed === "family") n++;
  return n;
}

/** The k-th ECT's row of `e` (the whole analysis's tables, or a what-if's re-evaluated ECTs). */
export function ectRowAt(net: SupportNetwork, e: EctTables, k: number): EctRow {
  const index = e.ect[k]!;
  const p = net.people[index]!;
  const flags = marksIn(net, e.flags, e.flagStart[k]!, e.flagStart[k + 1]!, ECT_CODES);
  let warnings = 0;
  for (const f of flags) if (f.severity === "warning") warnings++;
  const family = familyAt(net, e, k);
  return {
    key: index,
    id: p.id,
    name: p.name,
    school: p.school,
    department: p.department,
    ectYear: p.ect_year,
    supporters: supporterCount(e, k) - family,
    family,
    coverage: coverageAt(e, k),
    typesCovered: e.typesCovered[k]!,
    unmapped: e.unmapped[k] === 1,
    flags,
    worst: worstOf(flags),
    warnings,
    nameOrder: nameOrderOf(net)[index]!,
  };
}

/** Every row of `e`, in its order. */
export function ectRowsIn(net: SupportNetwork, e: EctTables): EctRow[] {
  const rows = new Array<EctRow>(e.count);
  for (let k = 0; k < e.count; k++) rows[k] = ectRowAt(net, e, k);
  return rows;
}

/** Every ECT's row, made from the analysis tables. */
export function ectRowsOf(t: AnalysisTables): EctRow[] {
  return ectRowsIn(t.ctx.net, t.ects);
}

/** Person `index`'s supporter row, from the analysis tables. */
export function supporterRowAt(t: AnalysisTables, index: number): SupporterRow {
  const net = t.ctx.net;
  const { flags, flagStart } = t.supporters;
  const { sole, figures } = t;
  const p = net.people[index]!;
  return {
    key: index,
    id: p.id,
    name: p.name,
    school: p.school,
    roleTitle: p.role_title,
    isGroup: p.kind === "group",
    isEct: p.is_ect,
    ectsSupported: figures.ectCount[index]!,
    capacity: p.capacity,
    capacityMinutesPerMonth: p.capacity_minutes_per_month,
    minutesPerMonth: figures.load[index]!,
    linksWithoutMinutes: figures.minutesUnknown[index]!,
    soleSourceFor: soleSourcesIn(net, sole, sole.start[index]!, sole.start[index + 1]!),
    flags: marksIn(net, flags, flagStart[index]!, flagStart[index + 1]!, SUPPORTER_CODES),
    strengths: p.strengths,
  };
}

/** Every supporter's row (everyone the analysis lists as a supporter), in people order. */
export function supporterRowsOf(t: AnalysisTables): SupporterRow[] {
  const { listed } = t.supporters;
  const rows: SupporterRow[] = [];
  for (let index = 0; index < listed.length; index++) if (listed[index]) rows.push(supporterRowAt(t, index));
  return rows;
}

type ConcernKey = Pick<EctRow, "worst" | "warnings" | "name"> & { readonly nameOrder?: number };

const rank = (r: ConcernKey) => (r.worst ? SEVERITY_RANK[r.worst] : 3);

/** By name: the precomputed order where both rows have one (16,000 collator calls per sort otherwise). */
export function byName(a: ConcernKey, b: ConcernKey): number {
  return a.nameOrder !== undefined && b.nameOrder !== undefined
    ? a.nameOrder - b.nameOrder
    : compareText(a.name, b.name);
}

/** Rows sorted as a mentor lead needs them: most serious flag, then warnings, then name. No scores. */
export function byConcern(a: ConcernKey, b: ConcernKey): number {
  return rank(a) - rank(b) || b.warnings - a.warnings || byName(a, b);
}
