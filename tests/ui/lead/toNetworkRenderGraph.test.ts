import { describe, expect, it } from "vitest";
import { buildNetwork, networkGraph, prepareAnalysis } from "../../../src/core/index.ts";
import { LEGEND } from "../../../src/ui/lead/networkEncoding.ts";
import { carryingWords, toNetworkRenderGraph } from "../../../src/ui/lead/toNetworkRenderGraph.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const whole = networkGraph(prepared, { maxNodes: 3000 });
if (whole.kind !== "people") throw new Error("the sample is drawn person by person");
const g = toNetworkRenderGraph(whole, (_id, name) => name, false);

describe("toNetworkRenderGraph", () => {
  it("should always label flagged ECTs and keystones, and no one else", () => {
    for (const n of whole.nodes) {
      const a = g.getNodeAttributes(n.id);
      const flagged = n.concerns.length > 0 || n.keystone || n.overCapacity;
      expect(a.forceLabel, n.id).toBe(flagged);
      if (flagged) expect(a.label.length).toBeGreaterThan(0);
    }
    // Callum: no gap and several supporters, but warnings all the same: labelled, not filled.
    expect(g.getNodeAttributes("E04")).toMatchObject({ forceLabel: true });
    expect(g.getNodeAttributes("E02")).toMatchObject({ forceLabel: true, concern: "warning", legend: "warning" });
  });
  it("should use only looks the legend shows, and mark risk in at most three ways", () => {
    const keys = new Set(LEGEND.map((e) => e.key));
    const looks = new Set<string>();
    g.forEachNode((_k, a) => {
      expect(keys.has(a.legend)).toBe(true);
      looks.add(`${a.color}|${a.borderColor}|${a.borderSize}`);
    });
    // Fill, outline and size: the risk legend entries differ from "staff"/"ect" in nothing else.
    for (const e of LEGEND) expect(Object.keys(e).sort()).toEqual(["fill", "key", "large", "outline", "text", "thick"]);
    expect(looks.size).toBeGreaterThan(2);
  });
  it("should say every mark a supporter carries: keystone and over capacity both", () => {
    const base = whole.nodes.find((n) => n.id === "P10")!;
    expect(base).toMatchObject({ keystone: true, overCapacity: true });
    // The sample's Clarke is both: one word hid the other, though the legend says the label says which.
    expect(g.getNodeAttribute("P10", "label")).toBe("Dr Anthony Clarke (keystone · over capacity)");
    expect(carryingWords({ ...base, overCapacity: false })).toBe("keystone");
    expect(carryingWords({ ...base, keystone: false })).toBe("over capacity");
    expect(carryingWords({ ...base, keystone: false, overCapacity: false })).toBe("");
  });
  it("should give no names in share mode", () => {
    const s = toNetworkRenderGraph(whole, (_id, name) => name, true);
    s.forEachNode((_k, a) => expect(a.label).toBe(""));
  });
});

describe("label sides", () => {
  it("should prefer the side away from the school's centre", () => {
    const one = whole.nodes.filter((n) => n.school === whole.nodes[0]?.school);
    const mid = one.reduce((sum, n) => sum + n.x, 0) / one.length;
    for (const n of one) expect(g.getNodeAttribute(n.id, "labelSide"), n.id).toBe(n.x < mid ? "left" : "right");
  });
});
