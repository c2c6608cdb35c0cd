import { describe, expect, it } from "vitest";
import { importFiles, rejectedRowsCsv } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";

describe("rejectedRowsCsv", () => {
  it("should give back the rows that need attention with their problem, importable once fixed", () => {
    const r = importFixtures(["people-problems.csv"]);
    const csv = rejectedRowsCsv(r.rejected, "people-problems.csv");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("id,name,is_ect,spreadsheet row,what needs attention");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^E1,Amy again,yes,3,"The id ""E1"" is already used/);
    // Fixed and imported again, the row loads.
    const fixed = importFiles([{ name: "fixed.csv", text: csv.replace("E1,Amy again", "E9,Amy again") }]);
    expect(fixed.people.map((p) => p.id)).toContain("E9");
  });
});
