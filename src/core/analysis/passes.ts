/**
 * The two passes of the analysis, written into typed arrays rather than objects:
 * 1. over the ECTs: each one's view, its supporters and providers (as lists in shared arrays,
 *    CSR-style), its counts, and the rows of every per-ECT flag;
 * 2. over the people: the rows of every supporter flag, reading the (ECT, type) pairs each person
 *    alone provides, which pass 1 left behind.
 * Results are made from these tables only when read (results.ts), so the analysis itself
 * allocates a few dozen arrays however large the network.
 */
import type { Person } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";
import { isExcluded } from "./context.ts";
import { ECT_RULES_ORDERED } from "./ectRules.ts";
import { ectViewFor, fillEctView, NOBODY, onlyUncountedKinds } from "./ectView.ts";
import { isEctMentorLink } from "./facts/links.ts";
import { isUnnamedAt, personAt } from "./facts/people.ts";
import { FlagTable, IntList, SEVERITY_CODE } from "./flagTable.ts";
import { strengthsOfView } from "./strengthRules.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { liveOutOf } from "./supporterBasics.ts";
import { SUPPORTER_RULES } from "./supporterRules.ts";

export interface EctTables {
  /** How many ECTs were analysed (the excluded are left out), and who each is. */
  readonly count: number;
  readonly ect: Int32Array;
  /** ALL_TYPES index of each counted type; T = typeIndex.length. */
  readonly typeIndex: readonly number[];
  /** Distinct live supporters of the k-th ECT: supporters[supporterStart[k] .. supporterStart[k+1]). */
  readonly supporterStart: Int32Array;
  readonly supporters: Int32Array;
  /** Providers of counted type i to the k-th ECT: providers[providerStart[k*T+i] .. providerStart[k*T+i+1]). */
  readonly providerStart: Int32Array;
  readonly providers: Int32Array;
  readonly typesCovered: Uint8Array;
  readonly unmapped: Uint8Array;
  /** 1 where live links reach the ECT but none carries a counted type (see onlyUncountedKinds). */
  readonly uncounted: Uint8Array;
  /** An ect_mentor link that is powerful (the mentor assesses or line-manages the ECT). */
  readonly powerfulMentor: Uint8Array;
  /** 1 where the ECT has at least one strength (strengthRules.ts); counted, never scored. */
  readonly strong: Uint8Array;
  /** Rows of ECT_RULES_ORDERED flags of the k-th ECT: flagStart[k] .. flagStart[k+1]. */
  readonly flagStart: Int32Array;
  readonly flags: FlagTable;
}

/** The (ECT, type) pairs each person alone provides, by ECT then type: [start[p] .. start[p+1]). */
export interface SoleIndex {
  readonly start: Int32Array;
  readonly ect: Int32Array;
  readonly type: Int8Array;
}

export interface SupporterTables {
  /** 1 where p has a supporter result (a live link given, or a supporter flag). */
  readonly listed: Uint8Array;
  /** Rows of SUPPORTER_RULES flags of person p: flagStart[p] .. flagStart[p+1]. */
  readonly flagStart: Int32Array;
  readonly flags: FlagTable;
}

const ECT_SEVERITY = ECT_RULES_ORDERED.map((r) => SEVERITY_CODE[r.severity]);
const SUPPORTER_SEVERITY = SUPPORTER_RULES.map((r) => SEVERITY_CODE[r.severity]);
const OVER_CAPACITY = SUPPORTER_RULES.findIndex((r) => r.code === "OVER_CAPACITY");
const PEER_ECT_RELIED_ON = SUPPORTER_RULES.findIndex((r) => r.code === "PEER_ECT_RELIED_ON");

/** Pass 1 over `ects` (person indices, in the order results should come), `onStep` after each. */
export function ectPass(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  ects: ArrayLike<number>,
  onStep?: (done: number) => void,
): EctTables {
  const { net, powerful } = ctx;
  const view = ectViewFor(ctx);
  const types = view.typeIndex.length;
  let count = 0;
  for (let i = 0; i < ects.length; i++) if (!isExcluded(ctx, ects[i]!)) count++;
  const ect = new Int32Array(count);
  const supporterStart = new Int32Array(count + 1);
  const providerStart = new Int32Array(count * types + 1);
  const typesCovered = new Uint8Array(count);
  const unmapped = new Uint8Array(count);
  const uncounted = new Uint8Array(count);
  const powerfulMentor = new Uint8Array(count);
  const strong = new Uint8Array(count);
  const flagStart = new Int32Array(count + 1);
  const supporters = new IntList(count * 4);
  const providers = new IntList(count * 8);
  // About eight flags an ECT in the synthetic national programme; a school's map has fewer.
  const flags = new FlagTable(count * 8);
  let k = 0;
  for (let i = 0; i < ects.length; i++) {
    onStep?.(i);
    const e = ects[i]!;
    if (isExcluded(ctx, e)) continue;
    const v = fillEctView(view, e);
    ect[k] = e;
    for (const g of v.supporters) supporters.push(g);
    supporterStart[k + 1] = supporters.length;
    let covered = 0;
    for (let t = 0; t < types; t++) {
      const ps = v.providers[t]!;
      for (const g of ps) providers.push(g);
      providerStart[k * types + t + 1] = providers.length;
      if (ps.length > 0) covered++;
    }
    typesCovered[k] = covered;
    unmapped[k] = v.unmapped ? 1 : 0;
    uncounted[k] = onlyUncountedKinds(v) ? 1 : 0;
    for (const l of v.links)
      if (powerful[l] === 1 && isEctMentorLink(net, l)) {
        powerfulMentor[k] = 1;
        break;
      }
    strong[k] = strengthsOfView(v).length > 0 ? 1 : 0;
    for (let r = 0; r < ECT_RULES_ORDERED.length; r++) {
      flags.begin(r, e, ECT_SEVERITY[r]!);
      ECT_RULES_ORDERED[r]!.evaluate(v, basics, flags);
    }
    flagStart[k + 1] = flags.length;
    k++;
  }
  return {
    count,
    ect,
    typeIndex: view.typeIndex,
    supporterStart,
    supporters: supporters.values.subarray(0, supporters.length),
    providerStart,
    providers: providers.values.subarray(0, providers.length),
    typesCovered,
    unmapped,
    uncounted,
    powerfulMentor,
    strong,
    flagStart,
    flags,
  };
}

/** Calls `visit` for each (giver, ECT, type index) where the giver alone provides that type, in ECT then type order. */
export function forEachSole(t: EctTables, visit: (giver: number, ect: number, type: number) => void): void {
  const types = t.typeIndex.length;
  const { providerStart, providers } = t;
  for (let s = 0; s < t.count * types; s++)
    if (providerStart[s + 1]! - providerStart[s]! === 1)
      visit(providers[providerStart[s]!]!, t.ect[Math.floor(s / types)]!, t.typeIndex[s % types]!);
}

/** The pairs each of `n` people alone provides, read off pass 1's providers (a counting sort). */
export function soleIndex(t: EctTables, n: number): SoleIndex {
  const start = new Int32Array(n + 1);
  forEachSole(t, (giver) => start[giver + 1]!++);
  for (let p = 0; p < n; p++) start[p + 1]! += start[p]!;
  const fill = start.slice(0, n);
  const ect = new Int32Array(start[n]!);
  const type = new Int8Array(start[n]!);
  forEachSole(t, (giver, e, ty) => {
    const at = fill[giver]!++;
    ect[at] = e;
    type[at] = ty;
  });
  return { start, ect, type };
}

/** A reusable supporter view, refilled for each person (a SupporterView the pass may write). */
export interface SupporterScratch {
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  p: number;
  person: Person;
  soleEcts: ArrayLike<number>;
  soleFrom: number;
  soleTo: number;
}

export function supporterScratch(ctx: AnalysisContext, basics: SupporterBasics): SupporterScratch {
  return { ctx, basics, p: -1, person: NOBODY, soleEcts: [], soleFrom: 0, soleTo: 0 };
}

/**
 * Writes person p's supporter flags to `flags` (through the reusable `v`) and says whether p
 * has a supporter result: every giver of a live link, plus everyone with a supporter flag.
 */
export function evaluateSupporter(
  v: SupporterScratch,
  p: number,
  soleEcts: ArrayLike<number>,
  soleFrom: number,
  soleTo: number,
  flags: FlagTable,
): boolean {
  const { ctx, basics } = v;
  // Someone named only by role or as family supports one ECT and is not for the lead to plan around.
  if (isExcluded(ctx, p) || isUnnamedAt(ctx.net, p)) return false;
  const person = personAt(ctx.net, p);
  // Every supporter rule needs a live outgoing link or a recorded capacity.
  if (liveOutOf(basics, p) === 0 && !((person.capacity ?? 0) > 0 || (person.capacity_minutes_per_month ?? 0) > 0))
    return false;
  const before = flags.length;
  if (person.kind !== "group") {
    v.p = p;
    v.person = person;
    v.soleEcts = soleEcts;
    v.soleFrom = soleFrom;
    v.soleTo = soleTo;
    for (let r = 0; r < SUPPORTER_RULES.length; r++) {
      // ECTs get only the supporter flags written for them (docs/flags.md, supporter flags).
      if (person.is_ect && r !== OVER_CAPACITY && r !== PEER_ECT_RELIED_ON) continue;
      flags.begin(r, p, SUPPORTER_SEVERITY[r]!);
      SUPPORTER_RULES[r]!.evaluate(v, flags);
    }
  }
  return liveOutOf(basics, p) > 0 || flags.length > before;
}

/** Pass 2 over everyone, `onStep` after each person. */
export function supporterPass(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  sole: SoleIndex,
  onStep?: (done: number) => void,
): SupporterTables {
  const n = ctx.net.people.length;
  const listed = new Uint8Array(n);
  const flagStart = new Int32Array(n + 1);
  const flags = new FlagTable(n >> 1);
  const view = supporterScratch(ctx, basics);
  for (let p = 0; p < n; p++) {
    onStep?.(p);
    if (evaluateSupporter(view, p, sole.ect, sole.start[p]!, sole.start[p + 1]!, flags)) listed[p] = 1;
    flagStart[p + 1] = flags.length;
  }
  return { listed, flagStart, flags };
}
