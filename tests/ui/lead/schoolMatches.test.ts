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
