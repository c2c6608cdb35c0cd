/** The network picture's text equivalent: the words for one marked person's marks. */
import type { GraphPersonNode } from "../../core/index.ts";
import { flagTitle } from "../../core/index.ts";

/**
 * The heat map's chip words for each concern (core's flagTitle, so the two never disagree), then
 * the supporter's marks.
 * @example markedWords(zofia) // "No one for wellbeing and belonging; A relationship…"
 */
export function markedWords(n: Pick<GraphPersonNode, "concerns" | "keystone" | "overCapacity">): string {
  return [
    ...n.concerns.map(flagTitle),
    n.keystone ? "keystone: the only source of some kind of support for two or more ECTs" : "",
    n.overCapacity ? "over capacity" : "",
  ]
    .filter(Boolean)
    .join("; ");
}
