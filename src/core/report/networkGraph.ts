/**
 * What the network graph draws: the people of one school (or the whole network when it is small)
 * with their live links and risk marks, or, above `maxNodes`, one tile per school, the schools whose
 * ECTs most need a look first (schoolTiles): a ring of hundreds of identical circles and a hairball
 * of ties between them told a lead nothing. Positions come from layoutBySchool; sigma receives only this.
 */
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { layoutAroundHome, layoutBySchool } from "../layout/schoolLayout.ts";
import { needsALook, NO_SCHOOL, schoolTiles } from "./schoolTiles.ts";
import type { SchoolTiles } from "./schoolTiles.ts";
import type { FlagRef } from "./flagTitle.ts";

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
  /** An ECT that needs a look (schoolTiles' needsALook): "critical" if urgent, "warning" if support is missing. */
  readonly worst?: "critical" | "warning" | undefined;
  /**
   * An ECT's critical and warning flags, most serious first, each once: the code with its kind of
   * support (a GAP for wellbeing and a GAP for behaviour are two concerns), so they can be worded.
   */
  readonly concerns: readonly FlagRef[];
}

export type NetworkGraphData =
  | {
      readonly kind: "people";
      readonly nodes: readonly GraphPersonNode[];
      readonly edges: readonly (readonly [number, number, number])[];
      readonly total: number;
    }
  | SchoolTiles;

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
    return count > options.maxNodes ? schoolTiles(prepared, count) : peopleGraph(prepared, chosen, count, undefined);
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
  if (count > options.maxNodes) return schoolTiles(prepared, count);
  return peopleGraph(prepared, chosen, count, options.school);
}

/** `home`: the school asked for, drawn in the middle with its supporters from elsewhere around it. */
function peopleGraph(
  prepared: PreparedAnalysis,
  chosen: Uint8Array,
  count: number,
  home: string | undefined,
): NetworkGraphData {
  const { net, ctx } = prepared;
  const n = net.people.length;

  // Flags of the chosen people only: looking up each one beats indexing everyone's.
  const flagsOf = (p: number): Set<string> =>
    new Set([...(prepared.ectAt(p)?.flags ?? []), ...(prepared.supporterAt(p)?.flags ?? [])].map((f) => f.code));
  const gapsOf = (p: number) => (prepared.ectAt(p)?.flags ?? []).filter((f) => f.code === "GAP").length;
  const concernsOf = (p: number) => {
    const flags = (prepared.ectAt(p)?.flags ?? []).filter((f) => f.severity !== "info");
    const critical = flags.filter((f) => f.severity === "critical");
    const worst = critical.length > 0 ? ("critical" as const) : needsALook(flags) ? ("warning" as const) : undefined;
    const concerns = new Map<string, FlagRef>();
    for (const f of [...critical, ...flags]) {
      const key = `${f.code} ${f.supportType ?? ""}`;
      if (!concerns.has(key))
        concerns.set(key, f.supportType ? { code: f.code, supportType: f.supportType } : { code: f.code });
    }
    return { worst, concerns: [...concerns.values()] };
  };
  const keys: number[] = [];
  for (let p = 0; p < n; p++) if (chosen[p]) keys.push(p);
  const layoutPeople = keys.map((p) => ({
    key: p,
    group: net.people[p]!.school ?? NO_SCHOOL,
    inner: net.isEct[p] === 1,
  }));
  const positions = home === undefined ? layoutBySchool(layoutPeople) : layoutAroundHome(layoutPeople, home);
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
      ...concernsOf(p),
    };
  });
  const edges: [number, number, number][] = [];
  for (let l = 0; l < net.linkCount; l++) {
    if (ctx.live[l] && chosen[net.from[l]!] && chosen[net.to[l]!])
      edges.push([net.from[l]!, net.to[l]!, net.typeMask[l]!]);
  }
  return { kind: "people", nodes, edges, total: count };
}
