/**
 * A draft plan as totals, for share mode (docs/domain.md 8.9): how many links are proposed, and of
 * which kinds, with no row per link. A row per proposal, even in codes ("ECT 3" → "ECT 5"), is a
 * breakdown person by person, which share mode never shows; the screen says the same totals
 * (ui/plan/planTotals.ts). Counts below k read "fewer than k", as everywhere in share mode.
 */
import { ALL_TYPES } from "../model/supportTypes.ts";
import type { ProposedLink } from "../plan/proposals.ts";
import type { ShareRule } from "../share/shareRule.ts";
import { countWords } from "../share/shareRule.ts";
import { toCsv } from "./toCsv.ts";

/**
 * @example
 * planTotalsCsv(plan, rule);
 * // "\uFEFFsupport_type,links_proposed\r\nall,4\r\npsychosocial,3\r\nbehaviour,fewer than 3\r\n"
 */
export function planTotalsCsv(plan: readonly ProposedLink[], rule: ShareRule): string {
  // A link of two kinds counts under each kind; "all" counts it once.
  const kinds = ALL_TYPES.map((t) => ({ t, n: plan.filter((p) => p.supportTypes.includes(t)).length })).filter(
    ({ n }) => n > 0,
  );
  return toCsv(
    ["support_type", "links_proposed"],
    [["all", countWords(plan.length, rule)], ...kinds.map(({ t, n }) => [t, countWords(n, rule)])],
  );
}
