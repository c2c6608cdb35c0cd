import { describe, expect, it } from "vitest";
import { networkFlagsWords } from "../../../src/ui/lead/networkFlagsWords.ts";

describe("networkFlagsWords", () => {
  it("should say how many flags there are and how serious, most serious first", () => {
    const w = networkFlagsWords([
      { severity: "info" },
      { severity: "warning" },
      { severity: "info" },
      { severity: "critical" },
      { severity: "warning" },
    ]);
    expect(w.title).toBe("5 things about the whole network");
    expect(w.parts).toEqual([
      { severity: "critical", words: "1 to act on soon" },
      { severity: "warning", words: "2 worth attention" },
      { severity: "info", words: "2 to reflect on" },
    ]);
  });

  it("should leave out a seriousness no flag has, and say one thing in the singular", () => {
    const w = networkFlagsWords([{ severity: "info" }]);
    expect(w.title).toBe("1 thing about the whole network");
    expect(w.parts).toEqual([{ severity: "info", words: "1 to reflect on" }]);
  });
});
