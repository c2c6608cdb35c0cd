/**
 * What the network graph draws: the people of one school (or the whole network when it is small)
 * with their live links and risk marks, or, above `maxNodes`, one node per school sized by its ECTs
 * and shaded by the share of them with something worth attention. Positions come from
 * layoutBySchool; sigma receives only this.
 */
import { INFO } from "../analysis/flagTable.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { layoutBySchool } from "../layout/schoolLayout.ts";

const NO_SCHOOL = "(no school recorded)";
/** Code-unit order, as `<` on strings (the order the names were always sorted in). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface GraphPersonNode {
  readonly key: number;
  readonly id: string;
  readonly name: string;
  readonly school?: string | undefined;
  readonly isEct: boolean;
  readonly isGroup: boolean;
  readonly x: number;
  readonly y: number;
  readonly isolated: boolean;
  readonly singleSupporter: boolean;
  readonly keystone: boolean;
  readonly overCapacity: boolean;
  readonly gaps: number;
}

export interface GraphSchoolNode {
  readonly school: string;
  readonly x: number;
  readonly y: number;
  readonly people: number;
  readonly ects: number;
  /** ECTs with a critical or warning flag. */
  readonly ectsAtRisk: number;
}

export type NetworkGraphData =
  | {
      readonly kind: "people";
      readonly nodes: readonly GraphPersonNode[];
      readonly edges: readonly (readonly [number, number, number])[];
      readonly total: number;
    }
  | {
      readonly kind: "schools";
      /** Ties between schools drawn, strongest first, of how many there are. */
      readonly tiesShown: number;
      readonly ties: number;
      readonly nodes: readonly GraphSchoolNode[];
      readonly edges: readonly (readonly [string, string, number])[];
      readonly total: number;
    };

export function networkGraph(
  prepared: PreparedAnalysis,
  options: {
    school?: string | undefined;
    /** A filtered set of ECTs: draw them and the people who support them. */
    ects?: readonly string[] | undefined;
    maxNodes: number;
  },
): NetworkGraphData {
  const { net, ctx } = prepared;
  const n = net.people.length;
  const chosen = new Uint8Array(n);
  let count = 0;
  const mark = (p: number) => {
    if (!chosen[p]) {
      chosen[p] = 1;
      count++;
    }
  };
  if (options.ects !== undefined) {
    // The filtered ECTs and everyone with a live link to or from them.
    for (const id of options.ects) {
      const e = net.indexOf.get(id);
      if (e === undefined) continue;
      mark(e);
      for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++)
        if (ctx.live[net.inLinks[k]!]) mark(net.from[net.inLinks[k]!]!);
      for (let k = net.outStart[e]!; k < net.outStart[e + 1]!; k++)
        if (ctx.live[net.outLinks[k]!]) mark(net.to[net.outLinks[k]!]!);
    }
    return count > options.maxNodes ? schoolSummary(prepared, count) : peopleGraph(prepared, chosen, count);
  }
  // The school's people, plus anyone with a live link to them (so cross-school support shows).
  for (let p = 0; p < n; p++) {
    if (options.school !== undefined && net.people[p]!.school !== options.school) continue;
    let linked = false;
    for (const [start, list] of [
      [net.outStart, net.outLinks],
      [net.inStart, net.inLinks],
    ] as const) {
      for (let k = start[p]!; k < start[p + 1]!; k++) if (ctx.live[list[k]!]) linked = true;
    }
    if (linked || net.isEct[p]) mark(p);
  }
  if (options.school !== undefined) {
    const core = Uint8Array.from(chosen);
    for (let l = 0; l < net.linkCount; l++) {
      if (!ctx.live[l]) continue;
      if (core[net.from[l]!]) mark(net.to[l]!);
      if (core[net.to[l]!]) mark(net.from[l]!);
    }
  }
  if (count > options.maxNodes) return schoolSummary(prepared, count);
  return peopleGraph(prepared, chosen, count);
}

function peopleGraph(prepared: PreparedAnalysis, chosen: Uint8Array, count: number): NetworkGraphData {
  const { net, ctx } = prepared;
  const n = net.people.length;

  // Flags of the chosen people only: looking up each one beats indexing everyone's.
  const flagsOf = (p: number): Set<string> =>
    new Set([...(prepared.ectAt(p)?.flags ?? []), ...(prepared.supporterAt(p)?.flags ?? [])].map((f) => f.code));
  const gapsOf = (p: number) => (prepared.ectAt(p)?.flags ?? []).filter((f) => f.code === "GAP").length;
  const keys: number[] = [];
  for (let p = 0; p < n; p++) if (chosen[p]) keys.push(p);
  const positions = layoutBySchool(
    keys.map((p) => ({ key: p, group: net.people[p]!.school ?? NO_SCHOOL, inner: net.isEct[p] === 1 })),
  );
  const nodes = keys.map((p): GraphPersonNode => {
    const person = net.people[p]!;
    const flags = flagsOf(p);
    const at = positions.get(p)!;
    return {
      key: p,
      id: person.id,
      name: person.name,
      school: person.school,
      isEct: person.is_ect,
      isGroup: person.kind === "group",
      x: at.x,
      y: at.y,
      isolated: flags.has("ISOLATED"),
      singleSupporter: flags.has("SINGLE_SUPPORTER"),
      keystone: flags.has("NETWORK_KEYSTONE"),
      overCapacity: flags.has("OVER_CAPACITY"),
      gaps: gapsOf(p),
    };
  });
  const edges: [number, number, number][] = [];
  for (let l = 0; l < net.linkCount; l++) {
    if (ctx.live[l] && chosen[net.from[l]!] && chosen[net.to[l]!])
      edges.push([net.from[l]!, net.to[l]!, net.typeMask[l]!]);
  }
  return { kind: "people", nodes, edges, total: count };
}

function schoolSummary(prepared: PreparedAnalysis, total: number): NetworkGraphData {
  const { net, ctx } = prepared;
  // Schools by the network's interned numbers (blank is the last), ranked by name: counting by
  // number rather than by name string keeps this to tens of milliseconds at 100,000 people.
  let schools = 0;
  for (let p = 0; p < net.people.length; p++) schools = Math.max(schools, net.school[p]! + 1);
  const named = new Array<string | undefined>(schools + 1);
  for (let p = 0; p < net.people.length; p++) if (net.school[p]! >= 0) named[net.school[p]!] ??= net.people[p]!.school;
  // Blank joins a school written as the blank's own label, as it did when schools went by name.
  const written = named.indexOf(NO_SCHOOL);
  const blank = written >= 0 ? written : schools;
  const schoolAt = (p: number) => (net.school[p]! < 0 ? blank : net.school[p]!);
  const people = new Int32Array(schools + 1);
  for (let p = 0; p < net.people.length; p++) {
    const s = schoolAt(p);
    named[s] ??= NO_SCHOOL;
    people[s]!++;
  }
  const ectCount = new Int32Array(schools + 1);
  const atRisk = new Int32Array(schools + 1);
  // From the flag table: making every ECT's result to read its flags' severities cost most of a
  // second at 100,000 people, and held the overview's rows back behind it.
  const ects = prepared.tables.ects;
  for (let k = 0; k < ects.count; k++) {
    const s = schoolAt(ects.ect[k]!);
    ectCount[s]!++;
    for (let i = ects.flagStart[k]!; i < ects.flagStart[k + 1]!; i++) {
      if (ects.flags.severity[i] === INFO) continue;
      atRisk[s]!++;
      break;
    }
  }
  const order = named
    .flatMap((name, s) => (name === undefined ? [] : [s]))
    .sort((a, b) => compare(named[a]!, named[b]!));
  const rank = new Int32Array(schools + 1);
  order.forEach((s, r) => (rank[s] = r));
  const names = order.map((s) => named[s]!);
  const positions = layoutBySchool(names.map((name, i) => ({ key: i, group: name, inner: true })));
  const nodes = order.map((s, i): GraphSchoolNode => {
    return { school: names[i]!, ...positions.get(i)!, people: people[s]!, ects: ectCount[s]!, ectsAtRisk: atRisk[s]! };
  });
  // Ties by the pair of ranks, the lower first: their order is the order of the names' pair.
  const span = schools + 1;
  const weights = new Map<number, number>();
  for (let l = 0; l < net.linkCount; l++) {
    if (!ctx.live[l]) continue;
    const a = rank[schoolAt(net.from[l]!)]!;
    const b = rank[schoolAt(net.to[l]!)]!;
    if (a === b) continue;
    const key = a < b ? a * span + b : b * span + a;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  // The strongest ties between schools only: a few per school is what can be read, and a
  // graph of tens of thousands of faint lines costs the page seconds to build and draw.
  const keep = Math.max(200, 3 * nodes.length);
  const edges = [...weights]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, keep)
    .map(([k, w]) => [names[Math.floor(k / span)]!, names[k % span]!, w] as const);
  return { kind: "schools", nodes, edges, total, tiesShown: edges.length, ties: weights.size };
}
