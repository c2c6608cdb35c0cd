/** Raise and near-miss cases of the rules in src/core/analysis/rules/coverage.ts. */
import { ALL4, ect, link, net, settings } from "../../../helpers/builders.ts";
import { describe, expect, it } from "vitest";
import { buildContext } from "../../../../src/core/analysis/context.ts";
import { soleSourcesOf } from "../../../../src/core/analysis/rules/coverage.ts";
import { ALL_TYPES } from "../../../../src/core/model/supportTypes.ts";
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

describe("soleSourcesOf", () => {
  it("should list every sole source of the network, and no type two people provide", () => {
    const people = [E, ect("F"), teacher("S"), teacher("T")];
    const links = [
      link("S", "E", ["pedagogy", "behaviour"]),
      link("T", "E", ["pedagogy"]),
      link("T", "F", ["psychosocial"]),
    ];
    const pairs = soleSourcesOf(buildContext(net(people, links), settings()));
    expect(pairs).toEqual([
      { ect: 0, type: ALL_TYPES.indexOf("behaviour"), giver: 2 },
      { ect: 1, type: ALL_TYPES.indexOf("psychosocial"), giver: 3 },
    ]);
  });
});
