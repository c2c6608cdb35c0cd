import { describe, expect, it } from "vitest";
import { soleSourceWords } from "../../../src/ui/lead/soleSourceWords.ts";

describe("soleSourceWords", () => {
  it("says kinds of support and ECTs, not (ECT, type) pairs", () => {
    expect(
      soleSourceWords([
        { ect: "E1", supportType: "behaviour" },
        { ect: "E1", supportType: "pedagogy" },
        { ect: "E1", supportType: "psychosocial" },
        { ect: "E1", supportType: "organisational_literacy" },
      ]),
    ).toBe("4 kinds of support (1\u00a0ECT)");
    expect(
      soleSourceWords([
        { ect: "E1", supportType: "behaviour" },
        { ect: "E2", supportType: "behaviour" },
      ]),
    ).toBe("2 kinds of support (2\u00a0ECTs)");
    expect(soleSourceWords([{ ect: "E1", supportType: "pedagogy" }])).toBe("1 kind of support (1\u00a0ECT)");
  });
  it("shows a dash when nothing rests on them alone", () => {
    expect(soleSourceWords([])).toBe("–");
  });
});
