/**
 * The lead's choices in "Same person?", one per proposal, and the answers they make. The bulk
 * button joins only the pairs core's joinsInBulk allows (a title or an initial); nicknames, typing
 * slips and lone first names are left for the lead to answer one by one.
 */
import type { SameAnswer, SamePersonProposal } from "../../core/index.ts";
import { joinsInBulk } from "../../core/index.ts";

export type SameChoice = "unsure" | "keep" | "other" | "different";

/**
 * The choices offered for one question, with their labels. When the kept name is a staff-list
 * person, "call them" the other spelling is not offered: the import keeps the staff list's name
 * (their id says who they are), so that choice would not do what it says.
 */
export function choicesFor(p: SamePersonProposal): readonly (readonly [SameChoice, string])[] {
  const choices: [SameChoice, string][] = [["keep", `The same person: call them ${p.keep.name}`]];
  if (p.keep.listed !== true) choices.push(["other", `The same person: call them ${p.other.name}`]);
  choices.push(["different", "Two different people"], ["unsure", "Not sure yet"]);
  return choices;
}

/** The answer a choice gives, or none for "Not sure yet". */
export function answerOf(p: SamePersonProposal, choice: SameChoice): SameAnswer | undefined {
  if (choice === "keep") return { keep: p.keep.name, other: p.other.name, same: true };
  if (choice === "other") return { keep: p.other.name, other: p.keep.name, same: true };
  if (choice === "different") return { keep: p.keep.name, other: p.other.name, same: false };
  return undefined;
}

/** The answers chosen so far, in the proposals' order. */
export function chosenAnswers(proposals: readonly SamePersonProposal[], choices: readonly SameChoice[]): SameAnswer[] {
  return proposals.flatMap((p, i) => {
    const a = answerOf(p, choices[i] ?? "unsure");
    return a ? [a] : [];
  });
}

/**
 * The bulk button's answers: every choice the lead made, and "the same person" (keeping the fuller
 * spelling) for each pair still "Not sure yet" that may be joined in bulk. `joined` counts those.
 */
export function bulkAnswers(
  proposals: readonly SamePersonProposal[],
  choices: readonly SameChoice[],
): { readonly answers: SameAnswer[]; readonly joined: number; readonly chosen: number } {
  let joined = 0;
  let chosen = 0;
  const answers = proposals.flatMap((p, i) => {
    const choice = choices[i] ?? "unsure";
    if (choice !== "unsure") chosen++;
    else if (joinsInBulk(p)) joined++;
    const a = answerOf(p, choice === "unsure" && joinsInBulk(p) ? "keep" : choice);
    return a ? [a] : [];
  });
  return { answers, joined, chosen };
}
