/**
 * The draft plan in share mode (docs/domain.md 8.9): totals only. A list of proposals, even as
 * codes ("ECT 3 → ECT 5, wellbeing"), is a breakdown person by person, so governors see how many
 * links are proposed and of which kinds, and how many flags the plan would clear or add, each count
 * through the share rule ("fewer than 3" below k).
 */
import type { Flag, ProposedLink, ShareRule } from "../../core/index.ts";
import { ALL_TYPES, counted, countWords, flagChangeItems, SUPPORT_TYPES } from "../../core/index.ts";

/** "3", or "fewer than 3", and the noun agreeing with what is shown. */
/**
 * @example
 * proposedTotalsWords(plan, rule); // "3 links proposed: 2 wellbeing, 1 behaviour"
 */
export function proposedTotalsWords(plan: readonly ProposedLink[], rule: ShareRule): string {
  // It starts a sentence, so "Fewer than 3 links proposed".
  const shown = counted(plan.length, "link", "links", countWords(plan.length, rule));
  const head = `${shown.charAt(0).toUpperCase()}${shown.slice(1)} proposed`;
  // A link of two kinds counts once under each: the kinds say what the plan adds, the head how many links.
  const kinds = ALL_TYPES.map((t) => ({ t, n: plan.filter((p) => p.supportTypes.includes(t)).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n)
    .map(({ t, n }) => `${countWords(n, rule)} ${SUPPORT_TYPES[t].short}`);
  return kinds.length === 0 ? head : `${head}: ${kinds.join(", ")}`;
}

/**
 * How many flags the plan would clear and add, counted as the named lists count them (flagChangeItems:
 * an ECT's sole sources fold under "all support through one person"), so the totals agree with them.
 * @example
 * flagTotalsWords(cleared, added, rule); // "With the plan, 5 flags would clear and fewer than 3 would appear."
 */
export function flagTotalsWords(cleared: readonly Flag[], added: readonly Flag[], rule: ShareRule): string {
  const items = (flags: readonly Flag[]) => flagChangeItems(flags, (id) => id).length;
  const clear = items(cleared);
  return `With the plan, ${counted(clear, "flag", "flags", countWords(clear, rule))} would clear and ${countWords(items(added), rule)} would appear.`;
}
