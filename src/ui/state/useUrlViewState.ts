import { useEffect } from "react";
import type { ViewState } from "./viewState.ts";
import { viewStateToQuery } from "./viewState.ts";

/**
 * Keeps the address in step with the view, so a reload or a shared link opens the same view. Nothing is
 * written until the data is in (`loaded`, the current load, undefined before the first), when the view
 * has been read from the address; it is written again for each new load. `?demo=N` is kept.
 */
export function useUrlViewState(view: ViewState, loaded: unknown, demo: number | undefined): void {
  useEffect(() => {
    if (!loaded) return;
    const q = viewStateToQuery(view);
    const withDemo = demo ? `${q ? `${q}&` : "?"}demo=${demo}` : q;
    history.replaceState(null, "", `${location.pathname}${withDemo}`);
  }, [view, loaded, demo]);
}
