/**
 * When an ECT may be asked to support another ECT (docs/domain.md 5.5): only as a peer (wellbeing,
 * sharing ideas about teaching or behaviour), for at most two kinds to one ECT, and never while
 * they have a gap, a strained link or an unmapped map of their own. Peers are valuable, but they
 * are new themselves and carry their own induction (Gilligan; CUREE on peer coaching).
 */
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import { hasFlag } from "../analysis/analyse.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";

/** The kinds an ECT may be proposed to give another ECT. */
export const ECT_PEER_TYPES: ReadonlySet<SupportType> = new Set<SupportType>(["psychosocial", "pedagogy", "behaviour"]);

/** The most kinds one ECT is proposed to give another, counting what they already give. */
export const ECT_PEER_MAX_TYPES = 2;

const free = new WeakMap<PreparedAnalysis, Map<number, boolean>>();

/**
 * Is ECT `p` free to support other ECTs: mapped, with every counted kind covered, and no strained
 * link, in or out? (Trust at or below `trust_low` counts as strained, as the STRAINED flag reads it.)
 */
export function ectFreeToSupport(prepared: PreparedAnalysis, p: number): boolean {
  let memo = free.get(prepared);
  if (!memo) free.set(prepared, (memo = new Map<number, boolean>()));
  const known = memo.get(p);
  if (known !== undefined) return known;
  const { net, ctx } = prepared;
  const own = prepared.ectAt(p);
  let ok = own !== undefined && !own.unmapped && !hasFlag(own, "STRAINED");
  if (ok && own) ok = Object.values(own.providers).every((ps) => ps.length > 0);
  for (let k = net.outStart[p]!; ok && k < net.outStart[p + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (ctx.live[l] && (net.linkStrained[l] || net.linkTrust[l]! <= ctx.settings.trust_low)) ok = false;
  }
  memo.set(p, ok);
  return ok;
}

/** How many counted kinds a type mask holds (what an ECT already gives another). */
export function kindsIn(mask: number, counted: number): number {
  let n = 0;
  for (const t of Object.values(SUPPORT_TYPES)) if ((mask & counted & t.bit) !== 0) n++;
  return n;
}
