import { describe, expect, it } from "vitest";
import { counted } from "../../../src/core/report/counted.ts";

describe("counted", () => {
  it("says one in the singular and any other count in the plural, in UK form", () => {
    expect(counted(1, "person", "people")).toBe("1 person");
    expect(counted(0, "person", "people")).toBe("0 people");
    expect(counted(2300, "ECT", "ECTs")).toBe("2,300 ECTs");
  });

  it("takes the plural for a count said in words (a share rule's 'fewer than 3')", () => {
    expect(counted(1, "link", "links", "fewer than 3")).toBe("fewer than 3 links");
    expect(counted(1, "link", "links", "1")).toBe("1 link");
  });
});
