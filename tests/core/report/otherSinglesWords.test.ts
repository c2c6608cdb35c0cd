import { describe, expect, it } from "vitest";
import type { PersonId, ProposedLink } from "../../../src/core/index.ts";
import {
  buildNetwork,
  comparePlan,
  otherSinglesWords,
  planOutcomeWords,
  prepareAnalysis,
  proposePlan,
  shareRule,
} from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const named = shareRule({ share: false, hideNames: false, k: 3 });

describe("otherSinglesWords", () => {
  // One fixture for the plan's sentence and the comparison table: the sample, second sources proposed.
  const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
  const today = prepareAnalysis(buildNetwork(imported.people, imported.links), settings(), { skipStructure: true });
  const plan = proposePlan(today, { secondSources: true });
  const compared = comparePlan(today, plan.proposed);
  const made = compared.otherSinglesWithPlan;

  it("should count, in the sentence and the table, the same single sources today", () => {
    const { needs, covered } = plan.foldedSingles;
    expect(compared.singles.today.otherSingleSources).toBe(needs.otherSingles);
    expect(compared.singles.today.singleSupporterEcts).toBe(needs.singleSupporterEcts);
    // Those the sentence says got a second source are exactly those the table no longer has.
    expect(made.still).toBe(needs.otherSingles - covered.otherSingles);
    // The table's count with the plan is today's left over plus the new ones, nothing else.
    expect(made.still + made.hadNoOne + made.throughOnePerson).toBe(compared.singles.withPlan.otherSingleSources);
  });

  it("should say where the table's count with the plan comes from, in words that agree with the sentence", () => {
    const sentence = planOutcomeWords(plan, true, named);
    const { needs, covered } = plan.foldedSingles;
    expect(sentence).toContain(`and for ${covered.otherSingles} of today's ${needs.otherSingles} other single sources`);
    const table = {
      today: compared.singles.today.otherSingleSources,
      withPlan: compared.singles.withPlan.otherSingleSources,
    };
    // The review's case: 10 of today's 10 covered, yet the table reads 10 → 1.
    expect(table).toEqual({ today: 10, withPlan: 1 });
    expect(otherSinglesWords(table.today, made, named)).toBe(
      "With the plan, 0 of today's 10 other single sources still have only one source; 1 is new: 1 kind of support that had no one today, now with one person.",
    );
  });

  it("should count the kinds of an ECT whose one supporter gains company one by one, and say so", () => {
    // E has all support through S (three kinds, no one for wellbeing); T is proposed for wellbeing.
    const people = [ect("E"), person("S"), person("T")];
    const alone = prepareAnalysis(
      buildNetwork(people, [link("S", "E", ["behaviour", "pedagogy", "organisational_literacy"])]),
      settings(),
      { skipStructure: true },
    );
    const proposal: ProposedLink = {
      from: "T" as PersonId,
      to: "E" as PersonId,
      supportTypes: ["psychosocial"],
      reasons: [],
      source: "by_hand",
    };
    const c = comparePlan(alone, [proposal]);
    expect(c.singles).toEqual({
      today: { singleSupporterEcts: 1, otherSingleSources: 0 },
      withPlan: { singleSupporterEcts: 0, otherSingleSources: 4 },
    });
    expect(c.otherSinglesWithPlan).toEqual({ still: 0, hadNoOne: 1, throughOnePerson: 3 });
    expect(otherSinglesWords(0, c.otherSinglesWithPlan, named)).toBe(
      "With the plan, 4 kinds of support will have only one source: 1 kind of support that had no one today, now with one person; 3 kinds of support of an ECT whose support all came through one person, now counted one by one.",
    );
  });

  it("should say nothing when every single source with the plan was one today", () => {
    expect(otherSinglesWords(5, { still: 2, hadNoOne: 0, throughOnePerson: 0 }, named)).toBeUndefined();
  });

  it("should suppress small counts in share mode", () => {
    const share = shareRule({ share: true, hideNames: true, k: 3 });
    expect(otherSinglesWords(10, { still: 1, hadNoOne: 1, throughOnePerson: 0 }, share)).toBe(
      "With the plan, fewer than 3 of today's 10 other single sources still have only one source; fewer than 3 are new: fewer than 3 kinds of support that had no one today, now with one person.",
    );
  });
});
