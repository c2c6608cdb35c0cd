/**
 * Answers to "Same school?" applied after an import: "one school" answers move people to the
 * spelling chosen, "two schools" answers move no one, both stop the question, chains and circles
 * settle, and applying twice changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Person, SameSchoolAnswer } from "../../../src/core/index.ts";
import { applySchoolAnswers, schoolPairKey, schoolQuestionsLeft } from "../../../src/core/index.ts";
import { person } from "../../helpers/builders.ts";

const one = (keep: string, other: string): SameSchoolAnswer => ({ keep, other, same: true });
const two = (keep: string, other: string): SameSchoolAnswer => ({ keep, other, same: false });
const schools = (people: readonly Person[]) => people.map((p) => p.school);

describe("schoolAnswers", () => {
  const people = [
    person("a", { school: "Brookside" }),
    person("b", { school: "Brookside School" }),
    person("c"),
    person("d", { school: "St Mary's" }),
    person("e", { school: "St Marys" }),
  ];

  describe("#applySchoolAnswers", () => {
    it("should move the other spelling's people to the one chosen, and no one else", () => {
      const after = applySchoolAnswers(people, [one("Brookside School", "Brookside")]);
      expect(schools(after)).toEqual(["Brookside School", "Brookside School", undefined, "St Mary's", "St Marys"]);
      // People whose school does not change are the same objects; none is mutated.
      expect(after[1]).toBe(people[1]);
      expect(people[0]!.school).toBe("Brookside");
    });

    it("should move no one on a 'two schools' answer", () => {
      expect(schools(applySchoolAnswers(people, [two("St Mary's", "St Marys")]))).toEqual(schools(people));
    });

    it("should match spellings as the import does (case and spacing aside), keeping the data's own spelling", () => {
      const shouty = [person("a", { school: "brookside" }), person("b", { school: "BROOKSIDE SCHOOL" })];
      expect(schools(applySchoolAnswers(shouty, [one("Brookside School", "Brookside")]))).toEqual([
        "BROOKSIDE SCHOOL",
        "BROOKSIDE SCHOOL",
      ]);
    });

    it("should follow answers to the end, and settle a circle on the first answer's choice", () => {
      const chain = [one("Brookside School", "Brookside"), one("The Brookside School", "Brookside School")];
      expect(schools(applySchoolAnswers(people, chain)).slice(0, 2)).toEqual([
        "The Brookside School",
        "The Brookside School",
      ]);
      const circle = [one("Brookside School", "Brookside"), one("Brookside", "Brookside School")];
      expect(schools(applySchoolAnswers(people, circle)).slice(0, 2)).toEqual(["Brookside School", "Brookside School"]);
    });

    it("should do nothing with an answer whose spellings are not in the data", () => {
      expect(applySchoolAnswers(people, [one("Oakfield Academy", "Oakfield")])).toEqual(people);
    });

    it("should change nothing when applied a second time", () => {
      const answers = [one("Brookside School", "Brookside"), one("St Marys", "St Mary's")];
      const once = applySchoolAnswers(people, answers);
      expect(applySchoolAnswers(once, answers)).toEqual(once);
    });
  });

  describe("#schoolQuestionsLeft", () => {
    const shown = ["Brookside", "Brookside School", "St Mary's", "St Marys"];

    it("should ask every pair with no answer", () => {
      expect(schoolQuestionsLeft(shown, [])).toEqual([
        ["Brookside", "Brookside School"],
        ["St Mary's", "St Marys"],
      ]);
    });

    it("should never ask an answered pair again, whichever way round or case it was answered", () => {
      expect(schoolQuestionsLeft(shown, [two("st marys", "ST MARY'S"), one("Brookside School", "Brookside")])).toEqual(
        [],
      );
    });

    it("should ask about the school a spelling was joined to, not the spelling gone", () => {
      const three = ["Brookside", "Brookside School", "The Brookside School"];
      expect(schoolQuestionsLeft(three, [one("Brookside School", "Brookside")])).toEqual([
        ["Brookside School", "The Brookside School"],
      ]);
    });
  });

  it("should key a pair the same whichever is written first", () => {
    expect(schoolPairKey("Brookside", "brookside  school")).toBe(schoolPairKey("Brookside School", "BROOKSIDE"));
  });

  describe("properties", () => {
    const spelling = fc.constantFrom(
      "Brookside",
      "Brookside School",
      "brookside school",
      "The Brookside School",
      "St Mary's",
      "St Marys",
      "Oakfield",
    );
    const peopleArb = fc
      .array(fc.option(spelling, { nil: undefined }), { maxLength: 12 })
      .map((ss) => ss.map((school, i) => person(`p${i}`, school === undefined ? {} : { school })));
    const answersArb = fc.array(fc.record({ keep: spelling, other: spelling, same: fc.boolean() }), { maxLength: 6 });

    it("should keep every person, each at a spelling written or an answer's choice, and be idempotent", () => {
      fc.assert(
        fc.property(peopleArb, answersArb, (ps, answers) => {
          const after = applySchoolAnswers(ps, answers);
          expect(after.map((p) => p.id)).toEqual(ps.map((p) => p.id));
          const allowed = new Set([...ps.flatMap((p) => (p.school ? [p.school] : [])), ...answers.map((a) => a.keep)]);
          for (const p of after) if (p.school !== undefined) expect(allowed.has(p.school)).toBe(true);
          expect(after.map((p) => p.school === undefined)).toEqual(ps.map((p) => p.school === undefined));
          expect(applySchoolAnswers(after, answers)).toEqual(after);
        }),
        { numRuns: 300 },
      );
    });
  });
});
