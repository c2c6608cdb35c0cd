/**
 * What was read, in numbers that add up: "42 people (16 ECTs, 14 supporters, 5 named by role and 7
 * family or friends) and 68 links". Beside the overview's tiles ("16 ECTs", "14 supporters") a bare
 * "42 people" read as 12 people gone missing: those named only by role and family or friends count
 * for one ECT's coverage, never as supporters, so they are said as what they are.
 */
import type { AnalysisSummary } from "../analysis/analyse.ts";
import { counted } from "./counted.ts";
import { listWords } from "./describeFlag.ts";

export type PeopleCounts = Pick<
  AnalysisSummary,
  "people" | "ects" | "supporters" | "ectsSupporting" | "namedByRole" | "familyOrFriends" | "links"
>;

/**
 * The people read, each in one part only, and the links. Anyone left (on a people list but
 * supporting no ECT now) is said as such, so the parts always add up to the people.
 * @example
 * peopleWords({ people: 42, ects: 16, supporters: 14, ectsSupporting: 0, namedByRole: 5, familyOrFriends: 7, links: 68 })
 * // "42 people (16 ECTs, 14 supporters, 5 named by role and 7 family or friends) and 68 links"
 */
export function peopleWords(s: PeopleCounts): string {
  // An ECT who also supports another is one of the ECTs: the supporters beside them are the others.
  const others = s.ectsSupporting > 0;
  const supporters = s.supporters - s.ectsSupporting;
  const rest = s.people - s.ects - supporters - s.namedByRole - s.familyOrFriends;
  const parts: [number, string][] = [
    [s.ects, counted(s.ects, "ECT", "ECTs")],
    [
      supporters,
      counted(supporters, others ? "other supporter" : "supporter", others ? "other supporters" : "supporters"),
    ],
    [s.namedByRole, `${s.namedByRole.toLocaleString("en-GB")} named by role`],
    [s.familyOrFriends, `${s.familyOrFriends.toLocaleString("en-GB")} family or friends`],
    [rest, `${rest.toLocaleString("en-GB")} not supporting an ECT now`],
  ];
  // The overview's supporters tile counts them too: said, so "12 other supporters" meets its 14.
  const also = others
    ? `; ${s.ectsSupporting.toLocaleString("en-GB")} of the ECTs also ${s.ectsSupporting === 1 ? "supports" : "support"} another ECT`
    : "";
  const shown = parts.filter(([n]) => n > 0).map(([, words]) => words);
  // One kind only ("9 ECTs"): the people's number and the part's are the same, said once.
  const people =
    shown.length === 0
      ? "no people"
      : shown.length === 1 && !others
        ? shown.join("")
        : `${counted(s.people, "person", "people")} (${listWords(shown)}${also})`;
  return `${people} and ${counted(s.links, "link", "links")}`;
}
