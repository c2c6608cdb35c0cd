import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGexf, toGraphml } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person } from "../../helpers/builders.ts";

const sample = importFixtures(["sample/people.csv", "sample/links.csv"]);

describe("graph files", () => {
  it("should write GraphML that parses back to the same people and links", () => {
    const g = parseGraphml(Graph, toGraphml(sample.people, sample.links, false));
    expect(g.order).toBe(36);
    expect(g.size).toBe(44);
    expect(g.getNodeAttribute("E05", "label")).toBe("Zofia Nowak");
    expect(g.getNodeAttribute("E05", "is_ect")).toBe(true);
    expect(g.getEdgeAttribute("L16", "status")).toBe("strained");
    expect(g.getEdgeAttribute("L01", "minutes_per_month")).toBe(240);
  });
  it("should write GEXF that parses back", () => {
    const g = parseGexf(Graph, toGexf(sample.people, sample.links, false));
    expect(g.order).toBe(36);
    expect(g.size).toBe(44);
  });
  it("should replace names with stable codes when names are hidden", () => {
    const xml = toGraphml(sample.people, sample.links, true);
    expect(xml).not.toMatch(/Zofia|Clarke|Hollinsfield Academy.*Zofia/);
    const g = parseGraphml(Graph, xml);
    expect(g.hasNode("ECT 5")).toBe(true);
    expect(g.getNodeAttribute("ECT 5", "label")).toBe("ECT 5");
  });
  it("should escape markup and drop characters XML cannot hold", () => {
    const people = [ect("E", { name: '<b>"Amy" & \u0001co</b>' }), person("S", { name: "Sam's" })];
    const g = parseGraphml(Graph, toGraphml(people, [link("S", "E", ["pedagogy"])], false));
    expect(g.getNodeAttribute("E", "label")).toBe('<b>"Amy" & co</b>');
    expect(g.getNodeAttribute("S", "label")).toBe("Sam's");
  });
  it("should keep the ECT's private ratings out", () => {
    expect(toGraphml(sample.people, sample.links, false)).not.toMatch(/attr.name="(trust|similarity|notes)"/);
    expect(toGexf(sample.people, sample.links, false)).not.toMatch(
      /title="(trust|similarity|notes)"|Weekly mentor meeting/,
    );
  });
});
