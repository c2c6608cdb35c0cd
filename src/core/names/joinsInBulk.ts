/**
 * Which "Same person?" proposals one bulk answer may join. A title or an initial written beside a
 * surname only one person has ("Mr Patel", "R Patel") points at that person. A short form, a typing
 * slip or a lone first name does not: "Sam Lee" and "Samantha Lee" are as often two people, so
 * those pairs are asked one by one, never swept up by "join them all".
 */
import type { SameReason } from "./sameNames.ts";

const IN_BULK: Readonly<Record<SameReason, boolean>> = {
  title: true,
  initial: true,
  short_form: false,
  typing_slip: false,
  first_name_only: false,
};

/**
 * @example joinsInBulk({ reason: "title" }) // true ("Mr Patel" / "Ravi Patel")
 * @example joinsInBulk({ reason: "short_form" }) // false ("Sam Lee" / "Samantha Lee")
 */
export function joinsInBulk(proposal: { readonly reason: SameReason }): boolean {
  return IN_BULK[proposal.reason];
}
