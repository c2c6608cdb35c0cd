/** Raise and near-miss cases of the rules in src/core/analysis/rules/mentorSupport.ts. */
import { ect, group, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "UNSUPPORTED_SUPPORTER",
    subject: "S",
    raises: [
      [ect("E1"), teacher("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("E1", "S", ["pedagogy"], { link_role: "contribution" }),
      ],
    ],
    clears: [
      [ect("E1"), teacher("S"), group("G")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("G", "S", ["psychosocial"], { link_role: "mentor_support" }),
      ],
    ],
  },
  {
    code: "UNTRAINED_MENTOR",
    subject: "S",
    raises: [
      [ect("E1"), teacher("S", { mentor_training: "none" })],
      [link("S", "E1", ["pedagogy"], { link_role: "subject_mentor" })],
    ],
    clears: [
      [ect("E1"), teacher("S", { mentor_training: "none" })],
      [link("S", "E1", ["pedagogy"], { link_role: "informal_support" })],
    ],
  },
  {
    code: "DUAL_ROLE_MULTI",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["psychosocial"], { assesses: true }), link("S", "E2", ["psychosocial"], { assesses: true })],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["psychosocial"], { assesses: true }), link("S", "E2", ["psychosocial"])],
    ],
  },
];

describeFixtures(FIXTURES);
