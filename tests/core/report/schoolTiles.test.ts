import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  importFiles,
  networkGraph,
  prepareAnalysis,
  schoolTiles,
  shareBand,
  tileCountText,
} from "../../../src/core/index.ts";
import { compareTiles, needsALook } from "../../../src/core/report/schoolTiles.ts";
import type { SchoolTile } from "../../../src/core/report/schoolTiles.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const sample = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());

describe("schoolTiles", () => {
  it("should put the school whose ECTs most need a look first, with its counts", () => {
    const t = schoolTiles(sample);
    const first = t.tiles[0]!;
    const counted = sample.result.ects.filter(
      (e) => sample.net.people[e.index]!.school === first.school && needsALook(e.flags),
    ).length;
    expect(first.ectsAtRisk).toBe(counted);
    expect(first.share).toBe(Math.max(...t.tiles.map((x) => x.share)));
    expect(t.tiles.map((x) => x.school).sort()).toEqual([
      "Aire and Calder Learning Trust",
      "Calder Vale High School",
      "Hollinsfield Academy",
      "Millbrook Primary School",
    ]);
    expect(t.ects).toBe(9);
    expect(t.ectsAtRisk).toBe(t.tiles.reduce((s, x) => s + x.ectsAtRisk, 0));
    expect(t.total).toBe(sample.net.people.length);
  });

  it("should be what the network graph gives above its limit", () => {
    const g = networkGraph(sample, { maxNodes: 10 });
    expect(g.kind).toBe("tiles");
    if (g.kind !== "tiles") return;
    expect(g.tiles).toEqual(schoolTiles(sample).tiles);
  });

  it("should count each school's ECTs at risk as the result objects do, and sort them", () => {
    const gen = generateNetwork(3_000, 5);
    const r = importFiles([
      { name: "people.csv", text: gen.people },
      { name: "links.csv", text: gen.links },
    ]);
    const p = prepareAnalysis(buildNetwork(r.people, r.linkStore), settings());
    const t = schoolTiles(p);
    const expected = new Map<string, [number, number]>();
    for (const e of p.result.ects) {
      const school = p.net.people[e.index]!.school ?? "(no school recorded)";
      const [ects, atRisk] = expected.get(school) ?? [0, 0];
      expected.set(school, [ects + 1, atRisk + (needsALook(e.flags) ? 1 : 0)]);
    }
    expect(new Map(t.tiles.filter((n) => n.ects > 0).map((n) => [n.school, [n.ects, n.ectsAtRisk]]))).toEqual(expected);
    for (let i = 1; i < t.tiles.length; i++) expect(compareTiles(t.tiles[i - 1]!, t.tiles[i]!)).toBeLessThan(0);
    expect(t.tiles.reduce((s, x) => s + x.people, 0)).toBe(p.net.people.length);
    // Some schools need a look and some not: the picture tells them apart.
    expect(t.tiles[0]!.share).toBeGreaterThan(t.tiles.at(-1)!.share);
  });
});

const tile = fc
  .record({ school: fc.string({ maxLength: 6 }), ects: fc.nat(50), people: fc.nat(200) })
  .chain((t) => fc.nat(t.ects).map((r): SchoolTile => ({ ...t, ectsAtRisk: r, share: t.ects === 0 ? 0 : r / t.ects })));

describe("compareTiles", () => {
  it("should order by share at risk, most first, whatever the input order", () => {
    fc.assert(
      // One tile per school, as schoolTiles makes them: two tiles alike in all but their people would
      // otherwise have no order of their own (the arbitrary can draw the same name twice).
      fc.property(fc.uniqueArray(tile, { selector: (t) => t.school, maxLength: 30 }), (tiles) => {
        const sorted = [...tiles].sort(compareTiles);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.share).toBeGreaterThanOrEqual(sorted[i]!.share);
        expect([...tiles].reverse().sort(compareTiles)).toEqual(sorted);
      }),
    );
  });
  it("should put more ECTs waiting first when the share is the same", () => {
    const a: SchoolTile = { school: "A", people: 10, ects: 4, ectsAtRisk: 3, share: 0.75 };
    const b: SchoolTile = { school: "B", people: 30, ects: 16, ectsAtRisk: 12, share: 0.75 };
    expect([a, b].sort(compareTiles)[0]!.school).toBe("B");
  });
});

describe("needsALook", () => {
  it("should count urgent flags and missing support, not every warning", () => {
    expect(needsALook([{ code: "GAP", severity: "warning" }])).toBe(true);
    expect(needsALook([{ code: "STRAINED", severity: "critical" }])).toBe(true);
    expect(needsALook([{ code: "STALE", severity: "warning" }])).toBe(false);
    expect(needsALook([])).toBe(false);
  });
});

describe("tile words", () => {
  it("should say the counts plainly", () => {
    expect(tileCountText({ ects: 40, ectsAtRisk: 12 })).toBe("12 of 40 ECTs need a look");
    expect(tileCountText({ ects: 40, ectsAtRisk: 1 })).toBe("1 of 40 ECTs needs a look");
    expect(tileCountText({ ects: 1, ectsAtRisk: 1 })).toBe("1 of 1 ECT needs a look");
    expect(tileCountText({ ects: 3, ectsAtRisk: 0 })).toBe("None of 3 ECTs needs a look");
    expect(tileCountText({ ects: 0, ectsAtRisk: 0 })).toBe("No ECTs");
  });
  it("should band shares so none and all are at the ends", () => {
    expect([0, 0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.8, 1].map(shareBand)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
