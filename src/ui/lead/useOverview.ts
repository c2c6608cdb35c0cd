import { useEffect, useMemo, useState } from "react";
import { reportUnlessCancelled, type AnalysisClient } from "../../workers/analysisClient.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { instrument } from "../instrument.ts";
import type { LeadOverview } from "./loadOverview.ts";
import { loadOverview, overviewStart } from "./loadOverview.ts";

export interface OverviewState {
  readonly overview: LeadOverview;
  /** 0..1: how much of the overview's rows are in. */
  readonly progress: number;
  /** Whether every ECT row is in (the first few come with the load, the rest follow). */
  readonly ectsReady: boolean;
  /** Whether the supporters' rows (which follow the ECT rows) are in for this load. */
  readonly supportersReady: boolean;
}

interface Fetched {
  readonly load: Loaded;
  readonly overview: LeadOverview;
  readonly supporters: boolean;
}

/**
 * The overview for the current load: its head and first ECT rows come with the load (drawn with no
 * further round trip), the rest of the ECT rows follow page by page, then the supporters.
 */
export function useOverview(client: AnalysisClient, loaded: Loaded): OverviewState {
  const start = useMemo(() => overviewStart(loaded), [loaded]);
  const [progress, setProgress] = useState(0);
  // What has come in since, and for which load (a newer load's start replaces it at once).
  const [fetched, setFetched] = useState<Fetched | undefined>(undefined);

  useEffect(() => {
    instrument({ name: "ect-rows" });
    let current = true;
    loadOverview(
      client,
      start,
      (done, total) => current && setProgress(total === 0 ? 1 : done / total),
      (partial) => current && setFetched({ load: loaded, overview: partial, supporters: false }),
    ).then((o) => {
      if (current && o) setFetched({ load: loaded, overview: o, supporters: true });
    }, reportUnlessCancelled);
    return () => {
      current = false;
    };
  }, [client, loaded, start]);

  const now = fetched?.load === loaded ? fetched : undefined;
  const overview = now?.overview ?? start;
  return {
    overview,
    progress,
    ectsReady: overview.ects.length === overview.ectCount,
    supportersReady: now?.supporters === true,
  };
}
