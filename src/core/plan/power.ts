/**
 * Who holds power over an ECT, as suggestions and plans read it (docs/domain.md 5.5): anyone who assesses
 * them on any link between the two (live, paused or ended), and anyone in their line chain. Flags
 * read live links only (a paused assessing link does not make today's support powerful), but a
 * suggestion reads everything known: someone who assessed the ECT last term is not a safe person
 * to propose now. Suggestions, plans and the words of their reasons all ask this one module.
 */
import type { SupportNetwork } from "../model/network.ts";
import { inLineChain } from "../analysis/context.ts";

/** Everyone who assesses ECT `e` on any link to them, whatever its status or dates. */
export function assessorsOf(net: SupportNetwork, e: number): Set<number> {
  const out = new Set<number>();
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    const f = net.from[l]!;
    if (f >= 0 && net.linkAssesses[l]) out.add(f);
  }
  return out;
}

/**
 * Does `p` hold power over ECT `e`: assesses them on any link (from `assessors`, made by
 * `assessorsOf`), or is in their line chain?
 */
export function holdsPower(
  net: SupportNetwork,
  side: { readonly e: number; readonly assesses: ReadonlySet<number> },
  p: number,
): boolean {
  return side.assesses.has(p) || inLineChain(net, p, side.e);
}

/** The reason a candidate passed the power check, in the words suggestions and plans use. */
export const OUTSIDE_POWER_REASON = "not in the ECT's line management, and has never assessed them";
