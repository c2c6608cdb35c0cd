/** Raise and near-miss cases of the rules in src/core/analysis/rules/supporters.ts. */
import { ALL4, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "SINGLE_SUPPORTER",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ALL4)]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
    ],
  },
  {
    code: "THIN_NETWORK",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
      { min_supporters: 2 },
    ],
  },
  {
    code: "CONCENTRATION",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour", "psychosocial"]), link("T", "E", ["pedagogy"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["pedagogy", "psychosocial"])],
    ],
  },
  {
    code: "SUPPORTER_OVERSTRETCHED",
    subject: "E",
    raises: [
      [E, teacher("S", { capacity_minutes_per_month: 30 })],
      [link("S", "E", ["pedagogy"], { minutes_per_month: 31 })],
    ],
    clears: [
      [E, teacher("S", { capacity_minutes_per_month: 30 })],
      [link("S", "E", ["pedagogy"], { minutes_per_month: 30 })],
    ],
  },
];

describeFixtures(FIXTURES);
