/** Raise and near-miss cases of the rules in src/core/analysis/rules/capacity.ts. */
import { ect, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, senior, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "OVER_CAPACITY",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S", { capacity: 1 })],
      [link("S", "E1", ["pedagogy"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S", { capacity: 2 })],
      [link("S", "E1", ["pedagogy"]), link("S", "E2", ["pedagogy"])],
    ],
  },
  {
    code: "SENIOR_STRETCH",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), senior("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("S", "E2", ["pedagogy"], { link_role: "ect_mentor" }),
      ],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("S", "E2", ["pedagogy"], { link_role: "ect_mentor" }),
      ],
    ],
  },
  {
    code: "UNTAPPED",
    subject: "S",
    raises: [[ect("E1"), teacher("S", { capacity: 1 })], []],
    clears: [[ect("E1"), teacher("S", { capacity: 1 })], [link("S", "E1", ["pedagogy"])]],
  },
];

describeFixtures(FIXTURES);
