import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/core/index.ts";
import {
  elsewhereWords,
  importedWords,
  leftToDoWords,
  openQuestionsWords,
  openReportWords,
  splitProblems,
  toCheckHeading,
} from "../../../src/ui/importing/reportSummary.ts";
import type { ReportTally } from "../../../src/ui/importing/reportSummary.ts";

const file = "ms-forms-hollinsfield.xlsx";
const d = (level: Diagnostic["level"], row?: number): Diagnostic => ({
  level,
  file,
  ...(row === undefined ? {} : { row }),
  message: "m",
});
// The Hollinsfield export as a lead first sees it.
const hollinsfield: ReportTally = {
  people: 40,
  ects: 16,
  links: 69,
  rowsNotRead: 1,
  questions: 5,
  toCheck: 2,
  notes: 15,
};
const none: ReportTally = { ...hollinsfield, rowsNotRead: 0, questions: 0, toCheck: 0, notes: 0 };

describe("reportSummary", () => {
  it("should say what was imported and, counted, what is left to do", () => {
    expect(importedWords(hollinsfield)).toBe("Imported 40 people, 16 ECTs and 69 links");
    expect(leftToDoWords(hollinsfield)).toBe(
      "1 row could not be read; 5 questions to answer; 2 things to check; 15 notes.",
    );
    expect(leftToDoWords({ ...none, toCheck: 1, notes: 1 })).toBe("1 thing to check; 1 note.");
    expect(leftToDoWords({ ...none, rowsNotRead: 3000 })).toBe("3,000 rows could not be read.");
    expect(leftToDoWords(none)).toBe("");
    expect(importedWords({ ...none, people: 1, ects: 1, links: 0 })).toBe("Imported 1 person, 1 ECT and 0 links");
  });

  it("should keep notes apart from what is to check, and notes without a row out of both", () => {
    const { toCheck, notes } = splitProblems([d("info", 2), d("warning", 3), d("error", 6), d("info"), d("error")]);
    expect(toCheck.map((p) => p.level)).toEqual(["warning", "error", "error"]);
    expect(notes.map((p) => p.row)).toEqual([2]);
  });

  it("should head the open table with what it holds", () => {
    expect(toCheckHeading([d("error", 6), d("warning", 13)])).toBe("1 not imported and 1 to check, row by row");
    expect(toCheckHeading([d("error", 6)])).toBe("1 not imported, row by row");
    expect(toCheckHeading(Array.from({ length: 5000 }, () => d("warning", 2)))).toBe(
      "5,000 things to check, row by row",
    );
  });

  it("should say the report in one line on other tabs, and where to read it", () => {
    expect(elsewhereWords(hollinsfield)).toBe(
      "Imported 40 people, 16 ECTs and 69 links. 1 row could not be read; 5 questions to answer; 2 things to check; 15 notes.",
    );
    expect(elsewhereWords(none)).toBe("Imported 40 people, 16 ECTs and 69 links.");
    expect(openReportWords("lead")).toBe("Read the import report (Mentor lead overview)");
  });
});

describe("openQuestionsWords", () => {
  const q = (n: number) => Array.from({ length: n }, () => ({}));
  it("says nothing once every question is answered", () => {
    expect(openQuestionsWords({ samePeople: [], sameSchools: [] })).toBeUndefined();
  });
  it("says which questions are open and what the figures count meanwhile", () => {
    expect(openQuestionsWords({ samePeople: q(2), sameSchools: [] })).toBe(
      'Still to answer from the import: 2 "Same person?" questions. Until they are answered, someone written two ways counts as two people, so these figures may change.',
    );
    expect(openQuestionsWords({ samePeople: q(1), sameSchools: q(1) })).toBe(
      'Still to answer from the import: 1 "Same person?" question and 1 "Same school?" question. Until they are answered, someone written two ways counts as two people, and a school written two ways counts as two schools, so these figures may change.',
    );
  });
});
