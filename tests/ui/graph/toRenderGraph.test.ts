import { describe, expect, it } from "vitest";
import { buildConstellation, buildNetwork, prepareAnalysis } from "../../../src/core/index.ts";
import { edgeStyle, nodeStyle } from "../../../src/ui/graph/appearance.ts";
import { sceneOf, toRenderGraph } from "../../../src/ui/graph/toRenderGraph.ts";
import { FADED, MIXED_LINE, TYPE_COLOUR } from "../../../src/ui/palette.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const constellationOf = (id: string) =>
  buildConstellation(prepared.ctx, prepared.ectAt(prepared.net.indexOf.get(id)!)!);

describe("toRenderGraph", () => {
  it("should draw each person once, keyed by their id, with a pie of every kind they give", () => {
    const c = constellationOf("E04"); // Callum Reid: Dr Anthony Clarke gives him four kinds
    const g = toRenderGraph(c, (_id, name) => name, false);
    expect(g.nodes().sort()).toEqual(
      [...new Set(["E04", ...c.supporters.map((s) => s.id), ...c.contributions.map((p) => p.id)])].sort(),
    );
    const clarke = g.getNodeAttributes("P10");
    expect(clarke.label).toBe("Dr Anthony Clarke");
    expect(clarke.kinds).toHaveLength(4);
    expect(clarke.pie_behaviour).toBe(1);
    expect(clarke.pieColour_behaviour).toBe(TYPE_COLOUR.behaviour);
    expect(clarke.pie_career).toBe(0);
    // Several kinds: a neutral dark line (the pie says which kinds).
    expect(g.getEdgeAttribute(g.edge("P10", "E04")!, "color")).toBe(MIXED_LINE);
  });
  it("should draw Zofia's gap as an empty sector, and ring those who assess or manage", () => {
    const g = toRenderGraph(constellationOf("E05"), (_id, name) => name, false);
    const scene = sceneOf(g)!;
    expect(scene.sectors.find((s) => s.type === "psychosocial")!.count).toBe(0);
    expect(scene.ectKey).toBe("E05");
    expect(g.getNodeAttribute("P18", "type")).toBe("pieRing"); // assesses and line-manages Zofia
    expect(g.getNodeAttribute("P18", "ring")).toBe(true);
    expect(g.getNodeAttribute("P14", "type")).toBe("pie");
    expect(g.getEdgeAttribute(g.edge("P14", "E05")!, "color")).toBe(TYPE_COLOUR.pedagogy);
    // Her peer-coaching given back is an arrow out to the same node, not a second Claire.
    expect(g.getEdgeAttribute(g.edge("E05", "P14")!, "type")).toBe("arrow");
  });
  it("should use pseudonyms everywhere in hide-names mode", () => {
    const g = toRenderGraph(constellationOf("E01"), (id) => `code-${id}`, false);
    for (const l of g.mapNodes((_k, a) => a.label)) expect(l).toMatch(/^code-/);
  });
  it("should draw formal links thicker than informal ones", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, false);
    const sizes = g.mapEdges((_e, a) => (a.type === "line" ? `${a.formal}:${a.size}` : "")).filter(Boolean);
    const formal = sizes.filter((s) => s.startsWith("true")).map((s) => Number(s.split(":")[1]));
    const informal = sizes.filter((s) => s.startsWith("false")).map((s) => Number(s.split(":")[1]));
    expect(formal.length).toBeGreaterThan(0);
    expect(informal.length).toBeGreaterThan(0);
    expect(Math.min(...formal)).toBeGreaterThanOrEqual(2 * Math.max(...informal));
  });
  it("should make a fifth sector when career counts", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, true);
    expect(sceneOf(g)!.sectors).toHaveLength(5);
  });
});

describe("appearance", () => {
  it("should highlight one person's node and links and fade the rest, without touching the graph", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, false);
    const before = JSON.stringify(g.export());
    const [me, other] = g.filterNodes((_k, a) => a.role === "supporter");
    const mine = nodeStyle(g.getNodeAttributes(me!), { personId: me });
    const theirs = nodeStyle(g.getNodeAttributes(other!), { personId: me });
    expect(mine.size).toBeGreaterThan(g.getNodeAttribute(me!, "size"));
    for (const t of theirs.kinds) expect(theirs[`pieColour_${t}`]).toBe(FADED);
    expect(edgeStyle(g.getEdgeAttributes(g.edge(other!, "E01")!), { personId: me }).color).toBe(FADED);
    expect(JSON.stringify(g.export())).toBe(before);
    expect(nodeStyle(g.getNodeAttributes("E01"), { personId: me })).toEqual(g.getNodeAttributes("E01"));
  });
  it("should draw the keyboard-highlighted person larger", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, false);
    const [me] = g.filterNodes((_k, a) => a.role === "supporter");
    const walked = nodeStyle(g.getNodeAttributes(me!), { highlightedPersonId: me });
    expect(walked.size).toBeGreaterThan(g.getNodeAttribute(me!, "size"));
    expect(walked.zIndex).toBe(3);
  });
});
