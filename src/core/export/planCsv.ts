/**
 * A draft plan as a links.csv of the proposed links only, in the canonical columns, so it can be
 * shared, edited in a spreadsheet, and imported with "add to what is loaded" once agreed. Each
 * giver's and receiver's name stands beside their id (`from_name`, `to_name`: a reader of the
 * spreadsheet should not need the people file to know who is meant; the import ignores them), the
 * ECT's answer is `agreement_in_place`, and each link's reasons travel in its notes.
 */
import type { ProposedLink } from "../plan/proposals.ts";
import { proposalLinks } from "../plan/proposals.ts";
import { LINK_HEADER, linkCells, toCsv } from "./toCsv.ts";

/** Columns after which the names go, so each name sits beside its id. */
const NAME_AFTER: Readonly<Record<string, string>> = { from_id: "from_name", to_id: "to_name" };

export function planToCsv(
  plan: readonly ProposedLink[],
  takenLinkIds: ReadonlySet<string> = new Set(),
  nameOf: (id: string) => string = () => "",
): string {
  const links = proposalLinks(plan, takenLinkIds).map((l, i) => ({
    ...l,
    notes: `Proposed: ${[plan[i]!.headline, ...plan[i]!.reasons].filter(Boolean).join("; ")}`,
  }));
  const header = LINK_HEADER.flatMap((h) => (NAME_AFTER[h] ? [h, NAME_AFTER[h]] : [h]));
  const rows = links.map((l) => {
    const cells = linkCells(l);
    return LINK_HEADER.flatMap((h, k) => {
      if (h === "from_id") return [cells[k]!, nameOf(l.from_id)];
      if (h === "to_id") return [cells[k]!, nameOf(l.to_id)];
      return [cells[k]!];
    });
  });
  return toCsv(header, rows);
}
