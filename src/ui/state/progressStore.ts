/**
 * A load's progress, held outside React's state: the worker reports it up to ten times a second,
 * and as the project's state each report re-rendered the whole app (about 13 ms a report at
 * 100,000 people, on the thread the page and a two-core laptop's worker share). Only the bars read
 * it (useProgress), so only they redraw.
 */
import { useSyncExternalStore } from "react";
import type { LoadProgress } from "../progressWords.ts";

export interface ProgressStore {
  readonly get: () => LoadProgress | undefined;
  readonly set: (progress: LoadProgress | undefined) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function progressStore(initial: LoadProgress | undefined): ProgressStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (progress) => {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The store's progress, redrawing the caller (a bar) whenever it changes. */
export function useProgress(store: ProgressStore): LoadProgress | undefined {
  return useSyncExternalStore(store.subscribe, store.get);
}
