import { describe, expect, it } from "vitest";
import type { PersonId, ProposedLink } from "../../../src/core/index.ts";
import { buildNetwork, comparePlan, prepareAnalysis, setAgreement } from "../../../src/core/index.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

describe("comparePlan", () => {
  describe("#comparePlan", () => {
    it("should measure the plan without the proposals the ECT would rather not have, and keep them in it", () => {
      const people = [ect("E", { school: "A" }), person("T", { school: "A" }), person("N", { school: "A" })];
      const today = prepareAnalysis(buildNetwork(people, [link("T", "E", ["pedagogy"])]), settings());
      const plan: ProposedLink[] = [
        { from: "N" as PersonId, to: "E" as PersonId, supportTypes: ["psychosocial"], reasons: [], source: "by_hand" },
      ];
      expect(comparePlan(today, plan).withPlan.gaps).toBe(comparePlan(today, []).today.gaps - 1);
      const declined = setAgreement(plan, "N" as PersonId, "E" as PersonId, "rather_not");
      expect(declined).toHaveLength(1);
      expect(comparePlan(today, declined).withPlan.gaps).toBe(comparePlan(today, []).today.gaps);
      const agreed = setAgreement(declined, "N" as PersonId, "E" as PersonId, "agrees");
      expect(comparePlan(today, agreed).withPlan.gaps).toBe(comparePlan(today, []).today.gaps - 1);
    });
  });
});
