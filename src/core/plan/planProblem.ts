/**
 * The plan as a problem to search (optimiser.ts says why it is set up this way): the needs, the ground
 * elements (a supporter, an ECT and up to two of its needs) and each supporter's limits.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { typeEntries } from "../model/supportTypes.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import type { EctSide, ScoredCandidate } from "./candidates.ts";
import { candidatePools, ectSide, rankCandidates, scoreCandidate } from "./candidates.ts";
import { ECT_PEER_MAX_TYPES, kindsIn } from "./ectPeer.ts";

export interface PlanOptions {
  /** Only ECTs of this school (candidates may come from anywhere, same school first). */
  readonly school?: string | undefined;
  /** Also add a second source where an ECT has only one (gaps always come first). */
  readonly secondSources?: boolean | undefined;
  /** How many ranked candidates each need considers (default 8). */
  readonly candidatesPerNeed?: number | undefined;
  /** New ECTs someone whose capacity is not recorded may be given (default 1). */
  readonly unknownCapacityPlaces?: number | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface Need {
  readonly e: number;
  readonly type: SupportType;
  readonly kind: "gap" | "single";
  readonly weight: number;
}

export interface Pair {
  readonly c: number;
  readonly e: number;
  /** The (c, e) this element belongs to: at most one element of each is chosen. */
  readonly group: number;
  /** Needs (indices) this element covers (at most two), with the candidate's scoring for each. */
  readonly needs: readonly number[];
  readonly scored: readonly ScoredCandidate[];
  /** c does not support e yet: the pair takes one of c's places. */
  readonly newPlace: boolean;
  /** c would become the only source of something for one more ECT. */
  readonly slot: boolean;
  readonly key: readonly number[];
}

/** The problem the searches solve: needs, candidate elements and each supporter's limits. */
export interface PlanProblem {
  readonly needs: readonly Need[];
  readonly pairs: readonly Pair[];
  /** Per need: the elements that cover it, candidate by candidate in ranking order. */
  readonly byNeed: readonly (readonly number[])[];
  readonly places: ReadonlyMap<number, number>;
  readonly slots: ReadonlyMap<number, number>;
  /** New ECTs someone whose capacity is not recorded may be given. */
  readonly unknownPlaces: number;
}

export function planProblem(prepared: PreparedAnalysis, options: PlanOptions = {}): PlanProblem {
  const { net, ctx } = prepared;
  const limit = options.candidatesPerNeed ?? 8;
  const unknownPlaces = options.unknownCapacityPlaces ?? 1;
  // 1. Needs, in ECT order then type order.
  const raw: { e: number; type: SupportType; kind: "gap" | "single" }[] = [];
  for (const r of prepared.result.ects) {
    if (r.unmapped || ctx.excluded[r.index]) continue;
    if (options.school !== undefined && net.people[r.index]!.school !== options.school) continue;
    for (const [type, providers] of typeEntries(r.providers)) {
      if (providers.length === 0) raw.push({ e: r.index, type, kind: "gap" });
      else if (providers.length === 1 && options.secondSources) raw.push({ e: r.index, type, kind: "single" });
    }
  }
  // A gap outweighs every second source together, so covering gaps always comes first.
  const singles = raw.filter((n) => n.kind === "single").length;
  const needs: Need[] = raw.map((n) => ({ ...n, weight: n.kind === "gap" ? singles + 1 : 1 }));

  // 2. Candidate pairs, from each need's ranked candidates.
  const pools = candidatePools(prepared);
  const soleEcts = new Map<number, Set<number>>();
  const sole = prepared.tables.sole;
  for (let g = 0; g + 1 < sole.start.length; g++)
    if (sole.start[g + 1]! > sole.start[g]!)
      soleEcts.set(g, new Set(sole.ect.subarray(sole.start[g], sole.start[g + 1])));
  const needsOf = new Map<number, number[]>();
  needs.forEach((n, i) => {
    const list = needsOf.get(n.e);
    if (list) list.push(i);
    else needsOf.set(n.e, [i]);
  });
  const pairs: Pair[] = [];
  const groupAt = new Map<number, number[]>();
  const byNeed: number[][] = needs.map(() => []);
  const sides = new Map<number, EctSide>();
  const people = net.people.length;
  needs.forEach((need, i) => {
    if (i % 500 === 0) options.onProgress?.(i, needs.length);
    let side = sides.get(need.e);
    if (!side) sides.set(need.e, (side = ectSide(prepared, need.e)));
    for (const cand of rankCandidates(prepared, side, need.type, limit)) {
      const group = cand.p * people + need.e;
      let elements = groupAt.get(group);
      if (!elements) {
        const covers: number[] = [];
        const scored: ScoredCandidate[] = [];
        for (const j of needsOf.get(need.e)!) {
          const s = j === i ? cand : scoreCandidate(prepared, pools, side, cand.p, needs[j]!.type);
          if (s) {
            covers.push(j);
            scored.push(s);
          }
        }
        const most = net.isEct[cand.p]
          ? ECT_PEER_MAX_TYPES - kindsIn(side.gives.get(cand.p) ?? 0, ctx.countedMask)
          : MAX_NEW_KINDS;
        elements = [];
        for (const subset of subsetsOf(covers.length, Math.min(most, covers.length))) {
          const mine = subset.map((k) => covers[k]!);
          elements.push(pairs.length);
          pairs.push({
            c: cand.p,
            e: need.e,
            group,
            needs: mine,
            scored: subset.map((k) => scored[k]!),
            newPlace: !side.gives.has(cand.p),
            slot: mine.some((j) => needs[j]!.kind === "gap") && !(soleEcts.get(cand.p)?.has(need.e) ?? false),
            key: cand.key,
          });
        }
        groupAt.set(group, elements);
      }
      for (const at of elements) if (pairs[at]!.needs.includes(i)) byNeed[i]!.push(at);
    }
  });
  options.onProgress?.(needs.length, needs.length);

  // 3. Each supporter's limits.
  const places = new Map<number, number>();
  const slots = new Map<number, number>();
  for (const { c } of pairs) {
    if (places.has(c)) continue;
    const capacity = net.people[c]!.capacity;
    places.set(c, capacity === undefined ? unknownPlaces : Math.max(0, capacity - prepared.basics.ectCount[c]!));
    slots.set(c, ctx.settings.keystone_ect_count - 1 - (soleEcts.get(c)?.size ?? 0));
  }
  return { needs, pairs, byNeed, places, slots, unknownPlaces };
}

/** At most this many new kinds from one person to one ECT in a plan. */
export const MAX_NEW_KINDS = 2;

/** Every k-subset of 0..n-1, as index lists in lexicographic order. */
function subsetsOf(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (from: number, acc: number[]) => {
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let x = from; x < n; x++) walk(x + 1, [...acc, x]);
  };
  if (k > 0) walk(0, []);
  return out;
}
