import type { EctRow, Overview } from "../../core/index.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import type { Count } from "./Counts.tsx";
import { overCapacityDelta } from "./overCapacityAfter.ts";

function count(rs: readonly EctRow[], code: string): number {
  return rs.filter((r) => r.flags.some((f) => f.code === code)).length;
}

/** The headline counts, and with a scenario the same counts after it (`rows` = the ECT rows after it). */
export function leadCounts(overview: Overview, rows: readonly EctRow[], scenario: ScenarioResult | undefined): Count[] {
  const overDelta = overCapacityDelta(scenario?.result);
  return [
    { label: "ECTs", value: overview.ects.length, after: scenario ? rows.length : undefined, testId: "count-ects" },
    { label: "supporters", value: overview.summary.supporters, testId: "count-supporters" },
    {
      label: "with no support now",
      value: count(overview.ects, "ISOLATED"),
      after: scenario ? count(rows, "ISOLATED") : undefined,
      testId: "count-isolated",
    },
    {
      label: "with a gap",
      value: count(overview.ects, "GAP"),
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
