import { describe, expect, it } from "vitest";
import {
  filtersOn,
  samePick,
  searchOnlyChange,
  shownWords,
  withoutFilters,
} from "../../../src/ui/lead/ectCountWords.ts";
import type { LeadFilters } from "../../../src/ui/lead/leadFilters.ts";

const none: LeadFilters = { sort: "concern", search: "" };

describe("shownWords", () => {
  it("should say only the count, never the table's explanation", () => {
    expect(shownWords(4, 9)).toBe("4 of 9 ECTs shown");
    expect(shownWords(1, 1)).toBe("1 of 1 ECT shown");
    expect(shownWords(1200, 2300)).toBe("1,200 of 2,300 ECTs shown");
  });
});

describe("samePick", () => {
  it("should tell a change of filter from a change of sort", () => {
    expect(samePick(none, { ...none, sort: "name" })).toBe(true);
    expect(samePick(none, { ...none, type: "behaviour" })).toBe(false);
    expect(samePick(none, { ...none, search: "zo" })).toBe(false);
    expect(samePick({ ...none, year: 1 }, { ...none, year: 1 })).toBe(true);
  });
});

describe("filtersOn", () => {
  it("should name each filter on, in the page's order, and nothing for the sort", () => {
    expect(filtersOn({ ...none, sort: "name" })).toEqual([]);
    expect(filtersOn({ ...none, search: "zo", type: "psychosocial", school: "Millbrook" })).toEqual([
      "school",
      "support type (one source or none for wellbeing)",
      "name",
    ]);
    expect(filtersOn({ ...none, year: 1, flag: "GAP", department: "Science" })).toEqual([
      "flag",
      "ECT year",
      "department",
    ]);
  });
});

describe("withoutFilters", () => {
  it("should turn every filter off and keep the sort", () => {
    const all: LeadFilters = {
      school: "Millbrook",
      department: "Science",
      sort: "school",
      type: "career",
      flag: "GAP",
      year: 2,
      search: "zo",
    };
    const cleared = withoutFilters(all);
    expect(filtersOn(cleared)).toEqual([]);
    expect(cleared.sort).toBe("school");
  });
});

describe("searchOnlyChange", () => {
  it("should tell typing in the name search from a change of any other filter", () => {
    expect(searchOnlyChange({ ...none, search: "z" }, { ...none, search: "zo" })).toBe(true);
    expect(searchOnlyChange({ ...none, search: "zo" }, { ...none, search: "zo", type: "behaviour" })).toBe(false);
    expect(searchOnlyChange({ ...none, search: "z" }, { ...none, search: "zo", year: 1 })).toBe(false);
    expect(searchOnlyChange(none, { ...none, sort: "name" })).toBe(false);
  });
});
