/** Raise and near-miss cases of the rules in src/core/analysis/rules/perspective.ts. */
import { ect, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "ONE_WAY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"]), link("E", "S", ["pedagogy"], { link_role: "contribution" })],
    ],
  },
  {
    code: "NO_SIMILAR_OTHER",
    subject: "E",
    raises: [[E, teacher("S", { years_experience: 10 })], [link("S", "E", ["pedagogy"], { similarity: 3 })]],
    clears: [[E, teacher("S", { years_experience: 3 })], [link("S", "E", ["pedagogy"], { similarity: 1 })]],
  },
  {
    code: "CONCEPTION_MISMATCH",
    subject: "E",
    raises: [
      [ect("E", { wants_orientation: "instrumental" }), teacher("S", { mentoring_conception: "developmental" })],
      [link("S", "E", ["pedagogy"], { link_role: "ect_mentor" })],
    ],
    clears: [
      [ect("E", { wants_orientation: "instrumental" }), teacher("S", { mentoring_conception: "mixed" })],
      [link("S", "E", ["pedagogy"], { link_role: "ect_mentor" })],
    ],
  },
  {
    code: "NO_OUTSIDE_VIEW",
    subject: "E",
    raises: [[E, teacher("S", { department: "Maths" })], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S", { department: "Maths" }), teacher("T", { department: "English" })],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["psychosocial"])],
    ],
  },
];

describeFixtures(FIXTURES);
