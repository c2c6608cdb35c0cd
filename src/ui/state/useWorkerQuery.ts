import { useEffect, useState } from "react";
import type { DependencyList } from "react";
import { reportUnlessCancelled } from "../../workers/analysisClient.ts";

/**
 * Asks the worker again whenever `deps` change and keeps the latest answer. An answer that arrives after
 * `deps` have changed again (or after unmounting) is dropped, so a slow old question never overwrites a newer
 * one. While `ask` returns undefined nothing is asked and the last answer stays, as it did before.
 * `deps` lists what the question depends on, as for `useEffect` (a load or data version counts too).
 */
export function useWorkerQuery<T>(ask: () => Promise<T> | undefined, deps: DependencyList): T | undefined {
  const [answer, setAnswer] = useState<T | undefined>();
  useEffect(() => {
    const asked = ask();
    if (asked === undefined) return;
    let current = true;
    asked.then((a) => {
      if (current) setAnswer(() => a);
    }, reportUnlessCancelled);
    return () => {
      current = false;
    };
    // The caller names the dependencies, as for useEffect; `ask` is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return answer;
}
