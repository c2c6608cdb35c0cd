/**
 * Per-analysis derived link attributes (docs/domain.md section 4), in typed arrays: which links are
 * live, which are powerful, which types count. Built once per analysis in O(links).
 */
import type { SupportNetwork } from "../model/network.ts";
import { FREQUENCIES } from "../model/enums.ts";
import { CAREER_MASK, CORE_MASK } from "../model/supportTypes.ts";
import { dayNumber } from "../model/dayNumber.ts";
import type { Settings } from "./settings.ts";
import { isPowerfulLink } from "./facts/power.ts";
import { endsDay, giverOf, hasLiveStatus, NO_DAY, receiverOf } from "./facts/links.ts";

export interface AnalysisContext {
  readonly net: SupportNetwork;
  readonly settings: Settings;
  readonly asOfDay: number;
  /** Bits of the types that count towards coverage. */
  readonly countedMask: number;
  readonly live: Uint8Array;
  readonly powerful: Uint8Array;
  /** People taken out for a what-if: their links are not live and they get no flags. */
  readonly excluded: Uint8Array;
  /** Expected days between contacts by frequency code (see linkFrequency); Infinity for one-off. */
  readonly intervals: Float64Array;
  /** A what-if's scenario over this analysis (see withOverlay); NO_OVERLAY for the analysis itself. */
  readonly overlay: Overlay;
}

/**
 * A what-if as an overlay: people taken out, and the live links that leave with them. The arrays
 * above are never written for a what-if; readers ask isLive and isExcluded, which look here first.
 */
export interface Overlay {
  readonly removed: ReadonlySet<number>;
  readonly dropped: ReadonlySet<number>;
}

/** An overlay's one shape, whoever makes it (see contextOf). */
export const overlayOf = (removed: ReadonlySet<number>, dropped: ReadonlySet<number>): Overlay => ({
  removed,
  dropped,
});

/** The analysis itself: nobody taken out. Never written; readers skip their lookups when they see it. */
export const NO_OVERLAY: Overlay = overlayOf(new Set(), new Set());

/** Link l is live in this analysis, and not taken out by its what-if. */
export const isLive = (ctx: AnalysisContext, l: number): boolean =>
  ctx.live[l] === 1 && (ctx.overlay === NO_OVERLAY || !ctx.overlay.dropped.has(l));

/** Person p is left out of this analysis, or taken out by its what-if. */
export const isExcluded = (ctx: AnalysisContext, p: number): boolean =>
  ctx.excluded[p] === 1 || (ctx.overlay !== NO_OVERLAY && ctx.overlay.removed.has(p));

/** The same analysis seen through a what-if: shares every array of `ctx`, which stays as it was. */
export function withOverlay(ctx: AnalysisContext, overlay: Overlay): AnalysisContext {
  return contextOf(ctx, overlay);
}

/**
 * Every context is made here, field by field in one order, with an overlay that is always an
 * object: an analysis and its what-ifs then share one hidden class, so the readers V8 optimises
 * while preparing the analysis stay optimised when a what-if passes them its context (a spread
 * copy, or an overlay field that was undefined, made them deoptimise on the first what-if).
 */
function contextOf(c: Omit<AnalysisContext, "overlay">, overlay: Overlay): AnalysisContext {
  return new Context(c, overlay);
}

class Context implements AnalysisContext {
  readonly net: SupportNetwork;
  readonly settings: Settings;
  readonly asOfDay: number;
  readonly countedMask: number;
  readonly live: Uint8Array;
  readonly powerful: Uint8Array;
  readonly excluded: Uint8Array;
  readonly intervals: Float64Array;
  readonly overlay: Overlay;
  constructor(c: Omit<AnalysisContext, "overlay">, overlay: Overlay) {
    this.net = c.net;
    this.settings = c.settings;
    this.asOfDay = c.asOfDay;
    this.countedMask = c.countedMask;
    this.live = c.live;
    this.powerful = c.powerful;
    this.excluded = c.excluded;
    this.intervals = c.intervals;
    this.overlay = overlay;
  }
}

export { inLineChain } from "./facts/power.ts";

/**
 * Is link l live on day `asOfDay` (docs/domain.md section 4): both ends known and not taken out, a status
 * that counts (isLiveStatus), and not ended before that day. Read from the network's columns.
 */
export function isLiveLink(net: SupportNetwork, l: number, asOfDay: number, excluded?: Uint8Array): boolean {
  const f = giverOf(net, l);
  const t = receiverOf(net, l);
  if (f < 0 || t < 0 || excluded?.[f] || excluded?.[t]) return false;
  const ends = endsDay(net, l);
  return hasLiveStatus(net, l) && (ends === NO_DAY || ends >= asOfDay);
}

export function buildContext(net: SupportNetwork, settings: Settings, excluded?: Uint8Array): AnalysisContext {
  const m = net.linkCount;
  const live = new Uint8Array(m);
  const powerful = new Uint8Array(m);
  const asOfDay = dayNumber(settings.as_of_date);
  const ex = excluded ?? new Uint8Array(net.people.length);
  for (let l = 0; l < m; l++) {
    if (!isLiveLink(net, l, asOfDay, ex)) continue;
    live[l] = 1;
    if (isPowerfulLink(net, l)) powerful[l] = 1;
  }
  const fields = {
    net,
    settings,
    asOfDay,
    countedMask: CORE_MASK | (settings.include_career_in_coverage ? CAREER_MASK : 0),
    live,
    powerful,
    excluded: ex,
    intervals: Float64Array.from([
      Infinity,
      ...FREQUENCIES.map((f) => (f === "one_off" ? Infinity : settings.expected_interval[f])),
    ]),
  };
  return contextOf(fields, NO_OVERLAY);
}
