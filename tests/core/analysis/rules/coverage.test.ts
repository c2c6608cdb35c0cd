/** Raise and near-miss cases of the rules in src/core/analysis/rules/coverage.ts. */
import { ALL4, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "GAP",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [[E, teacher("S")], [link("S", "E", ALL4)]],
  },
  {
    code: "SOLE_SOURCE",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ALL4)],
    ],
  },
  {
    code: "KEYSTONE",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["psychosocial"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["pedagogy"])],
    ],
  },
];

describeFixtures(FIXTURES);
