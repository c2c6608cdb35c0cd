import { describe, expect, it } from "vitest";
import { ectOpenedWords } from "../../src/ui/ectOpenedWords.ts";

describe("ectOpenedWords", () => {
  it("should say whose map opened and how many supporters it shows", () => {
    expect(ectOpenedWords("Tom Gallagher", 1)).toBe("Tom Gallagher's map is open: 1 supporter.");
    expect(ectOpenedWords("Zofia Nowak", 3)).toBe("Zofia Nowak's map is open: 3 supporters.");
    expect(ectOpenedWords("ECT 4", 0)).toBe("ECT 4's map is open: no supporters yet.");
  });
});
