import { describe, expect, it } from "vitest";
import { isOverCapacity, loadShare, loadWords } from "../../../src/core/report/loadWords.ts";

describe("loadWords", () => {
  it("should not say 0 min when no minutes are known", () => {
    expect(loadWords({ ectsSupported: 3, minutesPerMonth: 0, linksWithoutMinutes: 4 })).toBe(
      "3 ECTs · time not recorded",
    );
    expect(
      loadWords({
        ectsSupported: 3,
        capacity: 2,
        minutesPerMonth: 0,
        capacityMinutesPerMonth: 60,
        linksWithoutMinutes: 4,
      }),
    ).toBe("3 of 2 ECTs: over · time not recorded");
  });
  it("should say 1 ECT, not 1 ECTs", () => {
    expect(
      loadWords({ ectsSupported: 1, minutesPerMonth: 120, capacityMinutesPerMonth: 120, linksWithoutMinutes: 0 }),
    ).toBe("1 ECT · 120 of 120 min");
    expect(loadWords({ ectsSupported: 2, capacity: 1, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe(
      "2 of 1 ECT: over · 0 min",
    );
  });
  it("should give the minutes known and say where time is missing", () => {
    expect(
      loadWords({ ectsSupported: 2, minutesPerMonth: 90, capacityMinutesPerMonth: 60, linksWithoutMinutes: 1 }),
    ).toBe("2 ECTs · 90 of 60 min: over · time not recorded on 1");
    expect(loadWords({ ectsSupported: 0, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe("0 ECTs · 0 min");
  });
  it("should say in words which figure is over capacity", () => {
    const r = {
      ectsSupported: 3,
      capacity: 4,
      minutesPerMonth: 200,
      capacityMinutesPerMonth: 120,
      linksWithoutMinutes: 0,
    };
    expect(loadWords(r)).toBe("3 of 4 ECTs · 200 of 120 min: over");
    expect(isOverCapacity(r)).toBe(true);
    expect(isOverCapacity({ ...r, minutesPerMonth: 120 })).toBe(false);
    expect(loadWords({ ...r, minutesPerMonth: 120 })).not.toContain("over");
  });
  it("should rank load against capacity, the fuller figure counting, none recorded last", () => {
    expect(
      loadShare({
        ectsSupported: 3,
        capacity: 4,
        minutesPerMonth: 200,
        capacityMinutesPerMonth: 100,
        linksWithoutMinutes: 0,
      }),
    ).toBe(2);
    expect(loadShare({ ectsSupported: 3, capacity: 2, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe(1.5);
    expect(loadShare({ ectsSupported: 3, minutesPerMonth: 50, linksWithoutMinutes: 0 })).toBeUndefined();
    expect(loadShare({ ectsSupported: 1, capacity: 0, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe(Infinity);
  });
});
