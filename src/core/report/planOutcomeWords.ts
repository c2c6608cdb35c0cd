/**
 * What "Propose a plan" did, in one sentence: links proposed, gaps covered and, with second sources,
 * the single sources covered as every list counts them (core singleNeeds.ts): an ECT with all their
 * support through one person is one, however many kinds come through that person. It counts
 * today's single sources ("for 10 of today's 10"); the comparison table counts those left with the
 * plan, new ones included (a gap filled by one person), and says so under it (otherSinglesWords.ts).
 * The app's draft plan and the CLI's Markdown plan both say it.
 */
import type { ProposedPlan } from "../plan/optimiser.ts";
import type { ShareRule } from "../share/shareRule.ts";
import { countWords } from "../share/shareRule.ts";
import { counted as countedAs } from "./counted.ts";

/** "3 ECTs", "1 ECT", "fewer than 3 ECTs": the noun agrees with what is shown. */
const counted = (n: number, one: string, many: string, rule: ShareRule): string =>
  countedAs(n, one, many, countWords(n, rule));

/**
 * "covering the 1 gap", "covering all 5 gaps", "covering 3 of 4 gaps": "1 of 1 gaps" read as a
 * machine talking. Hidden counts (share mode) are not compared in words, which would give them away.
 */
function gapsWords(covered: number, needs: number, rule: ShareRule): string {
  if (needs === 0) return "with no gaps to cover";
  const all = countWords(needs, rule);
  if (covered === needs && /^\d/.test(all)) return `covering ${needs === 1 ? "the 1 gap" : `all ${all} gaps`}`;
  return `covering ${countWords(covered, rule)} of ${counted(needs, "gap", "gaps", rule)}`;
}

/**
 * @example
 * planOutcomeWords(result, true, rule);
 * // "Proposed 9 links, covering all 5 gaps; a second source for 1 of 1 ECT with all their support
 * //  through one person, and for 8 of today's 9 other single sources. 1 stays open, listed below with why."
 */
export function planOutcomeWords(
  result: Pick<ProposedPlan, "proposed" | "needs" | "covered" | "foldedSingles" | "uncovered">,
  secondSources: boolean,
  rule: ShareRule,
): string {
  const count = (n: number) => countWords(n, rule);
  const { needs, covered } = result.foldedSingles;
  const seconds: string[] = [];
  if (needs.singleSupporterEcts > 0)
    seconds.push(
      `${count(covered.singleSupporterEcts)} of ${counted(needs.singleSupporterEcts, "ECT", "ECTs", rule)} with all their support through one person`,
    );
  if (needs.otherSingles > 0 || seconds.length === 0)
    seconds.push(
      `${count(covered.otherSingles)} of today's ${count(needs.otherSingles)} ${seconds.length > 0 ? "other " : ""}single sources`,
    );
  return (
    `Proposed ${counted(result.proposed.length, "link", "links", rule)}, ${gapsWords(result.covered.gaps, result.needs.gaps, rule)}` +
    (secondSources ? `; a second source for ${seconds.join(", and for ")}` : "") +
    (result.uncovered.length > 0
      ? `. ${counted(result.uncovered.length, "stays", "stay", rule)} open, listed below with why.`
      : ".")
  );
}
