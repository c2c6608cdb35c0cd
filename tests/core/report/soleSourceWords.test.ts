import { describe, expect, it } from "vitest";
import {
  analysisToMarkdown,
  buildNetwork,
  gapsIfAway,
  prepareAnalysis,
  soleSourceListWords,
  soleSourceWords,
} from "../../../src/core/index.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

describe("soleSourceWords", () => {
  it("should count gaps if away and ECTs, never more kinds of support than there are", () => {
    // Nine ECTs each relying on one person for one kind: nine gaps, not "9 kinds of support".
    expect(soleSourceWords(9, 9)).toBe("9\u00a0ECTs (9 gaps if away)");
    expect(soleSourceWords(4, 1)).toBe("1\u00a0ECT (4 gaps if away)");
    expect(soleSourceWords(1, 1)).toBe("1\u00a0ECT (1 gap if away)");
    expect(gapsIfAway(2300)).toBe("2,300 gaps if away");
  });
  it("should count distinct ECTs from a sole-source list", () => {
    expect(
      soleSourceListWords([
        { ect: "E1", supportType: "pedagogy" },
        { ect: "E1", supportType: "behaviour" },
        { ect: "E2", supportType: "pedagogy" },
      ]),
    ).toBe("2\u00a0ECTs (3 gaps if away)");
  });
  it("should say it in the Markdown report's supporters table", () => {
    const people = [person("S"), ...["E1", "E2"].map((id) => ect(id))];
    const links = [link("S", "E1", ["pedagogy", "behaviour"]), link("S", "E2", ["pedagogy"])];
    const net = buildNetwork(people, links);
    const md = analysisToMarkdown(net, prepareAnalysis(net, settings()).result);
    expect(md).toContain("| Only source for |");
    expect(md).toMatch(/\| S \| 2 \| not recorded \| [^|]+ \| 2\u00a0ECTs \(3 gaps if away\) \|/);
    expect(md).not.toMatch(/kinds of support \(/);
  });
});
