import { describe, expect, it } from "vitest";
import { howOften, writtenWhere } from "../../../src/ui/importing/writtenWhere.ts";

const at = (...where: [string, number][]) => where.map(([file, row]) => ({ file, row }));

describe("howOften", () => {
  it("should say once, twice and small counts in words, larger ones in figures", () => {
    expect([1, 2, 3, 7, 8, 1200].map(howOften)).toEqual([
      "once",
      "twice",
      "three times",
      "seven times",
      "8 times",
      "1,200 times",
    ]);
  });
});

describe("writtenWhere", () => {
  it("should give the rows alone when only one file was read", () => {
    expect(writtenWhere({ name: "Pete Adams", count: 2, where: at(["a.csv", 2], ["a.csv", 5]) }, false)).toBe(
      "twice (rows 2, 5)",
    );
    expect(writtenWhere({ name: "Pete Adams", count: 1, where: at(["a.csv", 9]) }, false)).toBe("once (row 9)");
  });

  it("should name each file with its rows when more than one was read", () => {
    const s = { name: "Pete Adams", count: 3, where: at(["staff.csv", 4], ["survey.xlsx", 2], ["survey.xlsx", 5]) };
    expect(writtenWhere(s, true)).toBe("three times (staff.csv row 4; survey.xlsx rows 2, 5)");
  });

  it("should say a staff-list person no row names is only in the staff list, and where", () => {
    const s = { name: "Chidi Okafor", count: 0, where: at(["staff.csv", 3]), listed: true };
    expect(writtenWhere(s, true)).toBe("only in the staff list (staff.csv row 3)");
  });

  it("should end with an ellipsis when there are more rows than were kept", () => {
    expect(writtenWhere({ name: "Pete Adams", count: 12, where: at(["a.csv", 2], ["a.csv", 3]) }, true)).toBe(
      "12 times (a.csv rows 2, 3, …)",
    );
  });
});
