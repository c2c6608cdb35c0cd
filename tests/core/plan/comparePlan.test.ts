import { describe, expect, it } from "vitest";
import type { PersonId, ProposedLink } from "../../../src/core/index.ts";
import {
  buildNetwork,
  capacityWords,
  comparePlan,
  flagChangeItems,
  loadWords,
  prepareAnalysis,
  proposePlan,
  setAgreement,
} from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const sample = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const secondSources = comparePlan(sample, proposePlan(sample, { secondSources: true }).proposed);

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
    it("should show each supporter's capacity as the overview does, minutes included", () => {
      const gareth = secondSources.load.find((l) => l.name === "Gareth Hughes")!;
      expect(gareth.capacityMinutesPerMonth).toBe(30);
      expect(capacityWords(gareth.withPlan)).toBe("30 min a month");
      // The overview's own words for his load (15 of 30 min), today and with the plan.
      expect(loadWords(gareth.today)).toMatch(/15 of 30 min/);
      expect(loadWords(gareth.withPlan)).toMatch(/^2 ECTs · 15 of 30 min/);
      for (const l of secondSources.load) {
        const person = sample.net.people[sample.net.indexOf.get(l.id)!]!;
        expect(capacityWords(l.withPlan) === "not recorded").toBe(
          person.capacity === undefined && person.capacity_minutes_per_month === undefined,
        );
      }
    });
    it("should fold an ECT's single sources under SINGLE_SUPPORTER, in the counts and the flag lists", () => {
      const tom = sample.result.ects.find((e) => e.name === "Tom Gallagher")!;
      const soleKinds = Object.values(tom.providers).filter((ps) => ps.length === 1).length;
      expect(soleKinds).toBe(4);
      const raw = secondSources.today.singleSources;
      expect(secondSources.singles.today).toEqual({ singleSupporterEcts: 1, otherSingleSources: raw - soleKinds });
      const items = flagChangeItems(secondSources.flagsCleared, (id) => id).filter((i) => i.subject === tom.id);
      expect(items.map((i) => i.item.code)).toContain("SINGLE_SUPPORTER");
      expect(items.map((i) => i.item.code)).not.toContain("SOLE_SOURCE");
      const single = items.find((i) => i.item.code === "SINGLE_SUPPORTER")!;
      expect(single.item.body).toMatch(/They are the only source of /);
      // Fewer items than flags: Tom's four single sources are one line.
      expect(flagChangeItems(secondSources.flagsCleared, (id) => id).length).toBeLessThan(
        secondSources.flagsCleared.length - 3,
      );
    });
  });
});
