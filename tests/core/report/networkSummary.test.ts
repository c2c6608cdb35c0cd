import { describe, expect, it } from "vitest";
import { buildNetwork, networkSummary, prepareAnalysis } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

describe("networkSummary", () => {
  it("should summarise the sample trust as domain.md section 9 describes it", () => {
    const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
    const s = networkSummary(prepareAnalysis(buildNetwork(imported.people, imported.links), settings()));
    expect(s.asOf).toBe("2025-03-14");
    expect(s.ects).toBe(9);
    expect(s.noOne).toEqual([]);
    expect(s.oneSupporter.map((p) => p.id)).toEqual(["E02"]);
    // Clarke is the one network keystone: sole source for Callum (two types) and Zofia (one).
    expect(s.keystones).toEqual([{ id: "P10", name: "Dr Anthony Clarke", impact: 3, ects: 2 }]);
    expect(s.topKeystoneAway).toMatchObject({ id: "P10", newGaps: 3, ectsAffected: 2, newlyIsolated: 0 });
    expect(s.overCapacity.map((p) => p.id).sort()).toEqual(["P10", "P13", "P25"]);
    expect(s.networkFlags).toContain("FRAGILE");
    expect(s.counts.gaps).toBe(1);
  });
});
