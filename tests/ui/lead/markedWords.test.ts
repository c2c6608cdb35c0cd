import { describe, expect, it } from "vitest";
import { buildNetwork, flagTitle, networkGraph, prepareAnalysis } from "../../../src/core/index.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { markedWords } from "../../../src/ui/lead/markedWords.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());

describe("markedWords", () => {
  it("should name the kind of support a gap is in, as the heat map does", () => {
    const g = networkGraph(prepared, { maxNodes: 3000 });
    if (g.kind !== "people") throw new Error("the sample is drawn as people");
    const zofia = g.nodes.find((n) => n.id === "E05");
    expect(zofia).toBeDefined();
    if (!zofia) return;
    const words = markedWords(zofia);
    expect(words).toContain("No one for wellbeing and belonging");
    // "No one for ; …" was a kind of support dropped on the way.
    expect(words).not.toMatch(/ for (;|$)/);
    // Every chip the heat map shows for her is in the list, word for word.
    const row = overviewOf(prepared.tables).ects.find((r) => r.id === "E05");
    const chips = (row?.flags ?? []).filter((f) => f.severity !== "info").map(flagTitle);
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) expect(words).toContain(chip);
  });
  it("should add the supporter's marks after the concerns", () => {
    expect(markedWords({ concerns: [], keystone: true, overCapacity: true })).toBe(
      "keystone: the only source of some kind of support for two or more ECTs; over capacity",
    );
  });
});

describe("flagTitle", () => {
  it("should fill the kind of support, and leave out a 'for' with nothing after it", () => {
    expect(flagTitle({ code: "GAP", supportType: "psychosocial" })).toBe("No one for wellbeing and belonging");
    expect(flagTitle({ code: "GAP", supportType: "organisational_literacy" })).toBe("No one for how the school works");
    expect(flagTitle({ code: "GAP" })).toBe("No one");
    expect(flagTitle({ code: "ISOLATED" })).not.toContain("{");
    expect(flagTitle({ code: "NOT_A_FLAG" })).toBe("NOT_A_FLAG");
  });
});
