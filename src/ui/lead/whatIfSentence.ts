/**
 * A what-if's result in one sentence (pure): the question ("What if Beth Summers were away?")
 * and its answer ("4 new gaps, 1 ECT left with no one."). Shown as the result's heading and
 * text, and said in the live region. In share mode (the rule lists no one one by one) it names no
 * one, and small counts are hidden as the rule says.
 */
import type { ShareRule, WhatIfResult } from "../../core/index.ts";
import { countWords } from "../../core/index.ts";

export interface WhatIfWords {
  readonly question: string;
  readonly answer: string;
}

const names = (ids: readonly string[], nameOf: (id: string) => string): string =>
  ids.length <= 1
    ? ids.map(nameOf).join("")
    : `${ids.slice(0, -1).map(nameOf).join(", ")} and ${nameOf(ids[ids.length - 1] ?? "")}`;

/**
 * @example
 * whatIfSentence(result, nameOf, NAMES_SHOWN);
 * // { question: "What if Beth Summers were away?", answer: "4 new gaps, 1 ECT left with no one." }
 */
export function whatIfSentence(
  result: Pick<WhatIfResult, "removed" | "newGaps" | "newlyIsolated">,
  nameOf: (id: string) => string,
  rule: ShareRule,
): WhatIfWords {
  const n = result.removed.length;
  const who = rule.breakdowns ? names(result.removed, nameOf) : n === 1 ? "this person" : `these ${n} people`;
  // "1 new gap", "3 new gaps", and "fewer than 5 new gaps" when share mode hides a small count.
  const count = (n: number, word: string) => {
    const shown = countWords(n, rule);
    return `${shown} ${word}${shown === "1" ? "" : "s"}`;
  };
  const gaps = result.newGaps.length;
  const alone = result.newlyIsolated.length;
  const parts = [
    gaps === 0 ? "No new gaps" : count(gaps, "new gap"),
    alone > 0 ? `${count(alone, "ECT")} left with no one` : "",
  ];
  return {
    question: `What if ${who} ${n === 1 ? "were" : "were all"} away?`,
    answer: `${parts.filter(Boolean).join(", ")}.`,
  };
}
