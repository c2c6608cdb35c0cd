import type { EctRow } from "../../core/index.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import type { Count } from "./Counts.tsx";
import type { LeadOverview } from "./loadOverview.ts";
import { overCapacityDelta } from "./overCapacityAfter.ts";

function count(rs: readonly EctRow[], code: string): number {
  return rs.filter((r) => r.flags.some((f) => f.code === code)).length;
}

/**
 * The headline counts (the worker's, over every ECT, so they are right before the rows are all in),
 * and with a scenario the same counts after it (`rows` = every ECT's row after it).
 */
export function leadCounts(
  overview: LeadOverview,
  rows: readonly EctRow[],
  scenario: ScenarioResult | undefined,
): Count[] {
  const overDelta = overCapacityDelta(scenario?.result);
  return [
    { label: "ECTs", value: overview.ectCount, after: scenario ? rows.length : undefined, testId: "count-ects" },
    { label: "supporters", value: overview.summary.supporters, testId: "count-supporters" },
    {
      label: "with no support now",
      value: overview.flaggedEcts["ISOLATED"] ?? 0,
      after: scenario ? count(rows, "ISOLATED") : undefined,
      testId: "count-isolated",
    },
    {
      label: "with a gap",
      value: overview.flaggedEcts["GAP"] ?? 0,
      after: scenario ? count(rows, "GAP") : undefined,
      testId: "count-gaps",
    },
    {
      label: "over capacity",
      value: overview.summary.overCapacity,
      after: scenario ? overview.summary.overCapacity + overDelta : undefined,
      testId: "count-over",
    },
  ];
}
