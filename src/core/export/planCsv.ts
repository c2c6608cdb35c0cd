/**
 * A draft plan as a links.csv of the proposed links only, in the canonical columns, so it can be
 * shared, edited in a spreadsheet, and imported with "add to what is loaded" once agreed. Each
 * giver's and receiver's name stands beside their id (`from_name`, `to_name`: a reader of the
 * spreadsheet should not need the people file to know who is meant; the import ignores them), the
 * ECT's answer is `agreement_in_place`, and each link's reasons travel in its notes.
 *
 * With names hidden or in share mode (shareRule), ids and names are both the person's code, as on
 * screen ("ECT 3" → "ECT 5"), and the notes carry only the headline: the full reasons quote free
 * text such as a supporter's strengths, which can say who they are.
 */
import type { ProposedLink } from "../plan/proposals.ts";
import { proposalLinks } from "../plan/proposals.ts";
import type { ShareRule } from "../share/shareRule.ts";
import { NAMES_SHOWN } from "../share/shareRule.ts";
import { LINK_HEADER, linkCells, toCsv } from "./toCsv.ts";

/** Columns after which the names go, so each name sits beside its id. */
const NAME_AFTER: Readonly<Record<string, string>> = { from_id: "from_name", to_id: "to_name" };

/**
 * @param nameOf A person's name by id, or (when `rule.names` is false) their code, which then
 *   stands for their id too.
 */
export function planToCsv(
  plan: readonly ProposedLink[],
  takenLinkIds: ReadonlySet<string> = new Set(),
  nameOf: (id: string) => string = () => "",
  rule: ShareRule = NAMES_SHOWN,
): string {
  const idOf = (id: string) => (rule.names ? id : nameOf(id));
  const links = proposalLinks(plan, takenLinkIds).map((l, i) => {
    const p = plan[i];
    const why = rule.freeText ? [p?.headline, ...(p?.reasons ?? [])] : [p?.headline];
    return { ...l, notes: `Proposed: ${why.filter(Boolean).join("; ")}` };
  });
  const header = LINK_HEADER.flatMap((h) => (NAME_AFTER[h] ? [h, NAME_AFTER[h]] : [h]));
  const rows = links.map((l) => {
    const cells = linkCells(l);
    return LINK_HEADER.flatMap((h, k) => {
      if (h === "from_id") return [idOf(l.from_id), nameOf(l.from_id)];
      if (h === "to_id") return [idOf(l.to_id), nameOf(l.to_id)];
      return [cells[k] ?? ""];
    });
  });
  return toCsv(header, rows);
}
