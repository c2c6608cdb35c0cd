/**
 * An edit once applied, in a sentence for the live region. Steps are named as commands for the
 * Undo and Redo buttons ("Undo: add Mr Khan and Priya to your map"); said after the fact,
 * "Done: add Mr Khan and Priya." read as an instruction, not news.
 */

/** The verbs steps start with, in the past tense. */
const PAST: Readonly<Record<string, string>> = {
  add: "Added",
  change: "Changed",
  finish: "Finished",
  mark: "Marked",
  merge: "Merged",
  remove: "Removed",
  rename: "Renamed",
};

/**
 * @example doneWords("add Mr Khan and Priya to your map") // "Added Mr Khan and Priya to your map."
 */
export function doneWords(step: string): string {
  const space = step.indexOf(" ");
  const past = space > 0 ? PAST[step.slice(0, space)] : undefined;
  return past ? `${past}${step.slice(space)}.` : `Done: ${step}.`;
}
