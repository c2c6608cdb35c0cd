import { describe, expect, it } from "vitest";
import { prepareAnalysis, whatIf } from "../../../src/core/index.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { overCapacityDelta, overCapacityIn } from "../../../src/ui/lead/overCapacityAfter.ts";
import { ect, link, net, person, settings } from "../../helpers/builders.ts";

/** Ann and Beth each have room for one ECT and support two; Cat has no capacity recorded. */
const n = net(
  [ect("tom"), ect("sam"), person("ann", { capacity: 1 }), person("beth", { capacity: 1 }), person("cat")],
  [
    link("ann", "tom", ["pedagogy"]),
    link("ann", "sam", ["pedagogy"]),
    link("beth", "tom", ["psychosocial"]),
    link("beth", "sam", ["psychosocial"]),
    link("cat", "tom", ["behaviour"]),
  ],
);

describe("overCapacityAfter", () => {
  const prepared = prepareAnalysis(n, settings());
  const overview = overviewOf(prepared.tables);
  const listed = (away: readonly string[]) => {
    const result = away.length > 0 ? whatIf(prepared, away) : undefined;
    return {
      tile: overview.summary.overCapacity + overCapacityDelta(result),
      list: overview.supporters.filter(overCapacityIn(result)).map((r) => r.id),
    };
  };

  it("lists today's over-capacity supporters with no what-if", () => {
    expect(listed([])).toEqual({ tile: 2, list: ["ann", "beth"] });
  });

  it("leaves out someone away, as the tile's count does", () => {
    expect(listed(["ann"])).toEqual({ tile: 1, list: ["beth"] });
  });

  it("leaves out those whose load falls within capacity when an ECT is away", () => {
    expect(listed(["tom"])).toEqual({ tile: 0, list: [] });
  });

  it("agrees with the tile for every what-if of one or two people", () => {
    const ids = ["tom", "sam", "ann", "beth", "cat"];
    for (const a of ids)
      for (const b of ids) {
        const { tile, list } = listed([...new Set([a, b])]);
        expect(list).toHaveLength(tile);
      }
  });
});
