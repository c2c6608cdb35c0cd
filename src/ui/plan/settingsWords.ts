/**
 * What the settings form says of itself: how many changes wait for Apply, and, once applied, what
 * changed in the flags. A setting that seems to change nothing reads as broken, so say both.
 */
import type { Settings } from "../../core/index.ts";
import { plural } from "../plural.ts";

/** How many settings differ between the form and what is in force (the six meeting intervals count as one). */
export function unappliedChanges(draft: Settings, settings: Settings): number {
  const keys = new Set([...Object.keys(draft), ...Object.keys(settings)]);
  return [...keys].filter((k) => JSON.stringify(Reflect.get(draft, k)) !== JSON.stringify(Reflect.get(settings, k)))
    .length;
}

/** "2 changes not applied yet" */
export function unappliedWords(changes: number): string {
  return `${plural(changes, "change")} not applied yet`;
}

/**
 * Said once the flags are worked out again with the new settings.
 * @example settingsAppliedWords(1, 9) // "Flags worked out again: 9 ECTs with a gap, was 1."
 */
export function settingsAppliedWords(gapsBefore: number, gapsAfter: number): string {
  const now = `${plural(gapsAfter, "ECT")} with a gap`;
  return gapsBefore === gapsAfter
    ? `Flags worked out again: still ${now}.`
    : `Flags worked out again: ${now}, was ${gapsBefore.toLocaleString("en-GB")}.`;
}
