import { useCallback, useState } from "react";
import type { Progress } from "../../workers/protocol.ts";
import { instrument } from "../instrument.ts";
import type { LoadProgress } from "../progressWords.ts";

/**
 * How far a load has got and what it is doing, from the first moment: the start-up load (a demo
 * is generated first) and every load after it. `opening` says new data is on its way (the
 * start-up load, an import, a backup), so the page shows its bar; an undo or redo does not.
 */
export function useLoadProgress(demo: number | undefined) {
  const [progress, setProgress] = useState<LoadProgress | undefined>(() => ({
    fraction: 0,
    stage: demo ? { step: "generating" } : undefined,
  }));
  const [opening, setOpening] = useState(true);

  /** A load starts; `first` names the file it reads first. */
  const begin = useCallback((fresh: boolean, first: string | undefined) => {
    setOpening(fresh);
    setProgress({ fraction: 0, stage: first ? { step: "reading", file: first } : undefined });
  }, []);
  const report: Progress = useCallback((done, total, stage) => {
    // How often progress reaches the page is timed by these.
    instrument({ name: "progress" });
    setProgress({ fraction: total > 0 ? done / total : 1, stage });
  }, []);
  const end = useCallback(() => {
    setOpening(false);
    setProgress(undefined);
  }, []);
  return { progress, opening, begin, report, end };
}
