/** Raise and near-miss cases of the rules in src/core/analysis/rules/power.ts. */
import { ect, link, person } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, senior, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "WELLBEING_ONLY_FROM_ASSESSOR",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { assesses: true })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { assesses: true }), link("T", "E", ["psychosocial"])],
    ],
  },
  {
    code: "DUAL_ROLE",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { assesses: true }), link("T", "E", ["psychosocial"])],
    ],
    clears: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { assesses: true })]],
  },
  {
    code: "NO_SAFE_SPACE",
    subject: "E",
    raises: [
      [ect("E", { line_manager_id: "T" as never }), teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { link_role: "induction_tutor" }), link("T", "E", ["behaviour"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { assesses: true }), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "HIERARCHY_ONLY",
    subject: "E",
    raises: [[E, person("S", { seniority: "middle_leader" })], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, person("S", { seniority: "middle_leader" }), person("T", { staff_type: "support" })],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "ORG_SINGLE_VIEW",
    subject: "E",
    raises: [[E, senior("S")], [link("S", "E", ["organisational_literacy"])]],
    clears: [
      [E, senior("S"), person("T", { staff_type: "support" })],
      [link("S", "E", ["organisational_literacy"]), link("T", "E", ["organisational_literacy"])],
    ],
  },
];

describeFixtures(FIXTURES);
