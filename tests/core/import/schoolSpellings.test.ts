/**
 * Schools written two ways in one import: case and spacing differences are one school, shown as it
 * is written most often, and the report says so; a different word is kept apart and asked about
 * ("Same school?"), naming the file, row and column of both.
 */
import { describe, expect, it } from "vitest";
import { importText } from "../../helpers/files.ts";

const EDGES = [
  "ect,ect_school,supporter,support_types",
  "Amy Khan,Brookside School,Sam Lee,teaching",
  "Ben Ode,brookside school,Sam Lee,teaching",
  "Cal Ray,Brookside  School,Sam Lee,teaching",
  "Dee Fox,Brookside School,Sam Lee,teaching",
  "Eve Hall,Brookside,Sam Lee,teaching",
].join("\n");

describe("schools written several ways", () => {
  const r = importText({ "edges.csv": EDGES });
  const schoolOf = (name: string) => r.people.find((p) => p.name === name)?.school;

  it("should make case and spacing variants one school, in the spelling written most often", () => {
    for (const ect of ["Amy Khan", "Ben Ode", "Cal Ray", "Dee Fox"]) expect(schoolOf(ect)).toBe("Brookside School");
  });

  it("should say which spellings were read as which, with file, row and column", () => {
    const merged = r.diagnostics.filter((d) => d.message.startsWith("The school "));
    expect(merged.map((d) => [d.file, d.row, d.column])).toEqual([
      ["edges.csv", 3, "ect_school"],
      ["edges.csv", 4, "ect_school"],
    ]);
    expect(merged[0]!.message).toContain('"brookside school" was read as "Brookside School"');
  });

  it("should keep a different word apart and ask 'Same school?', naming both places", () => {
    expect(schoolOf("Eve Hall")).toBe("Brookside");
    const asked = r.diagnostics.filter((d) => d.message.startsWith("Same school?"));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ file: "edges.csv", row: 6, column: "ect_school" });
    expect(asked[0]!.message).toContain('"Brookside School" (row 2, column ect_school)');
    expect(asked[0]!.message).toContain('"Brookside" (row 6, column ect_school)');
  });

  it("should read the same people file's schools the same way", () => {
    const people = importText({
      "people.csv":
        "id,name,is_ect,school\nE1,Amy,yes,Oakfield Academy\nE2,Ben,yes,OAKFIELD ACADEMY\nS1,Sam,no,Oakfield Academy\n",
    });
    expect(new Set(people.people.map((p) => p.school))).toEqual(new Set(["Oakfield Academy"]));
    const note = people.diagnostics.find((d) => d.message.startsWith("The school "));
    expect(note).toMatchObject({ file: "people.csv", row: 3, column: "school" });
  });
});
