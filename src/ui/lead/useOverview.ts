import { useEffect, useState } from "react";
import type { Overview } from "../../core/index.ts";
import { reportUnlessCancelled, type AnalysisClient } from "../../workers/analysisClient.ts";
import { loadOverview } from "./loadOverview.ts";

export interface OverviewState {
  readonly overview: Overview | undefined;
  /** 0..1: how much of the overview's rows are in. */
  readonly progress: number;
  /** Whether the supporters' rows (which follow the ECT rows) are in for this load. */
  readonly supportersReady: boolean;
}

/** The overview for the current load, fetched page by page; the ECT rows come first, the supporters after. */
export function useOverview(client: AnalysisClient, loadedAt: unknown): OverviewState {
  const [overview, setOverview] = useState<Overview | undefined>();
  const [progress, setProgress] = useState(0);
  // Which load the supporters' rows are in for (they follow the ECT rows).
  const [supportersFor, setSupportersFor] = useState<{ readonly load: unknown } | undefined>(undefined);
  const supportersReady = supportersFor !== undefined && supportersFor.load === loadedAt;

  useEffect(() => {
    let current = true;
    loadOverview(
      client,
      (done, total) => current && setProgress(total === 0 ? 1 : done / total),
      (partial) => current && setOverview(partial),
    ).then((o) => {
      if (!current) return;
      setOverview(o);
      setSupportersFor({ load: loadedAt });
    }, reportUnlessCancelled);
    return () => {
      current = false;
    };
  }, [client, loadedAt]);

  return { overview, progress, supportersReady };
}
