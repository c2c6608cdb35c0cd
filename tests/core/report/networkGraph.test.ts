import { describe, expect, it } from "vitest";
import {
  analyseTables,
  buildNetwork,
  ectRowsIn,
  ectRowsOf,
  importFiles,
  networkGraph,
  prepareAnalysis,
  whatIfWithTables,
} from "../../../src/core/index.ts";
import { layoutBySchool } from "../../../src/core/layout/schoolLayout.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());

describe("networkGraph", () => {
  it("should draw a school's people and the people linked to them, with risk marks", () => {
    const g = networkGraph(prepared, { school: "Millbrook Primary School", maxNodes: 3000 });
    expect(g.kind).toBe("people");
    if (g.kind !== "people") return;
    const ids = g.nodes.map((n) => n.id);
    for (const id of ["E06", "E07", "E08", "P21", "P25"]) expect(ids).toContain(id);
    expect(ids).toContain("G01"); // Daniel's ECT network, from outside the school
    expect(ids).not.toContain("E02");
    expect(g.nodes.find((n) => n.id === "P25")!.overCapacity).toBe(true);
    for (const [a, b] of g.edges)
      expect(ids.includes(prepared.net.people[a]!.id) && ids.includes(prepared.net.people[b]!.id)).toBe(true);
  });
  it("should draw a filtered set of ECTs with their supporters", () => {
    const g = networkGraph(prepared, { ects: ["E02"], maxNodes: 3000 });
    expect(g.kind === "people" && g.nodes.map((n) => n.id).sort()).toEqual(["E02", "P11"]);
    if (g.kind === "people") expect(g.nodes.find((n) => n.id === "E02")!.singleSupporter).toBe(true);
  });
});

describe("layoutBySchool", () => {
  it("should be deterministic and keep schools apart", () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ key: i, group: `S${i % 3}`, inner: i % 4 === 0 }));
    const a = layoutBySchool(people);
    expect(layoutBySchool([...people].reverse())).toEqual(a);
    const centre = (g: string) => {
      const ps = people.filter((p) => p.group === g).map((p) => a.get(p.key)!);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const [c0, c1] = [centre("S0"), centre("S1")];
    expect(Math.hypot(c0.x - c1.x, c0.y - c1.y)).toBeGreaterThan(3);
  });
});

describe("overviewOf", () => {
  it("should give one row per ECT with coverage and flags, and keys that are positions, not names", () => {
    const o = overviewOf(prepared.tables);
    expect(o.ects).toHaveLength(9);
    const zofia = o.ects.find((r) => r.id === "E05")!;
    expect(zofia).toMatchObject({
      key: prepared.net.indexOf.get("E05"),
      coverage: { psychosocial: 0, behaviour: 1 },
      worst: "warning",
    });
    expect(o.schools).toEqual([
      "Aire and Calder Learning Trust",
      "Calder Vale High School",
      "Hollinsfield Academy",
      "Millbrook Primary School",
    ]);
    expect(o.supporters.find((s) => s.id === "P10")!.soleSourceFor).toHaveLength(3);
  });

  it("should make a what-if's rows as a full analysis without those people makes them, on a generated trust", () => {
    const gen = generateNetwork(2_000, 11);
    const imported = importFiles([
      { name: "people.csv", text: gen.people },
      { name: "links.csv", text: gen.links },
    ]);
    const net = buildNetwork(imported.people, imported.links);
    const p = prepareAnalysis(net, settings());
    const o = overviewOf(p.tables);
    const away = o.supporters.find((s) => s.soleSourceFor.length >= 2)!;
    const { result, ects } = whatIfWithTables(p, [away.id]);
    const rows = ectRowsIn(net, ects);
    expect(rows.map((r) => r.id)).toEqual(result.ects.map((e) => e.id));
    const excluded = new Uint8Array(net.people.length);
    excluded[away.key] = 1;
    const full = new Map(ectRowsOf(analyseTables(net, settings(), { excluded })).map((r) => [r.id, r]));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toEqual(full.get(r.id));
    expect(o.ects.some((r) => r.flags.length > 0) && o.supporters.some((r) => r.flags.length > 0)).toBe(true);
  });
});

describe("layoutAroundHome", () => {
  it("should put the home school's ECTs in the middle and people from elsewhere outside", () => {
    const g = networkGraph(prepared, { school: "Millbrook Primary School", maxNodes: 3000 });
    if (g.kind !== "people") throw new Error("expected people");
    const r = (n: { x: number; y: number }) => Math.hypot(n.x, n.y);
    const home = g.nodes.filter((n) => n.school === "Millbrook Primary School");
    const away = g.nodes.filter((n) => n.school !== "Millbrook Primary School");
    expect(away.length).toBeGreaterThan(0);
    const farthestEct = Math.max(...home.filter((n) => n.isEct).map(r));
    for (const n of away) expect(r(n)).toBeGreaterThan(farthestEct);
  });
});
