/**
 * Per-analysis derived link attributes (docs/domain.md section 4), in typed arrays: which links are
 * live, which are powerful, which types count. Built once per analysis in O(links).
 */
import type { SupportNetwork } from "../model/network.ts";
import { FREQUENCIES } from "../model/enums.ts";
import { NO_DAY } from "../model/network.ts";
import { CAREER_MASK, CORE_MASK } from "../model/supportTypes.ts";
import { dayNumber } from "../model/dayNumber.ts";
import type { Settings } from "./settings.ts";

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
}

/** Is person `who` in `of`'s line chain (their line manager, and so on up, stopping at a repeat)? */
export function inLineChain(net: SupportNetwork, who: number, of: number): boolean {
  // A chain without a repeat is at most as long as the people list, so that bound ends every walk,
  // including one that loops without coming back to `of`.
  let cur = net.lineManager[of]!;
  for (let steps = 0; cur >= 0 && cur !== of && steps < net.people.length; steps++) {
    if (cur === who) return true;
    cur = net.lineManager[cur]!;
  }
  return false;
}

/**
 * Is link l live on day `asOfDay` (docs/domain.md section 4): both ends known and not taken out, a status
 * that counts (isLiveStatus), and not ended before that day. Read from the network's columns.
 */
export function isLiveLink(net: SupportNetwork, l: number, asOfDay: number, excluded?: Uint8Array): boolean {
  const f = net.from[l]!;
  const t = net.to[l]!;
  if (f < 0 || t < 0 || excluded?.[f] || excluded?.[t]) return false;
  return net.linkStatusLive[l] === 1 && (net.linkEndsDay[l] === NO_DAY || net.linkEndsDay[l]! >= asOfDay);
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
    if (net.linkAssesses[l] || inLineChain(net, net.from[l]!, net.to[l]!)) powerful[l] = 1;
  }
  return {
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
}
