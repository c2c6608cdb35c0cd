import { describe, expect, it } from "vitest";
import { proposeSamePeople } from "../../../src/core/names/index.ts";
import type { Spelling } from "../../../src/core/names/index.ts";
import { bulkAnswers, choicesFor, chosenAnswers } from "../../../src/ui/importing/sameChoices.ts";
import type { SameChoice } from "../../../src/ui/importing/sameChoices.ts";

const sp = (name: string, count: number, row: number): Spelling => ({
  name,
  count,
  where: [{ file: "ms-forms-hollinsfield.xlsx", row }],
});
// The four proposals of tests/fixtures/surveys/ms-forms-hollinsfield.xlsx, in its order.
const hollinsfield = proposeSamePeople([
  sp("Pete Adams", 1, 2),
  sp("Mr Patel", 1, 2),
  sp("Peter Adams", 9, 4),
  sp("Samantha Lee", 6, 4),
  sp("Sam Lee", 3, 4),
  sp("Ravi Patel", 6, 5),
  sp("Ravi Patell", 1, 8),
]);
const unsure: SameChoice[] = hollinsfield.map(() => "unsure");
const said = (answers: readonly { keep: string; other: string; same: boolean }[]) =>
  answers.map((a) => `${a.other} ${a.same ? "=" : "≠"} ${a.keep}`);

describe("sameChoices", () => {
  it("should find Hollinsfield's four pairs", () => {
    expect(hollinsfield.map((p) => `${p.other.name} / ${p.keep.name}`).sort()).toEqual([
      "Mr Patel / Ravi Patel",
      "Pete Adams / Peter Adams",
      "Ravi Patell / Ravi Patel",
      "Sam Lee / Samantha Lee",
    ]);
  });

  it("should join in bulk only the name a title points at, never Sam Lee into Samantha Lee", () => {
    const bulk = bulkAnswers(hollinsfield, unsure);
    expect(said(bulk.answers)).toEqual(["Mr Patel = Ravi Patel"]);
    expect(bulk).toMatchObject({ joined: 1, chosen: 0 });
  });

  it("should keep the lead's own choices, even against a bulk join, and save them with it", () => {
    const choices = hollinsfield.map((p): SameChoice => {
      if (p.other.name === "Sam Lee") return "different";
      if (p.other.name === "Mr Patel") return "other";
      return "unsure";
    });
    const bulk = bulkAnswers(hollinsfield, choices);
    expect(said(bulk.answers).sort()).toEqual(["Ravi Patel = Mr Patel", "Sam Lee ≠ Samantha Lee"]);
    expect(bulk).toMatchObject({ joined: 0, chosen: 2 });
    expect(said(chosenAnswers(hollinsfield, choices)).sort()).toEqual(said(bulk.answers).sort());
  });

  it("should give no answer for a pair left 'Not sure yet'", () => {
    expect(chosenAnswers(hollinsfield, unsure)).toEqual([]);
  });
});

describe("choicesFor", () => {
  it("should offer both spellings, or only the staff list's when the kept name is from it", () => {
    const labels = (spellings: Spelling[]) => proposeSamePeople(spellings).map((p) => choicesFor(p).map(([, l]) => l));
    expect(labels([sp("Mr Khan", 4, 2), sp("Imran Khan", 1, 3)])).toEqual([
      [
        "The same person: call them Mr Khan",
        "The same person: call them Imran Khan",
        "Two different people",
        "Not sure yet",
      ],
    ]);
    // The import keeps a staff-list person's name whichever is chosen: "call them Mr Khan" would not happen.
    expect(labels([sp("Mr Khan", 4, 2), { ...sp("Imran Khan", 1, 3), listed: true }])).toEqual([
      ["The same person: call them Imran Khan", "Two different people", "Not sure yet"],
    ]);
  });
});
