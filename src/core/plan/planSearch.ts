/**
 * The two searches over a plan problem (the lazy greedy and the suggestion-by-suggestion baseline) and the
 * value both maximise.
 */
import { Heap } from "./heap.ts";
import type { Pair, PlanProblem } from "./planProblem.ts";

export interface Selection {
  readonly chosen: readonly number[];
  readonly covered: Uint8Array;
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
