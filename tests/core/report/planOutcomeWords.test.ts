import { describe, expect, it } from "vitest";
import type { PersonId, ProposedPlan } from "../../../src/core/index.ts";
import { planOutcomeWords, shareRule } from "../../../src/core/index.ts";

const named = shareRule({ share: false, hideNames: false, k: 3 });
const share = shareRule({ share: true, hideNames: true, k: 3 });
const links = (n: number): ProposedPlan["proposed"] =>
  Array.from({ length: n }, (_, i) => ({
    from: `P${i}` as PersonId,
    to: "E1" as PersonId,
    supportTypes: ["behaviour"],
    reasons: [],
    source: "optimiser",
  }));
// The review's case: 14 single sources by kind, of which 4 are one ECT's kinds through one person.
const result = {
  proposed: links(9),
  needs: { gaps: 5, singles: 14 },
  covered: { gaps: 5, singles: 14 },
  foldedSingles: {
    needs: { singleSupporterEcts: 1, otherSingles: 10 },
    covered: { singleSupporterEcts: 1, otherSingles: 9 },
  },
  uncovered: [],
};

describe("planOutcomeWords", () => {
  it("should count single sources as the lists do, not 14 by kind", () => {
    expect(planOutcomeWords(result, true, named)).toBe(
      "Proposed 9 links, covering all 5 gaps; a second source for 1 of 1 ECT with all their support through one person, and for 9 of today's 10 other single sources.",
    );
    expect(planOutcomeWords(result, true, named)).not.toMatch(/14/);
  });
  it("should leave single sources out without second sources, and say what stays open", () => {
    const open = {
      ...result,
      uncovered: [{ ect: "E1" as PersonId, supportType: "behaviour" as const, need: "gap" as const, why: "x" }],
    };
    expect(planOutcomeWords(open, false, named)).toBe(
      "Proposed 9 links, covering all 5 gaps. 1 stays open, listed below with why.",
    );
  });
  it("should say plain 'single sources' when no ECT has all their support through one person", () => {
    const none = {
      ...result,
      foldedSingles: {
        needs: { singleSupporterEcts: 0, otherSingles: 2 },
        covered: { singleSupporterEcts: 0, otherSingles: 2 },
      },
    };
    expect(planOutcomeWords(none, true, named)).toMatch(/; a second source for 2 of today's 2 single sources\.$/);
  });
  it("should say the gaps covered in plain English: the 1 gap, all of them, or some", () => {
    const gaps = (covered: number, needs: number, rule = named) =>
      planOutcomeWords(
        { ...result, proposed: links(1), needs: { gaps: needs, singles: 0 }, covered: { gaps: covered, singles: 0 } },
        false,
        rule,
      );
    expect(gaps(1, 1)).toBe("Proposed 1 link, covering the 1 gap.");
    expect(gaps(3, 4)).toBe("Proposed 1 link, covering 3 of 4 gaps.");
    expect(gaps(0, 1)).toBe("Proposed 1 link, covering 0 of 1 gap.");
    expect(gaps(0, 0)).toBe("Proposed 1 link, with no gaps to cover.");
    // Share mode: "all fewer than 3 gaps" would read oddly, and "the 1 gap" would tell.
    expect(gaps(2, 2, share)).toBe("Proposed fewer than 3 links, covering fewer than 3 of fewer than 3 gaps.");
  });
  it("should suppress small counts in share mode, the noun following what is shown", () => {
    expect(planOutcomeWords(result, true, share)).toBe(
      "Proposed 9 links, covering all 5 gaps; a second source for fewer than 3 of fewer than 3 ECTs with all their support through one person, and for 9 of today's 10 other single sources.",
    );
  });
});
