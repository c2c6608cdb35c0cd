/**
 * Per-person load figures every later rule needs (domain.md section 4, "Per supporter"): minutes
 * given, distinct ECTs supported, and OVER_CAPACITY, in one pass over live outgoing links.
 */
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
  const { net, live } = ctx;
  const n = net.people.length;
  const load = new Float64Array(n);
  const minutesUnknown = new Int32Array(n);
  const ectCount = new Int32Array(n);
  const liveOut = new Int32Array(n);
  const overCapacity = new Uint8Array(n);
  const stamp = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
      const l = net.outLinks[k]!;
      if (!live[l]) continue;
      liveOut[p]!++;
      const minutes = net.links[l]!.minutes_per_month;
      if (minutes === undefined) minutesUnknown[p]!++;
      else load[p]! += minutes;
      const t = net.to[l]!;
      if (net.isEct[t] && stamp[t] !== p) {
        stamp[t] = p;
        ectCount[p]!++;
      }
    }
    const person = net.people[p]!;
    if (person.kind === "group" || ctx.excluded[p]) continue;
    if (
      (person.capacity !== undefined && ectCount[p]! > person.capacity) ||
      (person.capacity_minutes_per_month !== undefined && load[p]! > person.capacity_minutes_per_month)
    ) {
      overCapacity[p] = 1;
    }
  }
  return { load, minutesUnknown, ectCount, liveOut, overCapacity };
}
