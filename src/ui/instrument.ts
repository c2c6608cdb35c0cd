/**
 * Moments worth timing, reported by the app and ignored by it: `instrument` does nothing unless
 * something listens. The bench page (src/bench/page) listens and turns each into a performance
 * mark named `mosaic:<name>`, which `npm run bench` reads; the product never listens.
 */
import type { Loaded } from "../workers/protocol.ts";

export type InstrumentEvent =
  /** The first load is in; where the worker's time went. */
  | { readonly name: "loaded"; readonly timings: Loaded["timings"] }
  /** Any load is in (an import, an edit, undo). */
  | { readonly name: "load-done"; readonly timings: Loaded["timings"] }
  | {
      readonly name:
        | "progress" // a load's progress reached the page
        | "select" // an ECT was chosen
        | "draw-start" // a graph is handed to sigma (drawing is from here to drawn or network-drawn)
        | "drawn" // a constellation is on screen
        | "network-drawn" // the lead's network graph is on screen
        | "ect-rows" // the overview shows a new load's counts and first ECT rows (they come with the load)
        | "ect-rows-all" // and every ECT row is in
        | "away" // a supporter was marked away (what-if)
        | "scenario" // the what-if is shown
        | "school" // a school was chosen in the lead's filters
        | "save-start" // saving on the device began
        | "saved"; // and ended
    };

export type InstrumentName = InstrumentEvent["name"];

let listener: ((event: InstrumentEvent) => void) | undefined;

export function instrument(event: InstrumentEvent): void {
  listener?.(event);
}

/** Hears every event from now on (one listener; undefined stops). */
export function listen(to: ((event: InstrumentEvent) => void) | undefined): void {
  listener = to;
}
