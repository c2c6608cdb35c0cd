import { describe, expect, it } from "vitest";
import { loadWords } from "../../../src/ui/lead/loadWords.ts";

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
    ).toBe("3 of 2 ECTs · time not recorded");
  });
  it("should say 1 ECT, not 1 ECTs", () => {
    expect(
      loadWords({ ectsSupported: 1, minutesPerMonth: 120, capacityMinutesPerMonth: 120, linksWithoutMinutes: 0 }),
    ).toBe("1 ECT · 120 of 120 min");
    expect(loadWords({ ectsSupported: 2, capacity: 1, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe(
      "2 of 1 ECT · 0 min",
    );
  });
  it("should give the minutes known and say where time is missing", () => {
    expect(
      loadWords({ ectsSupported: 2, minutesPerMonth: 90, capacityMinutesPerMonth: 60, linksWithoutMinutes: 1 }),
    ).toBe("2 ECTs · 90 of 60 min · time not recorded on 1");
    expect(loadWords({ ectsSupported: 0, minutesPerMonth: 0, linksWithoutMinutes: 0 })).toBe("0 ECTs · 0 min");
  });
});
