/**
 * The people and links a file may carry under a share rule (shareRule.ts): names and ids become
 * codes, and what must not travel is blanked. Link trust, similarity and notes are blanked in every
 * file, named ones too (domain.md 8.3: only the ECT's backup keeps them). The columns stay (blank), by design: an export is
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
 * recordsToShare(people, links, NAMES_SHOWN);
 * // people as they are; every link, without its trust, similarity and notes
 */
export function recordsToShare(
  people: readonly Person[],
  links: readonly SupportLink[],
  rule: ShareRule,
): RecordsToShare {
  const kept = rule.privateLinks ? links : links.filter((l) => l.visibility !== "private");
  // Every person may go as they are: the records themselves (no copy of 100,000 people for nothing).
  const outPeople =
    rule.names && rule.freeText && rule.breakdowns
      ? people
      : people.map((p) =>
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
      ...(rule.freeText ? {} : { subtopics: undefined }),
      // Never in a file, named or not: the ECT's private view (8.3).
      trust: undefined,
      similarity: undefined,
      notes: undefined,
    }),
  );
  const out = rule.names ? { people: outPeople, links: outLinks } : pseudonymiseData(outPeople, outLinks);
  return { people: out.people, links: out.links, privateLinks: links.length - kept.length };
}
