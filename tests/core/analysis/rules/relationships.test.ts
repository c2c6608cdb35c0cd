/** Raise and near-miss cases of the rules in src/core/analysis/rules/relationships.ts. */
import { link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, days, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "STRAINED",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { trust: 2 })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { trust: 3, status: "active" })]],
  },
  {
    code: "ALL_NEW",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { started_on: days(28) })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { started_on: days(10) }), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "DIRECTED_MENTOR",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { link_role: "ect_mentor", willingness: "directed" })]],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "informal_support", willingness: "directed" })],
    ],
  },
  {
    code: "PEER_COACH_SHORT",
    subject: "E",
    raises: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "peer_coach", started_on: "2025-01-06", ends_on: "2025-03-30" })],
    ],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "peer_coach", started_on: "2025-01-06", ends_on: "2025-03-31" })],
    ],
  },
];

describeFixtures(FIXTURES);
