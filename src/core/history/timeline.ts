/**
 * A simple timeline of several snapshots, oldest first: the headline counts of each, and the ties
 * gained and lost since the one before.
 */
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import type { PlanCounts } from "../plan/comparePlan.ts";
import { planCounts } from "../plan/comparePlan.ts";
import { diffSnapshots } from "./snapshotDiff.ts";

export interface TimelineRow {
  readonly label: string;
  readonly asOf: string;
  readonly ects: number;
  readonly liveLinks: number;
  readonly counts: PlanCounts;
  /** Since the previous snapshot; absent on the first. */
  readonly change?: {
    readonly tiesGained: number;
    readonly tiesLost: number;
    readonly coverageRose: number;
    readonly coverageFell: number;
  };
}

export function timelineOf(snapshots: readonly { readonly label: string; readonly prepared: PreparedAnalysis }[]) {
  const sorted = [...snapshots].sort((a, b) => a.prepared.result.asOf.localeCompare(b.prepared.result.asOf));
  return sorted.map((s, i): TimelineRow => {
    const r = s.prepared.result;
    const row: TimelineRow = {
      label: s.label,
      asOf: r.asOf,
      ects: r.summary.ects,
      liveLinks: r.summary.liveLinks,
      counts: planCounts(r),
    };
    if (i === 0) return row;
    const d = diffSnapshots(sorted[i - 1]!.prepared, s.prepared);
    return {
      ...row,
      change: {
        tiesGained: d.tiesGained.length,
        tiesLost: d.tiesLost.length,
        coverageRose: d.coverage.filter((c) => c.direction === "rose").length,
        coverageFell: d.coverage.filter((c) => c.direction === "fell").length,
      },
    };
  });
}
