import type { EctRow, Overview, SupporterRow } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { instrument } from "../instrument.ts";

const PAGE = 4000;

type Row = EctRow | SupporterRow;
const isEctRow = (row: Row): row is EctRow => "typesCovered" in row;
const isSupporterRow = (row: Row): row is SupporterRow => "ectsSupported" in row;

/** Resolves once the browser has painted the next frame (a timeout after the frame callback). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Fetches the overview head, then its rows page by page (each message small, the page responsive).
 * The ECT table is what a mentor lead looks at first, so `onEcts` hears the overview as soon as the
 * ECT rows are in, with no supporter rows yet; the supporters follow.
 */
export async function loadOverview(
  client: AnalysisClient,
  progress: (done: number, total: number) => void,
  onEcts: (partial: Overview) => void,
): Promise<Overview | undefined> {
  const head = await client.request({ kind: "overview" });
  if (!head) return undefined;
  instrument({ name: "overview-head" });
  const total = head.ectCount + head.supporterCount;
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
  const ects = await fetchAll("ects", head.ectCount, 0, isEctRow);
  instrument({ name: "ect-rows" });
  const partial: Overview = {
    summary: head.summary,
    networkFlags: head.networkFlags,
    removalImpact: head.removalImpact,
    keystoneIds: head.keystoneIds,
    untapped: head.untapped,
    structure: head.structure,
    schools: head.schools,
    ects,
    supporters: [],
  };
  if (head.supporterCount > 0) {
    onEcts(partial);
    // The supporters' rows wait until the ECT table is on screen: unpacking them first would
    // hold the table back by as long as they take.
    await afterNextPaint();
  }
  const supporters = await fetchAll("supporters", head.supporterCount, head.ectCount, isSupporterRow);
  return { ...partial, supporters };
}
