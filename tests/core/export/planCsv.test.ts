import { describe, expect, it } from "vitest";
import type { PersonId } from "../../../src/core/index.ts";
import { importFiles, planToCsv, shareRule } from "../../../src/core/index.ts";

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
  it("should write codes for names and ids, and only the headline, with names hidden or in share mode", () => {
    const codes: Record<string, string> = { E03: "ECT 3", E05: "ECT 5" };
    const names: Record<string, string> = { E03: "Aisha Okafor", E05: "Zofia Nowak" };
    const plan = [
      {
        from: "E03" as PersonId,
        to: "E05" as PersonId,
        supportTypes: ["psychosocial" as const],
        headline: "Same school · a peer",
        reasons: ["lists Python coding club among their strengths"],
        source: "optimiser" as const,
      },
    ];
    for (const share of [false, true]) {
      const rule = shareRule({ share, hideNames: true, k: 3 });
      const csv = planToCsv(plan, new Set(), (id) => codes[id] ?? "Someone", rule);
      expect(csv).not.toMatch(/Aisha|Okafor|Zofia|Nowak|E03|E05|Python/);
      const back = importFiles([{ name: "plan.csv", text: csv }]);
      expect(back.links[0]).toMatchObject({
        from_id: "ECT 3",
        to_id: "ECT 5",
        notes: "Proposed: Same school · a peer",
      });
    }
    // With names shown, the same plan names them beside their ids (so the check above can fail).
    expect(planToCsv(plan, new Set(), (id) => names[id] ?? "")).toMatch(/E03,Aisha Okafor,E05,Zofia Nowak/);
  });
});
