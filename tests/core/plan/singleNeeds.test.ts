import { describe, expect, it } from "vitest";
import type { PersonId, ProposedLink } from "../../../src/core/index.ts";
import { buildNetwork, planProblem, prepareAnalysis, proposePlan } from "../../../src/core/index.ts";
import { hasFlag } from "../../../src/core/analysis/analyse.ts";
import { foldedSingles } from "../../../src/core/plan/singleNeeds.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const proposal = (from: string, to: string): ProposedLink => ({
  from: from as PersonId,
  to: to as PersonId,
  supportTypes: ["psychosocial"],
  reasons: [],
  source: "optimiser",
});

describe("singleNeeds", () => {
  describe("#foldedSingles", () => {
    // E has all support through S (three kinds); F has two people, one of them the only source of pedagogy.
    const people = [ect("E"), ect("F"), person("S"), person("T"), person("U")];
    const links = [
      link("S", "E", ["behaviour", "pedagogy", "organisational_literacy"]),
      link("T", "F", ["behaviour", "organisational_literacy", "psychosocial"]),
      link("U", "F", ["behaviour", "organisational_literacy", "psychosocial"]),
      link("S", "F", ["pedagogy"]),
    ];
    const prepared = prepareAnalysis(buildNetwork(people, links), settings(), { skipStructure: true });
    const problem = planProblem(prepared, { secondSources: true });

    it("should count an ECT with one supporter once, its other single sources by kind", () => {
      expect(problem.needs.filter((n) => n.kind === "single")).toHaveLength(4);
      expect(foldedSingles(prepared, problem.needs, () => false, []).needs).toEqual({
        singleSupporterEcts: 1,
        otherSingles: 1,
      });
    });
    it("should count that ECT covered when someone other than their one supporter is proposed, as SINGLE_SUPPORTER clears", () => {
      expect(foldedSingles(prepared, problem.needs, () => false, [proposal("T", "E")]).covered).toEqual({
        singleSupporterEcts: 1,
        otherSingles: 0,
      });
      // More from the same person leaves all their support through one person.
      expect(
        foldedSingles(prepared, problem.needs, () => false, [proposal("S", "E")]).covered.singleSupporterEcts,
      ).toBe(0);
    });
  });

  it("should fold the sample's proposal as the plan's lists do (Tom's sole sources under one line)", () => {
    const sample = importFixtures(["sample/people.csv", "sample/links.csv"]);
    const prepared = prepareAnalysis(buildNetwork(sample.people, sample.links), settings(), { skipStructure: true });
    const plan = proposePlan(prepared, { secondSources: true });
    const alone = prepared.result.ects.filter((e) => hasFlag(e, "SINGLE_SUPPORTER")).map((e) => e.id);
    expect(alone).toContain("E02");
    const { needs, covered } = plan.foldedSingles;
    expect(needs.singleSupporterEcts).toBe(alone.length);
    expect(needs.singleSupporterEcts + needs.otherSingles).toBeLessThan(plan.needs.singles);
    expect(covered.singleSupporterEcts).toBeLessThanOrEqual(needs.singleSupporterEcts);
    expect(covered.otherSingles).toBeLessThanOrEqual(needs.otherSingles);
  });
});
