import type { EctRow, Overview, SupporterRow } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { instrument } from "../instrument.ts";

const PAGE = 4000;

/** The overview as the page holds it: the core's, with the head's counts over every ECT. */
export type LeadOverview = Overview &
  Pick<Loaded["overview"]["head"], "ectCount" | "supporterCount" | "flaggedEcts" | "withAGap">;
type Row = EctRow | SupporterRow;
const isEctRow = (row: Row): row is EctRow => "typesCovered" in row;
const isSupporterRow = (row: Row): row is SupporterRow => "ectsSupported" in row;

/** Resolves once the browser has painted the next frame (a timeout after the frame callback). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The overview a load's answer already holds: its head and first ECT rows, no supporters yet. */
export function overviewStart(loaded: Pick<Loaded, "overview" | "schools">): LeadOverview {
  const { head, firstEcts } = loaded.overview;
  return { ...head, schools: loaded.schools, ects: firstEcts, supporters: [] };
}

/**
 * Fetches the overview's rows page by page (each message small, the page responsive), after the
 * head and first ECT rows that came with the load. The ECT table is what a mentor lead looks at
 * first, so `onEcts` hears the overview as soon as every ECT row is in, with no supporter rows yet;
 * the supporters follow.
 */
export async function loadOverview(
  client: AnalysisClient,
  start: LeadOverview,
  progress: (done: number, total: number) => void,
  onEcts: (partial: LeadOverview) => void,
): Promise<LeadOverview | undefined> {
  const total = start.ectCount + start.supporterCount;
  // Every page is asked for at once: the worker makes the next while the page unpacks the last,
  // rather than each waiting for a round trip.
  // A page holds rows of the part asked for; `is` tells them apart by type (one field, no cast).
  const fetchAll = async <T extends Row>(
    part: "ects" | "supporters",
    count: number,
    offset: number,
    is: (row: Row) => row is T,
  ): Promise<T[]> => {
    const pages: Promise<readonly Row[] | undefined>[] = [];
    for (let from = 0; from < count; from += PAGE)
      pages.push(client.request({ kind: "overviewRows", part, from, count: PAGE }));
    const rows: T[] = [];
    for (const page of pages) {
      for (const row of (await page) ?? []) if (is(row)) rows.push(row);
      progress(offset + rows.length, total);
    }
    return rows;
  };
  // A small network's rows all came with the load. Otherwise the rest wait until the first rows are
  // on screen: unpacking a page of rows before that paint would hold it back.
  const ects =
    start.ects.length === start.ectCount
      ? start.ects
      : await afterNextPaint().then(() => fetchAll("ects", start.ectCount, 0, isEctRow));
  instrument({ name: "ect-rows-all" });
  const partial: LeadOverview = { ...start, ects };
  if (start.supporterCount > 0) {
    onEcts(partial);
    // The supporters' rows wait until the ECT table is on screen: unpacking them first would
    // hold the table back by as long as they take.
    await afterNextPaint();
  }
  const supporters = await fetchAll("supporters", start.supporterCount, start.ectCount, isSupporterRow);
  return { ...partial, supporters };
}
