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
import type { ProposedLink } from "./proposals.ts";
import type { PersonId } from "../model/types.ts";
import { listWords } from "../report/describeFlag.ts";
import type { PlanOptions, PlanProblem } from "./planProblem.ts";
import { planProblem } from "./planProblem.ts";
import type { Selection } from "./planSearch.ts";
import { baselineSelection, greedySelection, selectionValue } from "./planSearch.ts";
import type { SingleNeedCounts } from "./singleNeeds.ts";
import { foldedSingles } from "./singleNeeds.ts";

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
  /**
   * The single sources as the lists count them (singleNeeds.ts): an ECT with all their support
   * through one person is one, the others count by kind. `needs.singles` stays the raw count by kind.
   */
  readonly foldedSingles: { readonly needs: SingleNeedCounts; readonly covered: SingleNeedCounts };
  /** Needs the plan could not cover, with why. */
  readonly uncovered: readonly (PlanNeed & { readonly why: string })[];
}

export function proposePlan(prepared: PreparedAnalysis, options: PlanOptions = {}): ProposedPlan {
  const problem = planProblem(prepared, options);
  const greedy = greedySelection(problem);
  const baseline = baselineSelection(problem);
  const gv = selectionValue(problem, greedy);
  const bv = selectionValue(problem, baseline);
  const useBaseline = bv > gv || (bv === gv && baseline.chosen.length < greedy.chosen.length);
  const pick = useBaseline ? baseline : greedy;
  const proposed = explain(prepared, problem, pick);
  return {
    proposed,
    method: useBaseline ? "baseline" : "greedy",
    needs: count(problem, () => true),
    covered: count(problem, (i) => pick.covered[i] === 1),
    foldedSingles: foldedSingles(prepared, problem.needs, (i) => pick.covered[i] === 1, proposed),
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
