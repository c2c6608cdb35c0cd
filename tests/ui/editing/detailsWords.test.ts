import { describe, expect, it } from "vitest";
import { detailValueWords, ectYearHint, schoolNote } from "../../../src/ui/editing/detailsWords.ts";
import { ect, person } from "../../helpers/builders.ts";

describe("details words", () => {
  describe("#schoolNote", () => {
    it("should say nothing for a blank or a school written exactly as on the map", () => {
      expect(schoolNote({ kind: "blank" }, "", "Hill School")).toBeUndefined();
      expect(schoolNote({ kind: "known", school: "Hill School" }, "Hill School", undefined)).toBeUndefined();
    });

    it("should say a differently cased school is saved as the map writes it", () => {
      expect(schoolNote({ kind: "known", school: "Hill School" }, "hill  school", undefined)).toBe(
        "This is ‘Hill School’, as it is written on the map, and is saved that way.",
      );
    });

    it("should say a new spelling is a new school, asking about the near match", () => {
      expect(schoolNote({ kind: "new", school: "Brookside Schol", near: ["Brookside School"] }, "x", undefined)).toBe(
        "New school: no one else is at ‘Brookside Schol’. Did you mean this one?",
      );
      expect(schoolNote({ kind: "new", school: "Oak", near: ["Oak School", "Oak Academy"] }, "Oak", "Hill")).toMatch(
        /Did you mean one of these\?$/,
      );
      expect(schoolNote({ kind: "new", school: "Calder Vale", near: [] }, "Calder Vale", undefined)).toBe(
        "New school: no one else is at ‘Calder Vale’. It will be saved as a school of its own.",
      );
    });

    it("should not call the person's own school new (they are the only one there)", () => {
      expect(
        schoolNote({ kind: "new", school: "Tiny School", near: [] }, "Tiny School", "Tiny School"),
      ).toBeUndefined();
    });
  });

  describe("#detailValueWords", () => {
    it("should write held values for people, and 'not recorded' for blanks", () => {
      const p = person("P", { capacity: 1, capacity_minutes_per_month: 90, seniority: "middle_leader" });
      expect(detailValueWords(p, "capacity")).toBe("1 ECT");
      expect(detailValueWords(p, "capacity_minutes_per_month")).toBe("90 minutes");
      expect(detailValueWords(p, "seniority")).toBe("Middle leader");
      expect(detailValueWords(p, "school")).toBe("not recorded");
      expect(detailValueWords(ect("E", { ect_year: 2 }), "ect_year")).toBe("Year 2");
      expect(detailValueWords(person("Q", { capacity: 0 }), "capacity")).toBe("0 ECTs");
    });
  });

  describe("#ectYearHint", () => {
    it("should offer the years of induction in the settings", () => {
      expect(ectYearHint(2)).toBe("1 or 2: induction lasts 2 years here (Years of induction, in the settings).");
      expect(ectYearHint(1)).toBe("1: induction lasts 1 year here (Years of induction, in the settings).");
      expect(ectYearHint(3)).toMatch(/^A year from 1 to 3: induction lasts 3 years here/);
    });
  });
});
