/**
 * The mentor lead's overview in rows: one per ECT (coverage per type, flags) and one per supporter
 * (load against capacity, sole-source count, flags). Plain data, sortable and filterable in the
 * page, and small per row so 50,000 ECTs still travel from the worker in one message.
 */
import type { AnalysisResult, EctResult, SupporterResult } from "../analysis/analyse.ts";
import type { Flag, Severity } from "../analysis/flags.ts";
import { SEVERITY_RANK } from "../analysis/flags.ts";
import { compareText } from "../model/compareText.ts";
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
  readonly supporters: number;
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

const mark = (f: Flag): FlagMark => ({
  code: f.code,
  severity: f.severity,
  supportType: f.supportType,
  person: f.person,
});

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
    const sorted = [...net.ects].sort((a, b) => compareText(net.people[a]!.name, net.people[b]!.name) || a - b);
    sorted.forEach((e, i) => (order![e] = i));
    nameOrders.set(net, order);
  }
  return order;
}

export function ectRow(net: SupportNetwork, e: EctResult): EctRow {
  const p = net.people[e.index]!;
  return {
    key: e.index,
    id: e.id,
    name: e.name,
    school: p.school,
    department: p.department,
    ectYear: p.ect_year,
    supporters: e.supporters.length,
    coverage: e.coverage,
    typesCovered: e.typesCovered,
    unmapped: e.unmapped,
    flags: e.flags.map(mark),
    worst: worstOf(e.flags),
    warnings: e.flags.filter((f) => f.severity === "warning").length,
    nameOrder: nameOrderOf(net)[e.index]!,
  };
}

export function supporterRow(net: SupportNetwork, s: SupporterResult): SupporterRow {
  const p = net.people[s.index]!;
  return {
    key: s.index,
    id: s.id,
    name: s.name,
    school: p.school,
    roleTitle: p.role_title,
    isGroup: p.kind === "group",
    isEct: p.is_ect,
    ectsSupported: s.ectsSupported,
    capacity: s.capacity,
    capacityMinutesPerMonth: s.capacityMinutesPerMonth,
    minutesPerMonth: s.minutesPerMonth,
    linksWithoutMinutes: s.linksWithoutMinutes,
    soleSourceFor: s.soleSourceFor,
    flags: s.flags.map(mark),
    strengths: p.strengths,
  };
}

export interface Overview {
  readonly summary: AnalysisResult["summary"];
  readonly ects: readonly EctRow[];
  readonly supporters: readonly SupporterRow[];
  readonly networkFlags: readonly Flag[];
  readonly keystones: AnalysisResult["network"]["keystones"];
  readonly structure: AnalysisResult["network"]["structure"];
  readonly schools: readonly string[];
}

export function overviewOf(net: SupportNetwork, a: AnalysisResult): Overview {
  return { ...overviewHeadOf(net, a), ects: ectRowsOf(net, a), supporters: supporterRowsOf(net, a) };
}

/** The overview without its rows, which a large network's page fetches part by part. */
export function overviewHeadOf(net: SupportNetwork, a: AnalysisResult): Omit<Overview, "ects" | "supporters"> {
  return {
    summary: a.summary,
    networkFlags: a.network.flags,
    keystones: a.network.keystones,
    structure: a.network.structure,
    schools: schoolsOf(net),
  };
}

/** Every school named in the people list, sorted. */
export function schoolsOf(net: SupportNetwork): string[] {
  return [...new Set(net.people.map((p) => p.school).filter((s): s is string => s !== undefined))].sort();
}

export function ectRowsOf(net: SupportNetwork, a: AnalysisResult): EctRow[] {
  return a.ects.map((e) => ectRow(net, e));
}

export function supporterRowsOf(net: SupportNetwork, a: AnalysisResult): SupporterRow[] {
  return a.supporters.map((s) => supporterRow(net, s));
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
