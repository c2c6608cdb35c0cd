import { describe, expect, it } from "vitest";
import type { ProposedLink, SupportType } from "../../../src/core/index.ts";
import { personIdOf, planTotalsCsv, shareRule } from "../../../src/core/index.ts";

const proposal = (from: string, to: string, supportTypes: SupportType[]): ProposedLink => ({
  from: personIdOf(from),
  to: personIdOf(to),
  supportTypes,
  reasons: ["same school"],
  source: "optimiser",
});

describe("planTotalsCsv", () => {
  const plan = [
    proposal("P01", "E01", ["psychosocial"]),
    proposal("P02", "E02", ["psychosocial", "behaviour"]),
    proposal("P03", "E03", ["psychosocial"]),
    proposal("P04", "E04", ["pedagogy"]),
  ];

  it("should count the links and each kind, with counts below k said as 'fewer than k' in share mode", () => {
    const csv = planTotalsCsv(plan, shareRule({ share: true, hideNames: true, k: 3 }));
    expect(csv).toBe(
      "\uFEFFsupport_type,links_proposed\r\nall,4\r\nbehaviour,fewer than 3\r\npedagogy,fewer than 3\r\npsychosocial,3\r\n",
    );
  });

  it("should name no one and carry no ids or reasons", () => {
    const csv = planTotalsCsv(plan, shareRule({ share: true, hideNames: true, k: 3 }));
    expect(csv).not.toMatch(/P0|E0|same school/);
  });

  it("should give exact counts when nothing is suppressed, and only the total (0: none is not a count to hide) for an empty plan", () => {
    expect(planTotalsCsv(plan, shareRule({ share: false, hideNames: true, k: 3 }))).toContain("behaviour,1\r\n");
    expect(planTotalsCsv([], shareRule({ share: true, hideNames: true, k: 3 }))).toBe(
      "\uFEFFsupport_type,links_proposed\r\nall,0\r\n",
    );
  });
});
