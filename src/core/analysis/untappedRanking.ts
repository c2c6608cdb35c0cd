/**
 * The order of untapped people (docs/domain.md 5.5): same school, then peer-like, then a similar career
 * stage, then having strengths; ties keep people-list order. For one ECT (UNTAPPED_CAPACITY's
 * candidates) each step is read against that ECT; for the UNTAPPED list, which has no one ECT in
 * mind, against the ECTs of the person's school.
 */
import type { PersonId } from "../model/types.ts";
import { PEER_LIKE } from "../model/network.ts";
import type { AnalysisContext } from "./context.ts";
import { isExcluded } from "./context.ts";
import { isPeerLike } from "./ectView.ts";

const hasStrengths = (ctx: AnalysisContext, p: number) => (ctx.net.people[p]!.strengths?.length ?? 0) > 0;

/** Both years recorded and no further apart than `similar_years`. */
function similarStage(ctx: AnalysisContext, p: number, e: number): boolean {
  const a = ctx.net.yearsExperience[p]!;
  const b = ctx.net.yearsExperience[e]!;
  return a === a && b === b && Math.abs(a - b) <= ctx.settings.similar_years;
}

/** Sorts `people` by the keys (each true first, in turn), stably. */
function rankBy(people: readonly number[], keys: (p: number) => readonly boolean[]): number[] {
  const keyed = people.map((p, i) => ({ p, i, k: keys(p) }));
  keyed.sort((x, y) => {
    for (let j = 0; j < x.k.length; j++) if (x.k[j] !== y.k[j]) return x.k[j] ? -1 : 1;
    return x.i - y.i;
  });
  return keyed.map((x) => x.p);
}

/** Candidates for ECT `e` (all of `e`'s school already), in 5.5's order for that ECT. */
export function rankForEct(ctx: AnalysisContext, e: number, people: readonly number[]): number[] {
  return rankBy(people, (p) => [isPeerLike(ctx, p, e), similarStage(ctx, p, e), hasStrengths(ctx, p)]);
}

/**
 * The UNTAPPED people in 5.5's order with no one ECT in mind: sharing a school with an ECT; peer-like
 * by role (not a middle or senior leader); within `similar_years` of an ECT of their school; strengths.
 */
export function rankUntapped(ctx: AnalysisContext, untapped: readonly { readonly index: number }[]): PersonId[] {
  const { net } = ctx;
  const ectsBySchool = new Map<number, number[]>();
  for (const e of net.ects) {
    const s = net.school[e]!;
    if (s < 0 || isExcluded(ctx, e)) continue;
    const list = ectsBySchool.get(s);
    if (list) list.push(e);
    else ectsBySchool.set(s, [e]);
  }
  const ranked = rankBy(
    untapped.map((u) => u.index),
    (p) => {
      const ects = ectsBySchool.get(net.school[p]!) ?? [];
      return [
        ects.length > 0,
        net.peerLike[p] !== PEER_LIKE.never,
        ects.some((e) => similarStage(ctx, p, e)),
        hasStrengths(ctx, p),
      ];
    },
  );
  return ranked.map((p) => net.people[p]!.id);
}
