/**
 * Propose a plan: links that cover as many ECT gaps as possible without overloading anyone.
 *
 * Formulation. The needs are the (ECT, type) pairs with no live provider (and, on request, those
 * with exactly one). A ground element is a supporter c, an ECT e and a set T of e's needs that the
 * rules of docs/domain.md 5.5 let c take, with |T| = min(2, what c could take): choosing it means "c
 * gives e the kinds in T". One person is never proposed for more than two kinds to one ECT (a
 * person given every missing kind would be a new single point of failure, and the network should
 * follow the ECT, not be handed to one person), and an ECT giver never for more than two in all
 * (ectPeer.ts). The value of a set of elements is the total weight of the needs they cover: a
 * weighted coverage function, so monotone and submodular. The constraints are:
 *  - one element per (c, e), nested in places per supporter: new ECTs ≤ places left (capacity −
 *    ECTs supported; capacity not recorded counts as `unknownCapacityPlaces`, one by default, so
 *    nobody unknown is handed a caseload). Every element of one (c, e) takes a place or none does,
 *    so these classes are laminar, and a laminar family of limits is a matroid;
 *  - no new keystones: elements that would make c the only source of something for a further ECT
 *    ≤ keystone_ect_count − 1 − the ECTs c is already the only source for (a partition matroid).
 * So the feasible sets are the intersection of two matroids, and the greedy rule "take the element
 * with the largest gain that still fits" reaches at least 1/3 of the best possible value (Fisher,
 * Nemhauser & Wolsey 1978: 1/(p+1) for p matroids). We run it lazily (gains only fall), and also
 * run the obvious baseline (each need in turn takes its top suggestion that still fits), and return
 * the better of the two, so the plan is never worse than the baseline. Tests check the bound
 * against brute force on small networks.
 *
 * Ties are broken by same school, then by how many new ECTs the supporter has been given in this
 * plan (spreading load), then by the suggestion ranking. Suggestions stay ideas: nothing here
 * changes the network.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import type { EctSide, ScoredCandidate } from "./candidates.ts";
import { candidatePools, ectSide, rankCandidates, scoreCandidate } from "./candidates.ts";
import { ECT_PEER_MAX_TYPES, kindsIn } from "./ectPeer.ts";
import type { ProposedLink } from "./proposals.ts";
import type { PersonId } from "../model/types.ts";
import { listWords } from "../report/describeFlag.ts";

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

export interface PlanNeed {
  readonly ect: PersonId;
  readonly supportType: SupportType;
  readonly need: "gap" | "single";
}

export interface ProposedPlan {
  readonly proposed: readonly ProposedLink[];
  /** Which search gave the plan: the matroid greedy, or the baseline when it did better. */
  readonly method: "greedy" | "baseline";
  readonly needs: { readonly gaps: number; readonly singles: number };
  readonly covered: { readonly gaps: number; readonly singles: number };
  /** Needs the plan could not cover, with why. */
  readonly uncovered: readonly (PlanNeed & { readonly why: string })[];
}

interface Need {
  readonly e: number;
  readonly type: SupportType;
  readonly kind: "gap" | "single";
  readonly weight: number;
}

interface Pair {
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

export interface Selection {
  readonly chosen: readonly number[];
  readonly covered: Uint8Array;
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
    for (const [type, providers] of Object.entries(r.providers) as [SupportType, readonly PersonId[]][]) {
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

/** The limits a search spends as it chooses: places, keystone slots, and the (c, e) already used. */
interface Limits {
  readonly places: Map<number, number>;
  readonly slots: Map<number, number>;
  readonly groups: Set<number>;
}

const freshLimits = (problem: PlanProblem): Limits => ({
  places: new Map(problem.places),
  slots: new Map(problem.slots),
  groups: new Set(),
});

/** Checks and takes an element's limits; false (and nothing taken) when it does not fit. */
function take(pair: Pair, limits: Limits): boolean {
  const { places, slots, groups } = limits;
  if (groups.has(pair.group)) return false;
  if (pair.newPlace && places.get(pair.c)! <= 0) return false;
  if (pair.slot && slots.get(pair.c)! <= 0) return false;
  groups.add(pair.group);
  if (pair.newPlace) places.set(pair.c, places.get(pair.c)! - 1);
  if (pair.slot) slots.set(pair.c, slots.get(pair.c)! - 1);
  return true;
}

function gainOf(problem: PlanProblem, pair: Pair, covered: Uint8Array): number {
  let g = 0;
  for (const j of pair.needs) if (!covered[j]) g += problem.needs[j]!.weight;
  return g;
}

/** The lazy greedy: largest gain first; ties by same school, load given so far, ranking. */
export function greedySelection(problem: PlanProblem): Selection {
  const covered = new Uint8Array(problem.needs.length);
  const limits = freshLimits(problem);
  const given = new Map<number, number>();
  type Entry = { readonly at: number; readonly gain: number; readonly given: number };
  const better = (a: Entry, b: Entry): boolean => {
    if (a.gain !== b.gain) return a.gain > b.gain;
    const pa = problem.pairs[a.at]!;
    const pb = problem.pairs[b.at]!;
    if (pa.key[0] !== pb.key[0]) return pa.key[0]! > pb.key[0]!;
    if (a.given !== b.given) return a.given < b.given;
    for (let i = 1; i < pa.key.length; i++) if (pa.key[i] !== pb.key[i]) return pa.key[i]! > pb.key[i]!;
    return a.at < b.at;
  };
  const heap = new Heap<Entry>(better);
  problem.pairs.forEach((p, at) => heap.push({ at, gain: gainOf(problem, p, covered), given: 0 }));
  const chosen: number[] = [];
  for (let top = heap.pop(); top; top = heap.pop()) {
    const pair = problem.pairs[top.at]!;
    const now: Entry = { at: top.at, gain: gainOf(problem, pair, covered), given: given.get(pair.c) ?? 0 };
    if (now.gain === 0) continue;
    // Gains only fall and loads only rise, so a stale entry is re-queued with its true value.
    if (now.gain !== top.gain || now.given !== top.given) {
      heap.push(now);
      continue;
    }
    // Limits only tighten, so a pair that does not fit now never will.
    if (!take(pair, limits)) continue;
    chosen.push(top.at);
    for (const j of pair.needs) covered[j] = 1;
    if (pair.newPlace) given.set(pair.c, (given.get(pair.c) ?? 0) + 1);
  }
  return { chosen, covered };
}

/**
 * The baseline: each need in turn takes its best-ranked candidate that still fits, with the
 * element of that candidate (the need and, within the two-kinds limit, whatever else it covers)
 * that gains most.
 */
export function baselineSelection(problem: PlanProblem): Selection {
  const covered = new Uint8Array(problem.needs.length);
  const limits = freshLimits(problem);
  const chosen: number[] = [];
  problem.needs.forEach((_, i) => {
    if (covered[i]) return;
    const list = problem.byNeed[i]!;
    for (let k = 0; k < list.length;) {
      const group = problem.pairs[list[k]!]!.group;
      const run: number[] = [];
      for (; k < list.length && problem.pairs[list[k]!]!.group === group; k++) run.push(list[k]!);
      run.sort(
        (a, b) => gainOf(problem, problem.pairs[b]!, covered) - gainOf(problem, problem.pairs[a]!, covered) || a - b,
      );
      const at = run.find((x) => take(problem.pairs[x]!, limits));
      if (at === undefined) continue;
      chosen.push(at);
      for (const j of problem.pairs[at]!.needs) covered[j] = 1;
      return;
    }
  });
  return { chosen, covered };
}

/** Total weight of the needs a selection covers (the value both searches maximise). */
export function selectionValue(problem: PlanProblem, s: Selection): number {
  let v = 0;
  problem.needs.forEach((n, i) => {
    if (s.covered[i]) v += n.weight;
  });
  return v;
}

export function proposePlan(prepared: PreparedAnalysis, options: PlanOptions = {}): ProposedPlan {
  const problem = planProblem(prepared, options);
  const greedy = greedySelection(problem);
  const baseline = baselineSelection(problem);
  const gv = selectionValue(problem, greedy);
  const bv = selectionValue(problem, baseline);
  const useBaseline = bv > gv || (bv === gv && baseline.chosen.length < greedy.chosen.length);
  const pick = useBaseline ? baseline : greedy;
  return {
    proposed: explain(prepared, problem, pick),
    method: useBaseline ? "baseline" : "greedy",
    needs: count(problem, () => true),
    covered: count(problem, (i) => pick.covered[i] === 1),
    uncovered: problem.needs
      .map((n, i) => ({ n, i }))
      .filter(({ i }) => !pick.covered[i])
      .map(({ n, i }) => ({
        ect: prepared.net.people[n.e]!.id,
        supportType: n.type,
        need: n.kind,
        why: uncoveredWhy(problem, pick, i),
      })),
  };
}

/** Why a need stays open, in words for the mentor lead. */
function uncoveredWhy(problem: PlanProblem, pick: Selection, i: number): string {
  const list = problem.byNeed[i]!;
  if (list.length === 0) return "no one with room to help fits the rules";
  const chosenGroups = new Set(pick.chosen.map((at) => problem.pairs[at]!.group));
  if (list.some((at) => chosenGroups.has(problem.pairs[at]!.group)))
    return (
      "whoever could take it is already proposed for two other kinds for this ECT or has no place left; " +
      "one person is never asked for more than two kinds, so support stays spread"
    );
  return "everyone who could help has no place left in this plan, or would become the only source for several ECTs";
}

function count(problem: PlanProblem, keep: (i: number) => boolean): { gaps: number; singles: number } {
  let gaps = 0;
  let singles = 0;
  problem.needs.forEach((n, i) => {
    if (!keep(i)) return;
    if (n.kind === "gap") gaps++;
    else singles++;
  });
  return { gaps, singles };
}

const label = (t: SupportType) => SUPPORT_TYPES[t].short;

/** A candidate's reasons about room today, restated by the plan as room after it. */
const ROOM_REASON = /^\d+ places? left \(|^capacity not recorded|^how many ECTs they can take/;

/** Each chosen pair as a proposed link with its reasons, in words with no names. */
function explain(prepared: PreparedAnalysis, problem: PlanProblem, s: Selection): ProposedLink[] {
  const { net } = prepared;
  const placesAfter = new Map(problem.places);
  // Needs are covered by the first chosen pair that reaches them.
  const coveredBy = new Map<number, number>();
  for (const at of s.chosen) {
    const pair = problem.pairs[at]!;
    if (pair.newPlace) placesAfter.set(pair.c, placesAfter.get(pair.c)! - 1);
    for (const j of pair.needs) if (!coveredBy.has(j)) coveredBy.set(j, at);
  }
  return s.chosen.map((at): ProposedLink => {
    const pair = problem.pairs[at]!;
    const mine = pair.needs.filter((j) => coveredBy.get(j) === at);
    const types = mine.map((j) => problem.needs[j]!.type);
    // The candidate's reasons for the weightiest need it covers (a gap before a second source).
    const lead = mine.reduce((a, b) => (problem.needs[b]!.weight > problem.needs[a]!.weight ? b : a), mine[0]!);
    const first = pair.scored[pair.needs.indexOf(lead)]!;
    const reasons: string[] = [];
    const gaps = mine.filter((j) => problem.needs[j]!.kind === "gap").map((j) => label(problem.needs[j]!.type));
    const singles = mine.filter((j) => problem.needs[j]!.kind === "single").map((j) => label(problem.needs[j]!.type));
    if (gaps.length > 0) reasons.push(`covers ${listWords(gaps)}, where this ECT has no one yet`);
    if (singles.length > 0) reasons.push(`adds a second source of ${listWords(singles)}`);
    // The candidate's own reasons, with room restated as it stands after the whole plan.
    reasons.push(...first.reasons.filter((r) => !ROOM_REASON.test(r)));
    const person = net.people[pair.c]!;
    const left = placesAfter.get(pair.c)!;
    const most = problem.unknownPlaces === 1 ? "one new ECT" : `${problem.unknownPlaces} new ECTs`;
    if (person.capacity === undefined)
      reasons.push(
        person.capacity_minutes_per_month === undefined
          ? `capacity not recorded, so the plan gives them at most ${most}; check with them`
          : `how many ECTs they can take is not recorded, so the plan gives them at most ${most}; check with them`,
      );
    else if (pair.newPlace)
      reasons.push(`${left} place${left === 1 ? "" : "s"} left after this plan (capacity ${person.capacity} ECTs)`);
    else reasons.push("already supports this ECT, so no new place is used");
    if (pair.slot) reasons.push("does not become the only source for several ECTs");
    return {
      from: person.id,
      to: net.people[pair.e]!.id,
      supportTypes: types,
      headline: first.headline,
      reasons,
      source: "optimiser",
    };
  });
}

/** A binary heap ordered by `better` (the best at the top). */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly better: (a: T, b: T) => boolean) {}
  push(x: T): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.better(a[i]!, a[up]!)) break;
      [a[i], a[up]] = [a[up]!, a[i]!];
      i = up;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < a.length && this.better(a[l]!, a[best]!)) best = l;
        if (r < a.length && this.better(a[r]!, a[best]!)) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best]!, a[i]!];
        i = best;
      }
    }
    return top;
  }
}
