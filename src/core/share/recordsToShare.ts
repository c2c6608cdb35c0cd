/**
 * The people and links a file may carry under a share rule (shareRule.ts): names and ids become
 * codes, and what must not travel is blanked. The columns stay (blank), by design: an export is
 * the canonical columns so it imports back, and a coded file imported back reads its blanks as
 * "not recorded", which is what they now are. Links marked private are left out, not blanked: a
 * blank link would still say that someone supports this ECT.
 */
import { canonicalLink, canonicalPerson } from "../model/canonical.ts";
import type { Person, SupportLink } from "../model/types.ts";
import { pseudonymiseData } from "../report/pseudonyms.ts";
import type { ShareRule } from "./shareRule.ts";

export interface RecordsToShare {
  readonly people: readonly Person[];
  readonly links: readonly SupportLink[];
  /** Links left out because they are marked private. */
  readonly privateLinks: number;
}

/**
 * @example
 * recordsToShare(people, links, shareRule({ share: false, hideNames: true, k: 3 }));
 * // people as "ECT 1", "Supporter 2"…, no role titles, trust or notes; private links left out
 */
export function recordsToShare(
  people: readonly Person[],
  links: readonly SupportLink[],
  rule: ShareRule,
): RecordsToShare {
  // Everything may go: the records as they are (no copy of 100,000 people for nothing).
  if (rule.names && rule.freeText && rule.ratings && rule.privateLinks && rule.breakdowns)
    return { people, links, privateLinks: 0 };
  const kept = rule.privateLinks ? links : links.filter((l) => l.visibility !== "private");
  const outPeople = people.map((p) =>
    canonicalPerson({
      ...p,
      ...(rule.freeText ? {} : { role_title: undefined, strengths: undefined, notes: undefined }),
      // A school or department with one ECT would single them out (8.9); share mode gives totals only.
      ...(rule.breakdowns ? {} : { school: undefined, department: undefined }),
    }),
  );
  const outLinks = kept.map((l) =>
    canonicalLink({
      ...l,
      ...(rule.freeText ? {} : { subtopics: undefined, notes: undefined }),
      ...(rule.ratings ? {} : { trust: undefined, similarity: undefined }),
    }),
  );
  const out = rule.names ? { people: outPeople, links: outLinks } : pseudonymiseData(outPeople, outLinks);
  return { people: out.people, links: out.links, privateLinks: links.length - kept.length };
}
