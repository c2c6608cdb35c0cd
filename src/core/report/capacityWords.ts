/**
 * How many people are over capacity, said so that a zero means something: OVER_CAPACITY is raised
 * only for people with a capacity recorded, so "0 over capacity" over a network where nobody has one
 * told a lead looking for overloaded supporters that there were none, though one supported 9 ECTs.
 */

/** How to record capacity, for a lead who has none recorded (the people file is the only place it is set). */
export const CAPACITY_HINT =
  'Add a "capacity" column to the people file (how many ECTs each person can support) to see who is over it.';

const inFull = (n: number): string => n.toLocaleString("en-GB");

/**
 * The words after the number of people over capacity (the count tile's label):
 * "capacity not recorded" when nobody has one, else "over capacity (5 with capacity recorded)".
 * @param show how a count is written (share mode hides small ones)
 */
export function overCapacityLabel(recorded: number, show: (n: number) => string = inFull): string {
  return recorded === 0 ? "capacity not recorded" : `over capacity (${show(recorded)} with capacity recorded)`;
}

/**
 * The same as a phrase: "capacity not recorded" or "2 over capacity (5 with capacity recorded)".
 * @param show how a count is written (share mode hides small ones)
 */
export function overCapacityWords(over: number, recorded: number, show: (n: number) => string = inFull): string {
  return recorded === 0 ? overCapacityLabel(0) : `${show(over)} ${overCapacityLabel(recorded, show)}`;
}
