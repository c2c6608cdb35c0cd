/**
 * What the bench reads in the page: each instrumented moment as a performance mark
 * (`mosaic:<name>`), the first load's worker timings (`__mosaicTimings`), and the naive baseline
 * (`__mosaicDrawWhole`), and the baselines drawn in the same run: papaparse on the chosen files in a
 * worker (`__mosaicPapa`), a plain sigma renderer for switching ECT (`__mosaicPlain`). See
 * src/bench/browser.ts.
 */
import { listen } from "../../ui/instrument.ts";
import { drawWhole } from "./drawWhole.ts";
import { papaBaseline } from "./papaBaseline.ts";
import { plainSwitch } from "./plainSwitch.ts";

listen((event) => {
  if ("timings" in event) performance.mark(`mosaic:${event.name}`, { detail: event.timings });
  else performance.mark(`mosaic:${event.name}`);
  if (event.name === "loaded") Object.assign(window, { __mosaicTimings: event.timings });
});
Object.assign(window, { __mosaicDrawWhole: drawWhole, __mosaicPapa: papaBaseline, __mosaicPlain: plainSwitch() });
