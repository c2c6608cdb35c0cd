/** Raise and near-miss cases of the rules in src/core/analysis/rules/reliedOn.ts. */
import { ect, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "NETWORK_KEYSTONE",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["behaviour"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S"), teacher("T")],
      [link("S", "E1", ["behaviour"]), link("S", "E2", ["pedagogy"]), link("T", "E2", ["pedagogy"])],
    ],
  },
  {
    code: "PEER_ECT_RELIED_ON",
    subject: "P",
    raises: [
      [ect("E1"), ect("E2"), ect("P"), teacher("S")],
      [link("P", "E1", ["psychosocial"]), link("P", "E2", ["psychosocial"]), link("S", "E1", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), ect("P"), teacher("S")],
      [
        link("P", "E1", ["psychosocial"]),
        link("P", "E2", ["psychosocial"]),
        link("S", "E1", ["pedagogy"]),
        link("S", "E2", ["psychosocial"]),
      ],
    ],
  },
];

describeFixtures(FIXTURES);
