import { describe, expect, it } from "vitest";
import type { SupporterRow } from "../../../src/core/index.ts";
import { ALL_SUPPORTERS, OVER_CAPACITY_FIRST, supporterRows } from "../../../src/ui/lead/supporterView.ts";

const row = (id: string, over: Partial<SupporterRow>): SupporterRow => ({
  key: 0,
  id,
  name: id,
  isGroup: false,
  isEct: false,
  ectsSupported: 1,
  minutesPerMonth: 0,
  linksWithoutMinutes: 0,
  soleSourceFor: [],
  flags: [],
  ...over,
});
const overFlag = [{ code: "OVER_CAPACITY", severity: "warning" }] as const;

describe("supporterRows", () => {
  const rows = [
    row("none", { minutesPerMonth: 500 }),
    row("half", { minutesPerMonth: 60, capacityMinutesPerMonth: 120 }),
    row("double", { minutesPerMonth: 240, capacityMinutesPerMonth: 120, flags: overFlag }),
    row("ects", { ectsSupported: 3, capacity: 2, flags: overFlag }),
  ];
  it("opens on those over capacity, fullest first", () => {
    expect(supporterRows(rows, OVER_CAPACITY_FIRST).map((r) => r.id)).toEqual(["double", "ects"]);
  });
  it("sorts everyone by load against capacity, those with none recorded last", () => {
    expect(supporterRows(rows, { sort: "capacity", overOnly: false }).map((r) => r.id)).toEqual([
      "double",
      "ects",
      "half",
      "none",
    ]);
  });
  it("shows everyone by removal impact by default", () => {
    expect(supporterRows(rows, ALL_SUPPORTERS)).toHaveLength(4);
  });
});
