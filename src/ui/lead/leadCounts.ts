import type { EctRow } from "../../core/index.ts";
import { CAPACITY_HINT, flaggedEctsOf, overCapacityLabel, showsAGap } from "../../core/index.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import type { Count } from "./Counts.tsx";
import type { LeadOverview } from "./loadOverview.ts";
import { overCapacityDelta } from "./overCapacityAfter.ts";

/**
 * The headline counts (the worker's, over every ECT, so they are right before the rows are all in),
 * and with a scenario the same counts after it (`rows` = every ECT's row after it).
 * @param show how a count is written in a label (share mode hides small ones)
 */
export function leadCounts(
  overview: LeadOverview,
  rows: readonly EctRow[],
  scenario: ScenarioResult | undefined,
  show?: (n: number) => string,
): Count[] {
  const overDelta = overCapacityDelta(scenario?.result);
  const recorded = overview.summary.capacityRecorded;
  return [
    { label: "ECTs", value: overview.ectCount, after: scenario ? rows.length : undefined, testId: "count-ects" },
    { label: "supporters", value: overview.summary.supporters, testId: "count-supporters" },
    {
      label: "with no support now",
      value: overview.flaggedEcts["ISOLATED"] ?? 0,
      after: scenario ? (flaggedEctsOf(rows)["ISOLATED"] ?? 0) : undefined,
      testId: "count-isolated",
    },
    {
      // What the heat map shows as a gap, those with no one at all included (showsAGap says why).
      label: "with a gap",
      value: overview.withAGap,
      after: scenario ? rows.filter(showsAGap).length : undefined,
      testId: "count-gaps",
    },
    recorded === 0
      ? // Nobody can be over a capacity nobody has: say so, and how to record one, rather than "0".
        { label: overCapacityLabel(0), value: 0, words: "–", hint: CAPACITY_HINT, testId: "count-over" }
      : {
          label: overCapacityLabel(recorded, show),
          value: overview.summary.overCapacity,
          after: scenario ? overview.summary.overCapacity + overDelta : undefined,
          testId: "count-over",
        },
  ];
}
