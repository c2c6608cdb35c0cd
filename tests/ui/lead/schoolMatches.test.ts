import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName } from "../../../src/core/names/foldName.ts";
import { exactSchool, schoolMatches } from "../../../src/ui/lead/schoolMatches.ts";

const SCHOOLS = [
  "Ashford Primary",
  "École Saint-Martin",
  "Hollinsfield Academy",
  "Millbrook Primary School",
  "Oxford Ford Academy",
  "St Anne's",
  "Stanford High",
];
const FOLDED = SCHOOLS.map(foldName);
const match = (text: string, limit?: number) => schoolMatches(SCHOOLS, FOLDED, text, limit);

describe("schoolMatches", () => {
  it("lists every school, in order, when nothing is typed", () => {
    expect(match("  ")).toEqual({ shown: SCHOOLS, total: 7 });
  });

  it("puts names starting with the text first, then a word starting with it, then the rest", () => {
    // "ford": inside "Ashford" and "Stanford", a word of "Oxford Ford Academy".
    expect(match("ford").shown).toEqual(["Oxford Ford Academy", "Ashford Primary", "Stanford High"]);
    expect(match("st").shown).toEqual(["St Anne's", "Stanford High"]);
  });

  it("ignores case, accents and spaces at either end", () => {
    expect(match(" ecole ").shown).toEqual(["École Saint-Martin"]);
    expect(match("MILL").shown).toEqual(["Millbrook Primary School"]);
  });

  it("shows at most the limit but counts every match", () => {
    expect(match("a", 2)).toEqual({ shown: ["Ashford Primary", "Hollinsfield Academy"], total: 7 });
    expect(match("zzz")).toEqual({ shown: [], total: 0 });
  });

  it("always shows the chosen school when nothing is typed, in a run of the list around it", () => {
    const many = Array.from({ length: 120 }, (_, i) => `School ${String(i).padStart(3, "0")}`);
    const folded = many.map(foldName);
    // The 80th is past the first 50: it was not drawn, so reopening could not highlight it.
    expect(schoolMatches(many, folded, "").shown).not.toContain("School 079");
    const m = schoolMatches(many, folded, "", 50, "School 079");
    expect(m.shown).toContain("School 079");
    expect(m).toMatchObject({ total: 120 });
    expect(m.shown).toEqual(many.slice(54, 104));
    // Near the end the run stops at the last school; in the first 50 the list starts at the top.
    expect(schoolMatches(many, folded, "", 50, "School 119").shown).toEqual(many.slice(70));
    expect(schoolMatches(many, folded, "", 50, "School 010").shown).toEqual(many.slice(0, 50));
    // What is typed decides the list: the chosen school is not forced into a search.
    expect(schoolMatches(many, folded, "School 00", 50, "School 079").shown).not.toContain("School 079");
  });

  it("shows the chosen school among at most the limit, in order, whatever the list", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        (raw, pick, limit) => {
          const schools = [...raw].sort();
          const chosen = schools[pick % schools.length] ?? "";
          const m = schoolMatches(schools, schools.map(foldName), "", limit, chosen);
          expect(m.shown).toContain(chosen);
          expect(m.shown.length).toBe(Math.min(limit, schools.length));
          const start = schools.indexOf(m.shown[0] ?? "");
          expect(m.shown).toEqual(schools.slice(start, start + m.shown.length));
        },
      ),
    );
  });

  it("shows only schools containing the text, each once, and counts them all", () => {
    const name = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 40 }),
        fc.string({ maxLength: 3 }),
        fc.nat(60),
        (raw, text, limit) => {
          const schools = [...raw].sort();
          const folded = schools.map(foldName);
          const m = schoolMatches(schools, folded, text, limit);
          const q = foldName(text.trim());
          const all = schools.filter((s) => foldName(s).includes(q));
          expect(m.total).toBe(all.length);
          expect(m.shown.length).toBe(Math.min(limit, all.length));
          expect(new Set(m.shown).size).toBe(m.shown.length);
          for (const s of m.shown) expect(all).toContain(s);
        },
      ),
    );
  });
});

describe("exactSchool", () => {
  it("finds the school a whole name names, whatever its case and accents", () => {
    expect(exactSchool(SCHOOLS, FOLDED, "ecole saint-martin ")).toBe("École Saint-Martin");
    expect(exactSchool(SCHOOLS, FOLDED, "Millbrook")).toBeUndefined();
  });
});
