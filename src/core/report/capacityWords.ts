/**
 * How many people are over capacity, said so that a zero means something: OVER_CAPACITY is raised
 * only for people with a capacity recorded, so "0 over capacity" over a network where nobody has one
 * told a lead looking for overloaded supporters that there were none, though one supported 9 ECTs.
 * Every place that counts people over capacity (the tiles, the printed summary, the reports, a draft
 * plan beside today) says it through here, so a missing capacity is never shown as a 0.
 */

/** How to record capacity, for a lead who has none recorded (the people file is the only place it is set). */
export const CAPACITY_HINT =
  'Add a "capacity" column to the people file (how many ECTs each person can support) to see who is over it.';

const inFull = (n: number): string => n.toLocaleString("en-GB");

/**
 * "of 25 people with capacity recorded". Said as people, not supporters, and as the base the count
 * over capacity is taken from: anyone with a capacity counts (staff with time who support no one yet,
 * an ECT with one), so "25 with capacity recorded" beside "24 supporters" read as if 25 of the 24
 * supporters had one. Counting only supporters instead would not fit the count it sits beside: a
 * person over their minutes may support only mentors, and so not be among the "supporters" (ECTs' givers).
 */
function recordedBase(recorded: number, show: (n: number) => string): string {
  return `of ${show(recorded)} ${recorded === 1 ? "person" : "people"} with capacity recorded`;
}

/**
 * The words after the number of people over capacity (the count tile's label):
 * "capacity not recorded" when nobody has one, else "over capacity (of 5 people with capacity recorded)".
 * @param show how a count is written (share mode hides small ones)
 */
export function overCapacityLabel(recorded: number, show: (n: number) => string = inFull): string {
  return recorded === 0 ? "capacity not recorded" : `over capacity (${recordedBase(recorded, show)})`;
}

/**
 * The same as a phrase: "capacity not recorded" or "2 over capacity (of 5 people with capacity recorded)".
 * @param show how a count is written (share mode hides small ones)
 */
export function overCapacityWords(over: number, recorded: number, show: (n: number) => string = inFull): string {
  return recorded === 0 ? overCapacityLabel(0) : `${show(over)} ${overCapacityLabel(recorded, show)}`;
}

/**
 * People over capacity today and with a draft plan: "2 today, 1 with the plan", or "capacity not
 * recorded" when nobody has one. A plan adds links, never capacities, so with none recorded both
 * counts would be a 0 that says nothing ("over capacity 0 → 0").
 * @param show how a count is written (share mode hides small ones)
 */
export function overCapacityWithPlan(
  today: number,
  withPlan: number,
  recorded: number,
  show: (n: number) => string = inFull,
): string {
  return recorded === 0 ? overCapacityLabel(0) : `${show(today)} today, ${show(withPlan)} with the plan`;
}

/**
 * Said where the untapped supporters would be listed, when there are none. Untapped means time to
 * give (a capacity recorded) and no one supported: with no capacity recorded for anyone, "no one
 * with recorded capacity is unused" read as if everyone were busy, when nobody's time is known.
 */
export function untappedNoneWords(capacityRecorded: number): string {
  return capacityRecorded === 0
    ? 'Capacity is not recorded for anyone, so no one can show here. Add a "capacity" column to the people file (how many ECTs each person can support) to see who has time to give.'
    : `Everyone with capacity recorded (${capacityRecorded === 1 ? "1 person" : `${inFull(capacityRecorded)} people`}) supports someone already.`;
}
