/**
 * Per-person load figures every later rule needs (domain.md section 4, "Per supporter"): minutes
 * given, distinct ECTs supported, and OVER_CAPACITY, from each person's live outgoing links.
 */
import { NO_MINUTES } from "../model/network.ts";
import type { AnalysisContext } from "./context.ts";

export interface SupporterBasics {
  /** Sum of minutes_per_month over live outgoing links (blank counts as 0). */
  readonly load: Float64Array;
  /** Live outgoing links with no minutes recorded ("time not recorded" in the load view). */
  readonly minutesUnknown: Int32Array;
  /** Distinct ECTs this person has a live outgoing link to. */
  readonly ectCount: Int32Array;
  readonly liveOut: Int32Array;
  readonly overCapacity: Uint8Array;
}

export function computeSupporterBasics(ctx: AnalysisContext): SupporterBasics {
  const n = ctx.net.people.length;
  const out: SupporterBasics = {
    load: new Float64Array(n),
    minutesUnknown: new Int32Array(n),
    ectCount: new Int32Array(n),
    liveOut: new Int32Array(n),
    overCapacity: new Uint8Array(n),
  };
  const stamp = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) fill(ctx, out, p, stamp);
  return out;
}

/** The same figures recomputed for some people only (what-if), copying the rest. */
export function computeSupporterBasicsFor(
  ctx: AnalysisContext,
  base: SupporterBasics,
  people: readonly number[],
): SupporterBasics {
  const out: SupporterBasics = {
    load: base.load.slice(),
    minutesUnknown: base.minutesUnknown.slice(),
    ectCount: base.ectCount.slice(),
    liveOut: base.liveOut.slice(),
    overCapacity: base.overCapacity.slice(),
  };
  const stamp = new Map<number, number>();
  for (const p of people) fill(ctx, out, p, stamp);
  return out;
}

interface Stamp {
  get(i: number): number | undefined;
  set(i: number, v: number): unknown;
}

/** `stamp` remembers which ECTs were counted for p, so each ECT counts once per giver. */
function fill(ctx: AnalysisContext, out: SupporterBasics, p: number, stamp: Stamp | Int32Array): void {
  const { net, live } = ctx;
  const seen =
    stamp instanceof Int32Array
      ? { get: (i: number) => stamp[i], set: (i: number, v: number) => (stamp[i] = v) }
      : stamp;
  let load = 0;
  let unknown = 0;
  let liveOut = 0;
  let ects = 0;
  for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (!live[l]) continue;
    liveOut++;
    const minutes = net.linkMinutes[l]!;
    if (minutes === NO_MINUTES) unknown++;
    else load += minutes;
    const t = net.to[l]!;
    if (net.isEct[t] && seen.get(t) !== p) {
      seen.set(t, p);
      ects++;
    }
  }
  out.load[p] = load;
  out.minutesUnknown[p] = unknown;
  out.liveOut[p] = liveOut;
  out.ectCount[p] = ects;
  const person = net.people[p]!;
  out.overCapacity[p] =
    person.kind !== "group" &&
    !ctx.excluded[p] &&
    ((person.capacity !== undefined && ects > person.capacity) ||
      (person.capacity_minutes_per_month !== undefined && load > person.capacity_minutes_per_month))
      ? 1
      : 0;
}
