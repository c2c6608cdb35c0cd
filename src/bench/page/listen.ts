/**
 * What the bench reads in the page: each instrumented moment as a performance mark
 * (`mosaic:<name>`), the first load's worker timings (`__mosaicTimings`), and the naive baseline
 * (`__mosaicDrawWhole`). See src/bench/browser.ts.
 */
import { listen } from "../../ui/instrument.ts";
import { drawWhole } from "./drawWhole.ts";

listen((event) => {
  if ("timings" in event) performance.mark(`mosaic:${event.name}`, { detail: event.timings });
  else performance.mark(`mosaic:${event.name}`);
  if (event.name === "loaded") Object.assign(window, { __mosaicTimings: event.timings });
});
Object.assign(window, { __mosaicDrawWhole: drawWhole });
