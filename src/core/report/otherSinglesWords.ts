/**
 * The line under the plan's comparison that says what "Other kinds of support with only one
 * source" counts with the plan. The plan's sentence counts today's single sources given a second
 * one ("for 10 of today's 10"); the table counts every single source once the plan is in, new ones
 * too (a gap filled by one person). Read side by side, "10 of 10" and "10 → 1" looked like a
 * disagreement: this says where the 1 comes from. The app's comparison and the CLI's Markdown plan
 * both say it.
 */
import type { OtherSinglesWithPlan } from "../plan/comparePlan.ts";
import type { ShareRule } from "../share/shareRule.ts";
import { countWords } from "../share/shareRule.ts";
import { counted } from "./counted.ts";

/**
 * Undefined when every single source with the plan was one today (the table's fall is then the
 * sentence's count and needs no words).
 * @example
 * otherSinglesWords(10, { still: 0, hadNoOne: 1, throughOnePerson: 0 }, rule);
 * // "With the plan, 0 of today's 10 other single sources still have only one source; 1 is new:
 * //  1 kind of support that had no one today, now with one person."
 */
export function otherSinglesWords(today: number, made: OtherSinglesWithPlan, rule: ShareRule): string | undefined {
  const fresh = made.hadNoOne + made.throughOnePerson;
  if (fresh === 0) return undefined;
  const shown = (n: number, one: string, many: string) => counted(n, one, many, countWords(n, rule));
  const parts: string[] = [];
  if (made.hadNoOne > 0)
    parts.push(`${shown(made.hadNoOne, "kind", "kinds")} of support that had no one today, now with one person`);
  if (made.throughOnePerson > 0)
    parts.push(
      `${shown(made.throughOnePerson, "kind", "kinds")} of support of an ECT whose support all came through one person, now counted one by one`,
    );
  if (today === 0)
    return `With the plan, ${shown(fresh, "kind", "kinds")} of support will have only one source: ${parts.join("; ")}.`;
  return (
    `With the plan, ${countWords(made.still, rule)} of today's ${countWords(today, rule)} other single sources still ` +
    `${countWords(made.still, rule) === "1" ? "has" : "have"} only one source; ${shown(fresh, "is", "are")} new: ${parts.join("; ")}.`
  );
}
