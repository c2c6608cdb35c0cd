/** "Mr Patel" with several Patels named cannot be proposed as any one of them: it is listed as kept apart. */
import { describe, expect, it } from "vitest";
import { titledAmongMany } from "../../../src/core/names/index.ts";

describe("keptApart", () => {
  describe("#titledAmongMany", () => {
    it("should list a titled surname when two or more named people share it", () => {
      expect(titledAmongMany(["Mr Patel", "Anil Patel", "Vikram Patel"])).toEqual([
        { index: 0, surname: "Patel", candidates: [1, 2] },
      ]);
    });

    it("should say nothing when only one person has the surname (that pair is proposed instead)", () => {
      expect(titledAmongMany(["Mr Patel", "Ravi Patel", "Ravi Patell"])).toEqual([]);
    });

    it("should match the surname as a whole word, whatever the case or accents", () => {
      expect(titledAmongMany(["Dr. Müller", "anna muller", "Jo Müller", "Kim Schmuller"])).toEqual([
        { index: 0, surname: "Müller", candidates: [1, 2] },
      ]);
    });

    it("should not count other titled names or initials as candidates", () => {
      expect(titledAmongMany(["Mr Lee", "Mrs Lee", "Sam Lee"])).toEqual([]);
      expect(titledAmongMany(["Mr R Patel", "Anil Patel", "Vikram Patel"])).toEqual([]);
    });
  });
});
