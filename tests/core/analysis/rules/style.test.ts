/** Raise and near-miss cases of the rules in src/core/analysis/rules/style.ts. */
import { link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "TOP_DOWN_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { origin: "school_assigned" })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
  },
  {
    code: "WELLBEING_FORMAL_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { formality: "formal" })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { formality: "formal" }), link("T", "E", ["psychosocial"])],
    ],
  },
  {
    code: "DIRECTIVE_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { style: "directive" })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { style: "directive" }), link("T", "E", ["pedagogy"])],
    ],
  },
];

describeFixtures(FIXTURES);
