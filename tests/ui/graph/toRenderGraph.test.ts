import { describe, expect, it } from "vitest";
import { buildConstellation, buildNetwork, prepareAnalysis } from "../../../src/core/index.ts";
import { edgeStyle, nodeStyle } from "../../../src/ui/graph/appearance.ts";
import { toRenderGraph } from "../../../src/ui/graph/toRenderGraph.ts";
import { TYPE_COLOUR } from "../../../src/ui/palette.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const constellationOf = (id: string) =>
  buildConstellation(prepared.ctx, prepared.ectAt(prepared.net.indexOf.get(id)!)!);

describe("toRenderGraph", () => {
  it("should draw Zofia's gap as an empty sector with a marker, and ring those who assess or manage", () => {
    const g = toRenderGraph(constellationOf("E05"), (_id, name) => name, false);
    expect(g.hasNode("gap::psychosocial")).toBe(true);
    expect(g.getNodeAttribute("gap::psychosocial", "label")).toBe("no one yet");
    expect(g.getNodeAttribute("P18::pedagogy", "type")).toBe("border"); // assesses and line-manages Zofia
    expect(g.getNodeAttribute("P14::pedagogy", "type")).toBe("circle");
    expect(g.getEdgeAttribute(g.edge("P14::pedagogy", "ect")!, "color")).toBe(TYPE_COLOUR.pedagogy);
    // Her peer-coaching given back is drawn as an arrow out.
    expect(g.getEdgeAttribute(g.edge("ect", "gives::P14")!, "type")).toBe("arrow");
  });
  it("should use pseudonyms everywhere in hide-names mode", () => {
    const g = toRenderGraph(constellationOf("E01"), (id) => `code-${id}`, false);
    const labels = g.mapNodes((_k, a) => a.label).filter((l) => l && !l.includes("·"));
    for (const l of labels) expect(l).toMatch(/^code-/);
  });
  it("should draw formal links thicker than informal ones", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, false);
    expect(g.getEdgeAttribute(g.edge("P04::pedagogy", "ect")!, "size")).toBeGreaterThan(
      g.getEdgeAttribute(g.edge("P09::psychosocial", "ect")!, "size"),
    );
  });
});

describe("appearance", () => {
  it("should highlight one person's nodes and links and fade the rest, without touching the graph", () => {
    const g = toRenderGraph(constellationOf("E01"), (_id, name) => name, false);
    const before = JSON.stringify(g.export());
    const mine = nodeStyle(g.getNodeAttributes("P04::pedagogy"), { personId: "P04" });
    const other = nodeStyle(g.getNodeAttributes("P09::psychosocial"), { personId: "P04" });
    expect(mine.size).toBeGreaterThan(g.getNodeAttribute("P04::pedagogy", "size"));
    expect(other.label).toBe("");
    expect(edgeStyle(g.getEdgeAttributes(g.edge("P09::psychosocial", "ect")!), { personId: "P04" }).color).not.toBe(
      TYPE_COLOUR.psychosocial,
    );
    expect(JSON.stringify(g.export())).toBe(before);
    expect(nodeStyle(g.getNodeAttributes("ect"), { personId: "P04" })).toEqual(g.getNodeAttributes("ect"));
  });
});
