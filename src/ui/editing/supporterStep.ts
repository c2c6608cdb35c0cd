/**
 * The step a supporter form's save makes, named for Undo and Redo and, in the past tense, said once
 * applied (doneWords): "add Mr Khan and Priya to your map", "add that you help Amira Shah". The old
 * "add helping Amira Shah" read as a typing slip in both places.
 */
import type { SupportType } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";

interface Step {
  /** The people saved, in words ("Mr Khan and Priya"). */
  readonly names: string;
  /** "in": they help the ECT; "out": the ECT helps them. */
  readonly direction: "in" | "out";
  /** Every one was on the map already: only kinds of support were added. */
  readonly onlyUpdates: boolean;
  readonly kinds: readonly SupportType[];
  readonly voice: "you" | "they";
  readonly ectName: string;
}

export function supporterStep({ names, direction, onlyUpdates, kinds, voice, ectName }: Step): string {
  if (onlyUpdates) return `add ${kinds.map((t) => SUPPORT_TYPES[t].short).join(" and ")} to ${names}`;
  if (direction === "out") return voice === "you" ? `add that you help ${names}` : `add that ${ectName} helps ${names}`;
  return `add ${names} to ${voice === "you" ? "your map" : `${ectName}'s map`}`;
}
