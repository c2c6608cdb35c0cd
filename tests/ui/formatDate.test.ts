import { describe, expect, it } from "vitest";
import { formatDate, lastContactWords } from "../../src/ui/formatDate.ts";

describe("formatDate", () => {
  it("should say an ISO date as the app says every date, and leave anything else as it is", () => {
    expect(formatDate("2025-03-11")).toBe("11 March 2025");
    expect(formatDate("2026-09-01")).toBe("1 September 2026");
    expect(formatDate("2025-02-30")).toBe("2025-02-30");
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("lastContactWords", () => {
  it("should give the latest date, said in words, or 'not recorded'", () => {
    expect(lastContactWords(["2025-01-05", undefined, "2025-03-11"])).toBe("11 March 2025");
    expect(lastContactWords([undefined])).toBe("not recorded");
    expect(lastContactWords([])).toBe("not recorded");
  });
});
