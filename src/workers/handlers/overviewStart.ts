/**
 * The start of the lead's overview, made with each load: its head (counts, network flags, the
 * ranking's top) and the ECT rows the table shows first. Sent in the load's answer, it lets the
 * page draw the overview without asking again; the rest of the rows follow by `overviewRows`.
 */
import type { EctRow, PreparedAnalysis } from "../../core/index.ts";
import { flaggedEctsOf, headOf, networkHeadOf, showsAGap } from "../../core/index.ts";
import type { OverviewHead, OverviewStart } from "../protocol.ts";

/**
 * How many ECT rows come with the load: more than a tall screen shows in compact rows (about 50 at
 * 1440 px), and few enough that sending and drawing them costs next to nothing.
 */
export const FIRST_ECT_ROWS = 60;

/** How many people's absence the overview names (KeystonesAndUntapped shows no more). */
export const REMOVAL_IMPACT_SHOWN = 10;

export function overviewHead(prepared: PreparedAnalysis, ectRows: readonly EctRow[]): OverviewHead {
  const t = prepared.tables;
  let supporterCount = 0;
  for (const listed of t.supporters.listed) supporterCount += listed;
  const { removalImpact, ...head } = networkHeadOf(headOf(t));
  return {
    ...head,
    removalImpact: removalImpact.slice(0, REMOVAL_IMPACT_SHOWN),
    ectCount: ectRows.length,
    supporterCount,
    flaggedEcts: flaggedEctsOf(ectRows),
    withAGap: ectRows.filter(showsAGap).length,
  };
}

/** `ectRows`: all of them, most in need of a look first (as the worker keeps them for `overviewRows`). */
export function overviewStartOf(prepared: PreparedAnalysis, ectRows: readonly EctRow[]): OverviewStart {
  return { head: overviewHead(prepared, ectRows), firstEcts: ectRows.slice(0, FIRST_ECT_ROWS) };
}
