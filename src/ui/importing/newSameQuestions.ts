/**
 * How many "Same person?" questions are new since the last list: joining names can raise one
 * ("Mrs Hartley" joined into "Jess Hartley" now asks about "J Hartley"), and a question that
 * appears unannounced reads as one the lead already answered coming back.
 */
import type { SamePersonProposal } from "../../core/index.ts";

const pairKey = (p: SamePersonProposal) => [p.keep.name, p.other.name].sort().join("\u0000");

export function newSameQuestions(before: readonly SamePersonProposal[], after: readonly SamePersonProposal[]): number {
  const asked = new Set(before.map(pairKey));
  return after.filter((p) => !asked.has(pairKey(p))).length;
}
