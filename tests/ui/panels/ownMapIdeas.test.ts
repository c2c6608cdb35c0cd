import { describe, expect, it } from "vitest";
import { buildConstellation, buildNetwork, prepareAnalysis, suggestFor } from "../../../src/core/index.ts";
import { ownMapIdeas } from "../../../src/ui/panels/ownMapIdeas.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

// Siobhán's own map as the reviewer typed it: Jess Hartley alone for how the school works, Mr Khan
// and Priya for behaviour, Tom for teaching, Mum for wellbeing, and Amira Shah, whom she helps.
const people = [
  ect("E1", { name: "Siobhán", map_status: "confirmed" }),
  person("P1", { name: "Jess Hartley" }),
  person("P2", { name: "Mr Khan" }),
  person("P3", { name: "Priya" }),
  person("P4", { name: "Tom (Year 9 team)" }),
  person("P5", { name: "Mum (Siobhán)", unnamed: "family" }),
  person("P6", { name: "Amira Shah" }),
];
const links = [
  link("P1", "E1", ["organisational_literacy", "pedagogy"]),
  link("P2", "E1", ["behaviour"]),
  link("P3", "E1", ["behaviour"]),
  link("P4", "E1", ["pedagogy"]),
  link("P5", "E1", ["psychosocial"]),
  link("E1", "P6", ["pedagogy"], { link_role: "contribution" }),
];
const prepared = prepareAnalysis(buildNetwork(people, links), settings());
const k = prepared.net.indexOf.get("E1");
const result = k === undefined ? undefined : prepared.ectAt(k);
if (!result) throw new Error("no ECT E1");
const map = buildConstellation(prepared.ctx, result);
const suggestions = suggestFor(prepared, "E1");

describe("ownMapIdeas", () => {
  it("should leave out someone the ECT only helps, whom the core still offers (its rule is the lead's)", () => {
    const school = suggestions.find((s) => s.supportType === "organisational_literacy");
    expect(school?.candidates.map((c) => c.name)).toContain("Amira Shah");
    const ideas = ownMapIdeas(suggestions, map, 5);
    const names = ideas.needs.flatMap((n) => n.ideas.map((i) => i.candidate.name));
    expect(names).not.toContain("Amira Shah");
    expect(names).toContain("Mr Khan");
  });

  it("should say what someone already helps with, and 'capacity not recorded' once for the list", () => {
    const ideas = ownMapIdeas(suggestions, map, 5);
    const school = ideas.needs.find((n) => n.suggestion.supportType === "organisational_literacy");
    expect(school?.ideas.map((i) => `${i.candidate.name}: ${i.line}`)).toEqual([
      "Mr Khan: already helps you with behaviour",
      "Priya: already helps you with behaviour",
      "Tom (Year 9 team): already helps you with teaching",
    ]);
    expect(ideas.needs.flatMap((n) => n.ideas.map((i) => i.line)).join(" ")).not.toMatch(/capacity/i);
    expect(ideas.capacityUnknown).toBe(true);
  });

  it("should drop a need left with no one", () => {
    const onlyHelped = suggestions.map((s) => ({ ...s, candidates: s.candidates.filter((c) => c.id === "P6") }));
    expect(ownMapIdeas(onlyHelped, map, 5)).toEqual({ needs: [], capacityUnknown: false });
  });
});
