/**
 * The plan's second-source needs counted as every list counts them (docs/domain.md 5.1): an ECT with
 * all their support through one person (SINGLE_SUPPORTER) is one item, its sole sources folded under
 * it, as on the ECT's page, in the plan's flag lists and in comparePlan's singleCounts; every other
 * single source counts by kind. Counted by kind, "covering 14 of 14 single sources" read as 14 things
 * where the lists showed a handful.
 *
 * Such an ECT counts as covered when the plan proposes them someone other than their one supporter:
 * that is when SINGLE_SUPPORTER would clear. Another kind from the same person would not clear it.
 */
import { hasFlag } from "../analysis/analyse.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import type { ProposedLink } from "./proposals.ts";

export interface SingleNeedCounts {
  /** ECTs with all their support through one person who have a single source to cover. */
  readonly singleSupporterEcts: number;
  /** Single sources of every other ECT, kind by kind. */
  readonly otherSingles: number;
}

/** A need as the plan problem holds it: the ECT's person index and whether it is a single source. */
interface SingleNeed {
  readonly e: number;
  readonly kind: "gap" | "single";
}

/**
 * @example
 * foldedSingles(prepared, problem.needs, (i) => covered[i] === 1, proposed);
 * // { needs: { singleSupporterEcts: 4, otherSingles: 10 }, covered: { singleSupporterEcts: 3, otherSingles: 9 } }
 */
export function foldedSingles(
  prepared: PreparedAnalysis,
  needs: readonly SingleNeed[],
  isCovered: (i: number) => boolean,
  proposed: readonly ProposedLink[],
): { readonly needs: SingleNeedCounts; readonly covered: SingleNeedCounts } {
  const byIndex = new Map(prepared.result.ects.map((r) => [r.index, r]));
  const proposedTo = new Map<string, string[]>();
  for (const p of proposed) proposedTo.set(p.to, [...(proposedTo.get(p.to) ?? []), p.from]);
  const folded = new Set<number>();
  const count = {
    needs: { singleSupporterEcts: 0, otherSingles: 0 },
    covered: { singleSupporterEcts: 0, otherSingles: 0 },
  };
  needs.forEach((n, i) => {
    if (n.kind !== "single") return;
    const r = byIndex.get(n.e);
    if (r && hasFlag(r, "SINGLE_SUPPORTER")) {
      if (folded.has(n.e)) return;
      folded.add(n.e);
      count.needs.singleSupporterEcts++;
      const one = r.supporters[0];
      if ((proposedTo.get(r.id) ?? []).some((from) => from !== one)) count.covered.singleSupporterEcts++;
      return;
    }
    count.needs.otherSingles++;
    if (isCovered(i)) count.covered.otherSingles++;
  });
  return count;
}
