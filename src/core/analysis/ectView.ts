/**
 * Everything the per-ECT rules read about one ECT (docs/domain.md section 4, "Per ECT"), gathered in
 * one pass over the ECT's incoming links. Per-supporter figures are arrays aligned with
 * `supporters`, and providers are aligned with `countedTypes`: an ECT has a handful of each, and
 * 16,000 ECTs' worth of small Maps cost more than the scans they would save. The whole-network
 * pass fills one view again for each ECT (fillEctView) rather than allocating eight arrays each.
 */
import { personIdOf } from "../model/slotValues.ts";
import type { Person } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { isLive } from "./context.ts";
import { giverOf, typeBitsOf } from "./facts/links.ts";
import { isGroupAt, isPeerLike as isPeerLikeIn, personAt } from "./facts/people.ts";

export interface EctView {
  readonly ctx: AnalysisContext;
  readonly e: number;
  readonly person: Person;
  /** Live incoming links that carry at least one counted type. */
  readonly links: readonly number[];
  /** Those of `links` that carry psychosocial support. */
  readonly psychLinks: readonly number[];
  /**
   * Live incoming links that carry no counted type (only career while it is not counted, or only
   * kinds the importer could not map): someone supports the ECT, but with which kinds is not known.
   */
  readonly uncountedLinks: readonly number[];
  /** Distinct givers, in link order. */
  readonly supporters: readonly number[];
  /** Type slots (types per link, summed over their links) of each supporter, aligned with `supporters`. */
  readonly slots: readonly number[];
  readonly countedTypes: readonly SupportType[];
  /** Index in ALL_TYPES of each counted type. */
  readonly typeIndex: readonly number[];
  /** Distinct live providers of each counted type, aligned with `countedTypes`. */
  readonly providers: readonly (readonly number[])[];
  readonly safeSupporters: number;
  readonly peerLikeSupporters: number;
  /** No link rows at all, and the map is not confirmed: "no data", not "no support". */
  readonly unmapped: boolean;
  readonly liveOutgoing: number;
}

/**
 * The same view, writable, for the pass that refills it: made by ectViewFor, filled by fillEctView.
 * Callers hold it as this type, so a refill needs no cast.
 */
export interface EctViewScratch {
  readonly ctx: AnalysisContext;
  e: number;
  person: Person;
  links: number[];
  psychLinks: number[];
  uncountedLinks: number[];
  supporters: number[];
  slots: number[];
  viaPowerful: boolean[];
  countedTypes: readonly SupportType[];
  typeIndex: readonly number[];
  bits: readonly number[];
  providers: number[][];
  safeSupporters: number;
  peerLikeSupporters: number;
  unmapped: boolean;
  liveOutgoing: number;
}

export function isSenior(p: Person): boolean {
  return p.seniority === "senior_leader" || p.seniority === "headteacher";
}

export function isPeerLike(ctx: AnalysisContext, giver: number, ect: number): boolean {
  return isPeerLikeIn(ctx.net, giver, ect);
}

export function countedTypesOf(ctx: AnalysisContext): SupportType[] {
  return ALL_TYPES.filter((t) => (ctx.countedMask & SUPPORT_TYPES[t].bit) !== 0);
}

const PSY = SUPPORT_TYPES.psychosocial.bit;

/** The person an empty view is about, until fillEctView names one. */
export const NOBODY: Person = { id: personIdOf(""), name: "", kind: "person", is_ect: false };

/** An empty view for `ctx`, to be filled by fillEctView. */
export function ectViewFor(ctx: AnalysisContext): EctViewScratch {
  const countedTypes = countedTypesOf(ctx);
  return {
    ctx,
    e: -1,
    person: NOBODY,
    links: [],
    psychLinks: [],
    uncountedLinks: [],
    supporters: [],
    slots: [],
    viaPowerful: [],
    countedTypes,
    typeIndex: countedTypes.map((t) => ALL_TYPES.indexOf(t)),
    bits: countedTypes.map((t) => SUPPORT_TYPES[t].bit),
    providers: countedTypes.map(() => []),
    safeSupporters: 0,
    peerLikeSupporters: 0,
    unmapped: false,
    liveOutgoing: 0,
  };
}

/** Refills `view` (made by ectViewFor) for ECT `e` and returns it: what it held before is gone. */
export function fillEctView(v: EctViewScratch, e: number): EctView {
  const { ctx, links, psychLinks, uncountedLinks, supporters, slots, viaPowerful, providers, bits } = v;
  const { net, countedMask, settings, powerful } = ctx;
  links.length = psychLinks.length = uncountedLinks.length = supporters.length = slots.length = 0;
  viaPowerful.length = 0;
  for (let i = 0; i < providers.length; i++) providers[i]!.length = 0;
  const groupsCount = settings.count_groups_as_supporters;
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!isLive(ctx, l)) continue;
    const g = giverOf(net, l);
    if (!groupsCount && isGroupAt(net, g)) continue;
    const mask = typeBitsOf(net, l) & countedMask;
    if (mask === 0) {
      uncountedLinks.push(l);
      continue;
    }
    links.push(l);
    if ((mask & PSY) !== 0) psychLinks.push(l);
    let s = supporters.indexOf(g);
    if (s < 0) {
      s = supporters.length;
      supporters.push(g);
      slots.push(0);
      viaPowerful.push(false);
    }
    for (let i = 0; i < bits.length; i++) {
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
  for (let k = net.outStart[e]!; k < net.outStart[e + 1]!; k++) if (isLive(ctx, net.outLinks[k]!)) liveOutgoing++;
  const person = personAt(net, e);
  const rows = net.outStart[e + 1]! - net.outStart[e]! + (net.inStart[e + 1]! - net.inStart[e]!);
  v.e = e;
  v.person = person;
  v.safeSupporters = safe;
  v.peerLikeSupporters = peerLike;
  v.unmapped = rows === 0 && person.map_status !== "confirmed";
  v.liveOutgoing = liveOutgoing;
  return v;
}

/**
 * ISOLATED (docs/flags.md): no live incoming link at all, of any kind, and the map is not simply
 * unfilled. Someone who gives only career or unclear kinds still supports the ECT.
 */
export function isIsolated(v: EctView): boolean {
  return !v.unmapped && v.supporters.length === 0 && v.uncountedLinks.length === 0;
}

/** Supported, but only with kinds that are not counted: GAPs, and a question about which kinds. */
export function onlyUncountedKinds(v: EctView): boolean {
  return v.supporters.length === 0 && v.uncountedLinks.length > 0;
}

/** The counted types `g` alone provides to this ECT, as bits of ALL_TYPES indices. */
export function soleTypeBits(v: EctView, g: number): number {
  let out = 0;
  for (let i = 0; i < v.providers.length; i++) {
    const ps = v.providers[i]!;
    if (ps.length === 1 && ps[0] === g) out |= 1 << v.typeIndex[i]!;
  }
  return out;
}

/** The support types whose ALL_TYPES indices are set in `bits`, in type order. */
export function typesOfBits(bits: number): SupportType[] {
  const out: SupportType[] = [];
  for (let i = 0; i < ALL_TYPES.length; i++) if (bits & (1 << i)) out.push(ALL_TYPES[i]!);
  return out;
}

/** How many bits are set. */
export function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
