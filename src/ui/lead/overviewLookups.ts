import type { Overview } from "../../core/index.ts";
import { flagOptionLabel, flagOptionTitle } from "./flagOptionLabel.ts";
import type { LeadOverview } from "./loadOverview.ts";

/** ECTs per school, in the order of `schools`, in one pass. */
export function countBySchool(o: Overview): number[] {
  const at = new Map(o.schools.map((s, i) => [s, i]));
  const counts = o.schools.map(() => 0);
  for (const e of o.ects) {
    const i = e.school === undefined ? undefined : at.get(e.school);
    if (i !== undefined) counts[i]!++;
  }
  return counts;
}
/** `rows` in the order of `ids` (rows whose id is not there keep their place after them). */
export function rankedRows<T extends { readonly id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? ids.length) - (at.get(b.id) ?? ids.length));
}

/** Lookups over every person, made once per data set rather than on every render. */
export function overviewLookups(o: LeadOverview) {
  return {
    supporterName: new Map(o.supporters.map((s) => [s.id, s.name])),
    ectName: new Map(o.ects.map((e) => [e.id, e.name])),
    soleSource: new Map(o.supporters.map((s) => [s.id, s.soleSourceFor])),
    schoolCounts: countBySchool(o),
    // In the order the analysis ranked them (docs/domain.md 5.5), not the file's.
    untapped: rankedRows(
      o.untapped,
      o.supporters.filter((s) => s.flags.some((f) => f.code === "UNTAPPED")),
    ),
    // From the worker's counts over every ECT: complete while the rows are still coming.
    flagOptions: Object.keys(o.flaggedEcts)
      .sort()
      .map((c): readonly [string, string, string] => [c, flagOptionLabel(c), flagOptionTitle(c)]),
  };
}
