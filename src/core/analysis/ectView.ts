/**
 * Everything the per-ECT rules read about one ECT (domain.md section 4, "Per ECT"), gathered in
 * one pass over the ECT's incoming links. Per-supporter figures are arrays aligned with
 * `supporters`, and providers are aligned with `countedTypes`: an ECT has a handful of each, and
 * 16,000 ECTs' worth of small Maps cost more than the scans they would save.
 */
import type { Person } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { inLineChain } from "./context.ts";

export interface EctView {
  readonly ctx: AnalysisContext;
  readonly e: number;
  readonly person: Person;
  /** Live incoming links that carry at least one counted type. */
  readonly links: readonly number[];
  /** Those of `links` that carry psychosocial support. */
  readonly psychLinks: readonly number[];
  /** Distinct givers, in link order. */
  readonly supporters: readonly number[];
  /** Type slots (types per link, summed over their links) of each supporter, aligned with `supporters`. */
  readonly slots: readonly number[];
  readonly countedTypes: readonly SupportType[];
  /** Distinct live providers of each counted type, aligned with `countedTypes`. */
  readonly providers: readonly (readonly number[])[];
  readonly safeSupporters: number;
  readonly peerLikeSupporters: number;
  /** No link rows at all, and the map is not confirmed: "no data", not "no support". */
  readonly unmapped: boolean;
  readonly liveOutgoing: number;
}

export function isSenior(p: Person): boolean {
  return p.seniority === "senior_leader" || p.seniority === "headteacher";
}

export function isPeerLike(ctx: AnalysisContext, giver: number, ect: number): boolean {
  const g = ctx.net.people[giver]!;
  if (g.seniority === "middle_leader" || isSenior(g)) return false;
  if (g.kind === "group" || g.staff_type === "support" || g.is_ect) return true;
  return (g.seniority === "teacher" || g.seniority === undefined) && !inLineChain(ctx.net, giver, ect);
}

export function countedTypesOf(ctx: AnalysisContext): SupportType[] {
  return ALL_TYPES.filter((t) => (ctx.countedMask & SUPPORT_TYPES[t].bit) !== 0);
}

const PSY = SUPPORT_TYPES.psychosocial.bit;
const bitsCache = new WeakMap<readonly SupportType[], Int32Array>();
/** The bit of each counted type, looked up once per list rather than once per link and type. */
function bitsOf(types: readonly SupportType[]): Int32Array {
  let bits = bitsCache.get(types);
  if (!bits) bitsCache.set(types, (bits = Int32Array.from(types, (t) => SUPPORT_TYPES[t].bit)));
  return bits;
}

export function buildEctView(ctx: AnalysisContext, e: number, countedTypes: readonly SupportType[]): EctView {
  const { net, live, countedMask, settings, powerful } = ctx;
  const links: number[] = [];
  const psychLinks: number[] = [];
  const supporters: number[] = [];
  const slots: number[] = [];
  const viaPowerful: boolean[] = [];
  const bits = bitsOf(countedTypes);
  const providers: number[][] = [];
  for (let i = 0; i < countedTypes.length; i++) providers.push([]);
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!live[l]) continue;
    const mask = net.typeMask[l]! & countedMask;
    if (mask === 0) continue;
    const g = net.from[l]!;
    if (!settings.count_groups_as_supporters && net.isGroup[g]) continue;
    links.push(l);
    if ((mask & PSY) !== 0) psychLinks.push(l);
    let s = supporters.indexOf(g);
    if (s < 0) {
      s = supporters.length;
      supporters.push(g);
      slots.push(0);
      viaPowerful.push(false);
    }
    for (let i = 0; i < countedTypes.length; i++) {
      if ((mask & bits[i]!) === 0) continue;
      slots[s]!++;
      const list = providers[i]!;
      if (!list.includes(g)) list.push(g);
    }
    if (powerful[l] === 1) viaPowerful[s] = true;
  }
  let safe = 0;
  let peerLike = 0;
  for (let s = 0; s < supporters.length; s++) {
    if (!viaPowerful[s]) safe++;
    if (isPeerLike(ctx, supporters[s]!, e)) peerLike++;
  }
  let liveOutgoing = 0;
  for (let k = net.outStart[e]!; k < net.outStart[e + 1]!; k++) if (live[net.outLinks[k]!]) liveOutgoing++;
  const person = net.people[e]!;
  const rows = net.outStart[e + 1]! - net.outStart[e]! + (net.inStart[e + 1]! - net.inStart[e]!);
  return {
    ctx,
    e,
    person,
    links,
    psychLinks,
    supporters,
    slots,
    countedTypes,
    providers,
    safeSupporters: safe,
    peerLikeSupporters: peerLike,
    unmapped: rows === 0 && person.map_status !== "confirmed",
    liveOutgoing,
  };
}

/** The counted types `g` alone provides to this ECT, in type order. */
export function soleTypesOf(v: EctView, g: number): SupportType[] {
  const out: SupportType[] = [];
  for (let i = 0; i < v.providers.length; i++) {
    const ps = v.providers[i]!;
    if (ps.length === 1 && ps[0] === g) out.push(v.countedTypes[i]!);
  }
  return out;
}
