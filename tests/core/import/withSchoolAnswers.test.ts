/**
 * "Same school?" answers applied to an import: the people's schools, the notes that ask (an
 * answered pair goes quiet, a question about a joined spelling is asked of the school it joined),
 * the questions for the page, and nothing at all changed when there are no answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SameSchoolAnswer } from "../../../src/core/index.ts";
import { sameSchoolQuestions, withSchoolAnswers } from "../../../src/core/index.ts";
import { importText } from "../../helpers/files.ts";

const one = (keep: string, other: string): SameSchoolAnswer => ({ keep, other, same: true });
const two = (keep: string, other: string): SameSchoolAnswer => ({ keep, other, same: false });

const EDGES = [
  "ect,ect_school,supporter,support_types",
  "Amy Khan,Brookside School,Sam Lee,teaching",
  "Ben Ode,Brookside,Sam Lee,teaching",
  "Cal Ray,St Mary's,Sam Lee,teaching",
  "Dee Fox,St Marys,Sam Lee,teaching",
  "Eve Hall,The Brookside School,Sam Lee,teaching",
].join("\n");

const asked = (r: { diagnostics: readonly { message: string }[] }) =>
  r.diagnostics.filter((d) => d.message.startsWith("Same school?")).map((d) => d.message.match(/"[^"]*"/g)?.join(" "));

describe("withSchoolAnswers", () => {
  const r = importText({ "edges.csv": EDGES });
  const schoolOf = (x: { people: readonly { name: string; school?: string }[] }, name: string) =>
    x.people.find((p) => p.name === name)?.school;

  it("should give back the import itself when there are no answers", () => {
    expect(withSchoolAnswers(r, [])).toBe(r);
    expect(asked(r)).toEqual([
      '"Brookside School" "Brookside"',
      '"St Mary\'s" "St Marys"',
      '"Brookside School" "The Brookside School"',
    ]);
  });

  it("should read 'one school' answers as the spelling chosen, and stop asking answered pairs", () => {
    const answers = [one("Brookside School", "Brookside"), two("St Mary's", "St Marys")];
    const a = withSchoolAnswers(r, answers);
    expect(schoolOf(a, "Ben Ode")).toBe("Brookside School");
    expect(schoolOf(a, "Dee Fox")).toBe("St Marys");
    expect(asked(a)).toEqual(['"Brookside School" "The Brookside School"']);
    expect(a.people).toHaveLength(r.people.length);
    expect(a.links).toHaveLength(r.links.length);
    expect(sameSchoolQuestions(a, answers).map((q) => [q.a, q.b])).toEqual([
      [
        { name: "Brookside School", people: 2, where: { file: "edges.csv", row: 2, column: "ect_school" } },
        { name: "The Brookside School", people: 1, where: { file: "edges.csv", row: 6, column: "ect_school" } },
      ],
    ]);
  });

  it("should ask about the school a spelling joined, at that school's place in the notes", () => {
    const a = withSchoolAnswers(r, [one("Brookside", "Brookside School")]);
    expect(schoolOf(a, "Amy Khan")).toBe("Brookside");
    expect(asked(a)).toEqual(['"St Mary\'s" "St Marys"', '"Brookside" "The Brookside School"']);
    const note = a.diagnostics.find((d) => d.message.startsWith('Same school? "Brookside"'));
    expect(note).toMatchObject({ file: "edges.csv", row: 6, column: "ect_school" });
    expect(note?.message).toContain('"Brookside" (row 3, column ect_school)');
    // Still in reading order.
    const rows = a.diagnostics.filter((d) => d.file === "edges.csv").map((d) => d.row ?? 0);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
  });

  it("should change nothing with answers about schools not in the data", () => {
    const a = withSchoolAnswers(r, [one("Oakfield Academy", "Oakfield")]);
    expect(a.people).toEqual(r.people);
    expect(a.diagnostics).toEqual(r.diagnostics);
  });

  it("should change nothing when applied a second time", () => {
    const answers = [one("Brookside School", "Brookside"), one("The Brookside School", "Brookside School")];
    const once = withSchoolAnswers(r, answers);
    const twice = withSchoolAnswers(once, answers);
    expect(twice.people).toEqual(once.people);
    expect(twice.diagnostics).toEqual(once.diagnostics);
    expect(new Set(once.people.flatMap((p) => (p.school ? [p.school] : [])))).toEqual(
      new Set(["The Brookside School", "St Mary's", "St Marys"]),
    );
  });

  it("should never change the number of people or links, and give each person a spelling written or chosen", () => {
    const spelling = fc.constantFrom("Brookside", "Brookside School", "The Brookside School", "St Mary's", "St Marys");
    fc.assert(
      fc.property(
        fc.array(spelling, { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ keep: spelling, other: spelling, same: fc.boolean() }), { maxLength: 5 }),
        (rows, answers) => {
          const text = ["ect,ect_school,supporter,support_types"]
            .concat(rows.map((s, i) => `E${i},"${s}",Sam Lee,teaching`))
            .join("\n");
          const base = importText({ "p.csv": text });
          const a = withSchoolAnswers(base, answers);
          expect(a.people).toHaveLength(base.people.length);
          expect(a.links).toHaveLength(base.links.length);
          const allowed = new Set<string>([...rows, ...answers.map((x) => x.keep)]);
          for (const p of a.people) if (p.school !== undefined) expect(allowed.has(p.school)).toBe(true);
          // An answered pair is never asked again.
          for (const q of sameSchoolQuestions(a, answers))
            expect(answers.some((x) => [x.keep, x.other].sort().join() === [q.a.name, q.b.name].sort().join())).toBe(
              false,
            );
          expect(withSchoolAnswers(a, answers).people).toEqual(a.people);
        },
      ),
      { numRuns: 60 },
    );
  });
});
