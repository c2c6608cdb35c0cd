/**
 * What the rules may ask about one person, in the domain's words (docs/domain.md sections 3.1 and 4).
 * The rules read the network's person columns only through these, so a change in how people are
 * stored touches this file alone.
 */
import type { SupportNetwork } from "../../model/network.ts";
import { PEER_LIKE } from "../../model/network.ts";
import type { Person } from "../../model/types.ts";
import { inLineChain } from "./power.ts";

/** Person p's record as imported (for the fields no column holds). */
export const personAt = (net: SupportNetwork, p: number): Person => net.people[p]!;

/** `senior(p)`: seniority is `senior_leader` or `headteacher`. */
export const isSeniorAt = (net: SupportNetwork, p: number): boolean => net.isSenior[p] === 1;

/** A person, not a group. */
export const isPersonAt = (net: SupportNetwork, p: number): boolean => net.isPerson[p] === 1;

/** A group (a network, a learning group). */
export const isGroupAt = (net: SupportNetwork, p: number): boolean => net.isGroup[p] === 1;

/** An ECT. */
export const isEctAt = (net: SupportNetwork, p: number): boolean => net.isEct[p] === 1;

/** From outside the schools (an external person): their links cross a boundary. */
export const isExternalAt = (net: SupportNetwork, p: number): boolean => net.isExternal[p] === 1;

/** Named only by role or as family: left out of supporter totals and outside-view checks. */
export const isUnnamedAt = (net: SupportNetwork, p: number): boolean => net.isUnnamed[p] === 1;

/** `years_experience`, NaN when not recorded. */
export const yearsOf = (net: SupportNetwork, p: number): number => net.yearsExperience[p]!;

/** The person's school as an interned code, -1 when not recorded. */
export const schoolOf = (net: SupportNetwork, p: number): number => net.school[p]!;

/** The person's department as an interned code, -1 when not recorded. */
export const departmentOf = (net: SupportNetwork, p: number): number => net.department[p]!;

/**
 * `peer_like(giver, ECT)`: a group, support staff or an ECT, or a teacher (or someone with no
 * seniority recorded) outside the ECT's line chain. Middle and senior leaders never are.
 */
export function isPeerLike(net: SupportNetwork, giver: number, ect: number): boolean {
  const kind = net.peerLike[giver]!;
  return kind === PEER_LIKE.always || (kind === PEER_LIKE.outsideLine && !inLineChain(net, giver, ect));
}
