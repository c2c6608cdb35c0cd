/**
 * Whether an ECT's heat-map row shows a gap: their map is filled in and some counted kind has no one.
 * An ECT with no one at all counts: GAP is suppressed under ISOLATED (domain 5.1) so the flag
 * list stays short, but every cell of their row reads "gap", and a tile saying "0 with a gap" beside
 * four gap cells told a lead something the table did not. Unmapped ECTs show "not mapped", not gaps.
 */
import type { SupportType } from "../model/supportTypes.ts";

export function showsAGap(e: {
  readonly unmapped: boolean;
  readonly coverage: Readonly<Partial<Record<SupportType, number>>>;
}): boolean {
  return !e.unmapped && Object.values(e.coverage).some((n) => n === 0);
}
