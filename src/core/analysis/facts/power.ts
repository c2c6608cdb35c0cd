/**
 * Power over an ECT (docs/domain.md section 4): the line chain, and `powerful` = `assesses` OR
 * in the line chain, the one attribute behind every power flag.
 */
import type { SupportNetwork } from "../../model/network.ts";

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

/** The giver of link l assesses its receiver on it (`assesses`, a blank on an induction-tutor link read as true). */
export const assessesOn = (net: SupportNetwork, l: number): boolean => net.linkAssesses[l] === 1;

/** `powerful` for link l: its giver assesses the receiver on it or is in the receiver's line chain. */
export const isPowerfulLink = (net: SupportNetwork, l: number): boolean =>
  assessesOn(net, l) || inLineChain(net, net.from[l]!, net.to[l]!);

/** Giver g is senior (`senior_leader`, `headteacher`) or manages ECT `ect` through the line chain. */
export const isSeniorOrManages = (net: SupportNetwork, g: number, ect: number): boolean =>
  net.isSenior[g] === 1 || inLineChain(net, g, ect);
