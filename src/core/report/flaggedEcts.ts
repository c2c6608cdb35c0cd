/**
 * How many ECTs carry each flag, as the lead's tiles count them: an ECT with two gaps counts once.
 * The worker counts over every ECT with the load; the page counts the rows after a what-if the same way.
 */
import type { EctRow } from "./overview.ts";

export function flaggedEctsOf(rows: readonly EctRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) for (const code of new Set(r.flags.map((f) => f.code))) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}
