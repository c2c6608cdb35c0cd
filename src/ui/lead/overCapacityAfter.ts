/**
 * Who is over capacity once a what-if is applied. The tile's "→ n" and the list it opens both read
 * this, so they always agree: today's OVER_CAPACITY flags, less those the scenario clears (someone
 * away, or whose ECTs are away), plus those it adds.
 */
import type { Flag, SupporterRow } from "../../core/index.ts";
import { overCapacity } from "./supporterView.ts";

/** What a what-if changed (its result). */
interface Changes {
  readonly flagsAdded: readonly Flag[];
  readonly flagsCleared: readonly Flag[];
}

const subjects = (flags: readonly Flag[]): Set<string> =>
  new Set(flags.flatMap((f) => (f.code === "OVER_CAPACITY" && f.subject !== undefined ? [f.subject] : [])));

/** Today's over-capacity count becomes this much larger (or smaller) in the scenario. */
export function overCapacityDelta(changes: Changes | undefined): number {
  return changes ? subjects(changes.flagsAdded).size - subjects(changes.flagsCleared).size : 0;
}

/** Whether a supporter is over capacity in the scenario (today, with no scenario). */
export function overCapacityIn(changes: Changes | undefined): (r: SupporterRow) => boolean {
  if (!changes) return overCapacity;
  const added = subjects(changes.flagsAdded);
  const cleared = subjects(changes.flagsCleared);
  return (r) => added.has(r.id) || (overCapacity(r) && !cleared.has(r.id));
}
