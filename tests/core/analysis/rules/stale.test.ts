/** Raise and near-miss cases of the rules in src/core/analysis/rules/stale.ts. */
import { describe, expect, it } from "vitest";
import { buildContext } from "../../../../src/core/analysis/context.ts";
import { staleLinksOf } from "../../../../src/core/analysis/rules/stale.ts";
import { link, net, settings } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, days, teacher } from "./fixtures.ts";

const FIXTURES: readonly Fixture[] = [
  {
    code: "STALE",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { frequency: "weekly", last_contact: days(22) })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { frequency: "one_off", last_contact: days(400) })]],
  },
];

describeFixtures(FIXTURES);

describe("staleLinksOf", () => {
  it("should list one ECT's stale links alone, as STALE raises them", () => {
    const people = [E, teacher("S"), teacher("T")];
    const links = [
      link("S", "E", ["pedagogy"], { frequency: "weekly", last_contact: days(22) }),
      link("T", "E", ["behaviour"], { frequency: "weekly", last_contact: days(21) }),
    ];
    const ctx = buildContext(net(people, links), settings());
    expect(staleLinksOf(ctx, 0)).toEqual([{ link: 0, giver: 1, daysSinceContact: 22, expectedInterval: 21 }]);
  });
});
