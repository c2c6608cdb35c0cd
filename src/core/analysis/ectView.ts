/**
 * Everything the per-ECT rules read about one ECT (domain.md section 4, "Per ECT"), gathered in
 * one pass over the ECT's incoming links.
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
  /** Distinct givers, in link order. */
  readonly supporters: readonly number[];
  readonly typeSlots: ReadonlyMap<number, number>;
  readonly countedTypes: readonly SupportType[];
  readonly providers: ReadonlyMap<SupportType, readonly number[]>;
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

export function buildEctView(ctx: AnalysisContext, e: number, countedTypes: readonly SupportType[]): EctView {
  const { net, live, countedMask, settings } = ctx;
  const links: number[] = [];
  const supporters: number[] = [];
  const typeSlots = new Map<number, number>();
  const powerfulBy = new Map<number, boolean>();
  const providers = new Map<SupportType, number[]>(countedTypes.map((t) => [t, []]));
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!live[l]) continue;
    const mask = net.typeMask[l]! & countedMask;
    if (mask === 0) continue;
    const g = net.from[l]!;
    if (!settings.count_groups_as_supporters && net.isGroup[g]) continue;
    links.push(l);
    if (!typeSlots.has(g)) supporters.push(g);
    let slots = typeSlots.get(g) ?? 0;
    for (const t of countedTypes) {
      if ((mask & SUPPORT_TYPES[t].bit) === 0) continue;
      slots++;
      const list = providers.get(t)!;
      if (!list.includes(g)) list.push(g);
    }
    typeSlots.set(g, slots);
    powerfulBy.set(g, (powerfulBy.get(g) ?? false) || ctx.powerful[l] === 1);
  }
  let safe = 0;
  let peerLike = 0;
  for (const g of supporters) {
    if (!powerfulBy.get(g)) safe++;
    if (isPeerLike(ctx, g, e)) peerLike++;
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
    supporters,
    typeSlots,
    countedTypes,
    providers,
    safeSupporters: safe,
    peerLikeSupporters: peerLike,
    unmapped: rows === 0 && person.map_status !== "confirmed",
    liveOutgoing,
  };
}
