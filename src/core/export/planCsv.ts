/**
 * A draft plan as a links.csv of the proposed links only, in the canonical columns, so it can be
 * shared, edited in a spreadsheet, and imported with "add to what is loaded" once agreed. Each
 * link's reasons travel in its notes.
 */
import type { ProposedLink } from "../plan/proposals.ts";
import { proposalLinks } from "../plan/proposals.ts";
import { linksToCsv } from "./toCsv.ts";

export function planToCsv(plan: readonly ProposedLink[], takenLinkIds: ReadonlySet<string> = new Set()): string {
  const links = proposalLinks(plan, takenLinkIds).map((l, i) => ({
    ...l,
    notes: `Proposed: ${plan[i]!.reasons.join("; ")}`,
  }));
  return linksToCsv(links);
}
