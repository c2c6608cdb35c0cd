import { describe, expect, it } from "vitest";
import { buildNetwork, networkGraph, prepareAnalysis } from "../../../src/core/index.ts";
import type { GraphPersonNode } from "../../../src/core/index.ts";
import type { PeopleGraphData } from "../../../src/ui/lead/toNetworkRenderGraph.ts";
import { toNetworkRenderGraph } from "../../../src/ui/lead/toNetworkRenderGraph.ts";
import { whoSupportsWhom } from "../../../src/ui/lead/whoSupportsWhom.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const byName = (_id: string, name: string) => name;

function people(options: Parameters<typeof networkGraph>[1]): PeopleGraphData {
  const g = networkGraph(prepared, options);
  if (g.kind !== "people") throw new Error("the sample is drawn person by person");
  return g;
}

function node(key: number, id: string, extra: Partial<GraphPersonNode> = {}): GraphPersonNode {
  return {
    key,
    id,
    name: id,
    isEct: false,
    isGroup: false,
    x: 0,
    y: 0,
    isolated: false,
    singleSupporter: false,
    keystone: false,
    overCapacity: false,
    gaps: 0,
    concerns: [],
    ...extra,
  };
}

describe("whoSupportsWhom", () => {
  it("should list every ECT the picture draws and every link it draws, each once", () => {
    for (const options of [{ maxNodes: 3000 }, { school: "Millbrook Primary School", maxNodes: 3000 }]) {
      const data = people(options);
      const drawn = toNetworkRenderGraph(data, byName, false);
      const text = whoSupportsWhom(data, byName);
      const ects = drawn.filterNodes((_k, a) => a.isEct).sort();
      expect(
        text.rows
          .filter((r) => r.isEct)
          .map((r) => r.id)
          .sort(),
      ).toEqual(ects);
      const pairs = new Set(drawn.mapEdges((_e, _a, from, to) => `${from} ${to}`));
      const listed = text.rows.flatMap((r) => r.supporters.map((s) => `${s.id} ${r.id}`));
      expect(listed.sort()).toEqual([...pairs].sort());
      expect(text).toMatchObject({ people: drawn.order, ects: ects.length, links: pairs.size });
    }
  });
  it("should put the ECTs most in need first, then anyone else supported", () => {
    const data = people({ maxNodes: 3000 });
    const drawn = toNetworkRenderGraph(data, byName, false);
    const { rows } = whoSupportsWhom(data, byName);
    const firstOther = rows.findIndex((r) => !r.isEct);
    expect(firstOther).toBeGreaterThan(0);
    expect(rows.slice(firstOther).every((r) => !r.isEct)).toBe(true);
    // The drawing's fill first (Tom and Zofia are filled: support missing), then the most concerns:
    // Callum (E04, seven, not filled) before Megan (four), and ECTs with nothing marked last.
    const rank = { critical: 0, warning: 1, none: 2 } as const;
    const fills = rows.slice(0, firstOther).map((r) => rank[drawn.getNodeAttribute(r.id, "concern")]);
    expect(fills).toEqual([...fills].sort());
    expect(rows.slice(0, 2).map((r) => r.id)).toEqual(["E02", "E05"]);
    expect(rows.slice(2, 4).map((r) => r.id)).toEqual(["E04", "E08"]);
    expect(rows[firstOther - 1]?.marks).toBe("");
  });
  it("should say with what each supporter helps, and the marks the drawing gives them", () => {
    const { rows } = whoSupportsWhom(people({ maxNodes: 3000 }), byName);
    const clarke = rows.flatMap((r) => r.supporters).find((s) => s.id === "P10");
    expect(clarke).toMatchObject({ name: "Dr Anthony Clarke", marks: "keystone · over capacity" });
    expect(clarke?.types.length).toBeGreaterThan(0);
  });
  it("should join parallel links into one supporter with all their kinds, and keep an unsupported ECT", () => {
    const data: PeopleGraphData = {
      kind: "people",
      nodes: [
        node(0, "alone", { isEct: true, isolated: true, worst: "critical", concerns: [{ code: "ISOLATED" }] }),
        node(1, "ect", { isEct: true }),
        node(2, "mentor"),
        node(3, "lead"),
      ],
      edges: [
        [2, 1, 4],
        [2, 1, 8],
        [3, 2, 0],
      ],
      total: 4,
    };
    const text = whoSupportsWhom(data, byName);
    expect(text.rows.map((r) => r.id)).toEqual(["alone", "ect", "mentor"]);
    expect(text.rows[0]).toMatchObject({ supporters: [] });
    expect(text.rows[0]?.marks).not.toBe("");
    expect(text.rows[1]?.supporters).toEqual([
      { id: "mentor", name: "mentor", types: ["pedagogy", "psychosocial"], marks: "" },
    ]);
    // A link with no kind Mosaic counts is still a link drawn.
    expect(text.rows[2]?.supporters).toEqual([{ id: "lead", name: "lead", types: [], marks: "" }]);
    expect(text).toMatchObject({ people: 4, ects: 2, links: 2 });
  });
  it("should show names only as the app's name helper gives them, and sort by those", () => {
    const data = people({ maxNodes: 3000 });
    const codes = new Map(data.nodes.map((n, i) => [n.id, `Person ${String(i).padStart(3, "0")}`]));
    const hidden = (id: string) => codes.get(id) ?? "Someone";
    const text = whoSupportsWhom(data, hidden);
    const real = new Set(data.nodes.map((n) => n.name));
    for (const r of text.rows) {
      expect(real.has(r.name)).toBe(false);
      for (const s of r.supporters) expect(real.has(s.name)).toBe(false);
    }
  });
});
