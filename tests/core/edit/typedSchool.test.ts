import { describe, expect, it } from "vitest";
import { typedSchool } from "../../../src/core/index.ts";

const SCHOOLS = ["Brookside School", "Hollinsfield Academy", "Millbrook Primary School", "St Mary's"];

describe("typedSchool", () => {
  it("should read a blank (or only spaces) as no school", () => {
    expect(typedSchool("", SCHOOLS)).toEqual({ kind: "blank" });
    expect(typedSchool("   ", SCHOOLS)).toEqual({ kind: "blank" });
  });

  it("should take a case or spacing difference as the school as the map writes it", () => {
    expect(typedSchool("  brookside   SCHOOL ", SCHOOLS)).toEqual({ kind: "known", school: "Brookside School" });
    expect(typedSchool("Hollinsfield Academy", SCHOOLS)).toEqual({ kind: "known", school: "Hollinsfield Academy" });
  });

  it("should take a typing slip as a new school, offering the school it may mean", () => {
    expect(typedSchool("Brookside Schol", SCHOOLS)).toEqual({
      kind: "new",
      school: "Brookside Schol",
      near: ["Brookside School"],
    });
  });

  it("should offer a school with words left off or punctuation changed, never merge it", () => {
    expect(typedSchool("Brookside", SCHOOLS)).toEqual({ kind: "new", school: "Brookside", near: ["Brookside School"] });
    expect(typedSchool("St Marys", SCHOOLS)).toEqual({ kind: "new", school: "St Marys", near: ["St Mary's"] });
    expect(typedSchool("The Millbrook Primary", SCHOOLS)).toMatchObject({
      kind: "new",
      near: ["Millbrook Primary School"],
    });
  });

  it("should offer nothing for a school unlike any on the map, and tidy its spacing", () => {
    expect(typedSchool("  Calder   Vale High ", SCHOOLS)).toEqual({
      kind: "new",
      school: "Calder Vale High",
      near: [],
    });
  });

  it("should not take a different number for a slip (Year 7 and Year 8 are two places)", () => {
    expect(typedSchool("Academy 8", ["Academy 7"])).toEqual({ kind: "new", school: "Academy 8", near: [] });
  });
});
