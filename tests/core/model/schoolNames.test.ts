/**
 * One school written several ways: case and spacing differences are one school shown in its most
 * written spelling; a different word is never merged, only asked about.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looseSchoolKey, sameSchoolPairs, schoolKey, shownSchools } from "../../../src/core/model/schoolNames.ts";

const word = fc.constantFrom("Brookside", "St Mary's", "Oakfield", "High", "Primary", "Calder", "Vale", "Ñandú", "CE");
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
/** The same name in another case, with spaces doubled, tabs, or padding. */
const variant = (n: string) =>
  fc
    .tuple(fc.constantFrom("upper", "lower", "same"), fc.constantFrom(" ", "  ", "\t", "\u00a0"), fc.boolean())
    .map(([c, gap, pad]) => {
      const cased = c === "upper" ? n.toUpperCase() : c === "lower" ? n.toLowerCase() : n;
      const spaced = cased.split(" ").join(gap);
      return pad ? `  ${spaced} ` : spaced;
    });

describe("school names", () => {
  describe("#schoolKey", () => {
    it("should give every case and spacing variant of a name the name's key", () => {
      fc.assert(
        fc.property(
          name.chain((n) => fc.tuple(fc.constant(n), variant(n))),
          ([n, v]) => schoolKey(v) === schoolKey(n),
        ),
      );
    });

    it("should be idempotent and keep the words", () => {
      fc.assert(
        fc.property(name, (n) => {
          expect(schoolKey(schoolKey(n))).toBe(schoolKey(n));
          expect(schoolKey(n).split(" ")).toEqual(n.toLowerCase().split(" "));
        }),
      );
    });

    it("should keep names with different words apart", () => {
      expect(schoolKey("Brookside")).not.toBe(schoolKey("Brookside School"));
      expect(schoolKey("St Mary's")).not.toBe(schoolKey("St Marys"));
    });
  });

  describe("#shownSchools", () => {
    const spellings = fc.uniqueArray(
      fc.record({
        name: name.chain((n) => fc.oneof(fc.constant(n), variant(n))),
        count: fc.integer({ min: 1, max: 9 }),
      }),
      { selector: (s) => s.name, minLength: 1, maxLength: 12 },
    );

    it("should show each spelling as the most written one of its key, the first written on a tie", () => {
      fc.assert(
        fc.property(spellings, (ss) => {
          const shown = shownSchools(ss);
          for (const s of ss) {
            const to = shown.get(s.name)!;
            const same = ss.filter((x) => schoolKey(x.name) === schoolKey(s.name));
            const most = Math.max(...same.map((x) => x.count));
            expect(to).toBe(same.find((x) => x.count === most)!.name);
          }
        }),
      );
    });

    it("should never merge spellings of different keys, and be stable when applied again", () => {
      fc.assert(
        fc.property(spellings, (ss) => {
          const shown = shownSchools(ss);
          for (const s of ss) expect(schoolKey(shown.get(s.name)!)).toBe(schoolKey(s.name));
          const keys = new Set(ss.map((s) => schoolKey(s.name)));
          expect(new Set(shown.values()).size).toBe(keys.size);
          const again = shownSchools([...new Set(shown.values())].map((n) => ({ name: n, count: 1 })));
          for (const n of shown.values()) expect(again.get(n)).toBe(n);
        }),
      );
    });

    it("should show Brookside School for three spellings of it, written 1, 2 and 1 times", () => {
      const shown = shownSchools([
        { name: "brookside school", count: 1 },
        { name: "Brookside School", count: 2 },
        { name: "Brookside  School", count: 1 },
        { name: "Brookside", count: 5 },
      ]);
      expect([...new Set(shown.values())]).toEqual(["Brookside School", "Brookside"]);
    });
  });

  describe("#sameSchoolPairs", () => {
    it("should ask about a trailing School or Academy, a leading The, and punctuation", () => {
      expect(sameSchoolPairs(["Brookside", "Brookside School", "The Brookside Academy"])).toEqual([
        ["Brookside", "Brookside School"],
        ["Brookside", "The Brookside Academy"],
      ]);
      expect(sameSchoolPairs(["St Mary's", "St Marys"])).toEqual([["St Mary's", "St Marys"]]);
    });

    it("should not ask about schools whose names differ in other words", () => {
      expect(sameSchoolPairs(["Brookside Primary School", "Brookside High School", "Oakfield"])).toEqual([]);
      expect(sameSchoolPairs(["School", "Academy"])).toEqual([]);
    });

    it("should only pair names with the same loose key, each pair once", () => {
      fc.assert(
        fc.property(fc.uniqueArray(name, { maxLength: 10 }), (names) => {
          const pairs = sameSchoolPairs(names);
          for (const [a, b] of pairs) {
            expect(looseSchoolKey(a)).toBe(looseSchoolKey(b));
            expect(schoolKey(a)).not.toBe(schoolKey(b));
          }
          expect(new Set(pairs.map((p) => p.join("|"))).size).toBe(pairs.length);
        }),
      );
    });
  });
});
