import { describe, expect, it } from "vitest";
import type { PersonId, ProposedLink, SupportType } from "../../../src/core/index.ts";
import { shareRule } from "../../../src/core/index.ts";
import { flagTotalsWords, proposedTotalsWords } from "../../../src/ui/plan/planTotals.ts";
import { ect, link, person, run } from "../../helpers/builders.ts";

const share = shareRule({ share: true, hideNames: true, k: 3 });
const named = shareRule({ share: false, hideNames: false, k: 3 });
const proposal = (from: string, to: string, supportTypes: SupportType[]): ProposedLink => ({
  from: from as PersonId,
  to: to as PersonId,
  supportTypes,
  reasons: [],
  source: "optimiser",
});

describe("planTotals", () => {
  describe("#proposedTotalsWords", () => {
    it("should give the links and their kinds as totals, most first, with no one named", () => {
      const plan = [
        proposal("P1", "E3", ["psychosocial"]),
        proposal("P2", "E5", ["psychosocial"]),
        proposal("P3", "E5", ["behaviour"]),
      ];
      expect(proposedTotalsWords(plan, named)).toBe("3 links proposed: 2 wellbeing, 1 behaviour");
      // Share mode: counts below k are not shown exactly, and the noun follows what is shown.
      expect(proposedTotalsWords(plan, share)).toBe("3 links proposed: fewer than 3 wellbeing, fewer than 3 behaviour");
      expect(proposedTotalsWords(plan.slice(0, 1), named)).toBe("1 link proposed: 1 wellbeing");
      expect(proposedTotalsWords(plan.slice(0, 1), share)).toBe("Fewer than 3 links proposed: fewer than 3 wellbeing");
    });
    it("should count a link of two kinds once in the head and once under each kind", () => {
      const plan = [proposal("P1", "E3", ["behaviour", "pedagogy"])];
      expect(proposedTotalsWords(plan, named)).toBe("1 link proposed: 1 behaviour, 1 teaching");
    });
  });

  describe("#flagTotalsWords", () => {
    it("should count flags as the named lists do: an ECT's sole sources fold under 'all support through one person'", () => {
      // One supporter for three kinds: SINGLE_SUPPORTER and three SOLE_SOURCE flags, shown as one item.
      const r = run([ect("E"), person("S")], [link("S", "E", ["behaviour", "pedagogy", "psychosocial"])]);
      const flags = r.ects.flatMap((e) => e.flags);
      const codes = flags.map((f) => f.code);
      expect(codes.filter((c) => c === "SOLE_SOURCE").length).toBeGreaterThan(1);
      expect(codes).toContain("SINGLE_SUPPORTER");
      const words = flagTotalsWords(flags, [], named);
      const cleared = Number(/(\d+) flags? would clear/.exec(words)?.[1]);
      expect(cleared).toBeLessThan(flags.length);
      expect(words).toMatch(/ and 0 would appear\.$/);
      expect(flagTotalsWords([], flags.slice(0, 1), share)).toBe(
        "With the plan, 0 flags would clear and fewer than 3 would appear.",
      );
    });
  });
});
