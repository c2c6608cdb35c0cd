import { describe, expect, it } from "vitest";
import type { PersonId } from "../../../src/core/index.ts";
import { importFiles, planToCsv } from "../../../src/core/index.ts";

describe("planCsv", () => {
  it("should write proposed links that import back as links, with reasons in notes and formulas guarded", () => {
    const csv = planToCsv(
      [
        {
          from: "P09" as PersonId,
          to: "E05" as PersonId,
          supportTypes: ["psychosocial"],
          reasons: ["same school", "=HYPERLINK(bad)"],
          source: "optimiser",
        },
      ],
      new Set(["plan-1"]),
    );
    const back = importFiles([{ name: "plan.csv", text: csv }]);
    expect(back.links).toHaveLength(1);
    expect(back.links[0]).toMatchObject({
      link_id: "plan-2",
      from_id: "P09",
      to_id: "E05",
      support_types: ["psychosocial"],
      origin: "mentor_brokered",
      status: "active",
      notes: "Proposed: same school; =HYPERLINK(bad)",
    });
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
  it("should carry the ECT's answer as agreement_in_place, blank until they are asked", () => {
    const base = {
      from: "P09" as PersonId,
      to: "E05" as PersonId,
      supportTypes: ["psychosocial" as const],
      reasons: [],
      source: "optimiser" as const,
    };
    const csv = planToCsv([
      { ...base, agreement: "agrees" },
      { ...base, to: "E06" as PersonId, agreement: "rather_not" },
      { ...base, to: "E07" as PersonId },
    ]);
    const back = importFiles([{ name: "plan.csv", text: csv }]);
    expect(back.links.map((l) => l.agreement_in_place)).toEqual([true, false, undefined]);
    expect(back.links.map((l) => l.origin)).toEqual(["mentor_brokered", "mentor_brokered", "mentor_brokered"]);
  });
});
