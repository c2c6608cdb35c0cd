import { useCallback, useState } from "react";
import type { Progress } from "../../workers/protocol.ts";
import { instrument } from "../instrument.ts";
import { progressStore } from "./progressStore.ts";

/**
 * How far a load has got and what it is doing, from the first moment: the start-up load (a demo
 * is generated first) and every load after it. `opening` says new data is on its way (the
 * start-up load, an import, a backup), so the page shows its bar; an undo or redo does not.
 * The progress itself is in a store the bars read (progressStore.ts), not in the app's state.
 */
export function useLoadProgress(demo: number | undefined) {
  const [progress] = useState(() => progressStore({ fraction: 0, stage: demo ? { step: "generating" } : undefined }));
  const [opening, setOpening] = useState(true);

  /** A load starts; `first` names the file it reads first. */
  const begin = useCallback(
    (fresh: boolean, first: string | undefined) => {
      setOpening(fresh);
      progress.set({ fraction: 0, stage: first ? { step: "reading", file: first } : undefined });
    },
    [progress],
  );
  const report: Progress = useCallback(
    (done, total, stage) => {
      // How often progress reaches the page is timed by these.
      instrument({ name: "progress" });
      progress.set({ fraction: total > 0 ? done / total : 1, stage });
    },
    [progress],
  );
  const end = useCallback(() => {
    setOpening(false);
    progress.set(undefined);
  }, [progress]);
  return { progress, opening, begin, report, end };
}
