import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberSet } from "../../../src/core/import/numberSet.ts";

describe("NumberSet", () => {
  it("holds exactly the numbers added, as a Set would, however it was sized", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 31 - 1 }), { maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 2 ** 31 - 1 })),
        fc.nat(300),
        (added, asked, expected) => {
          const set = new NumberSet(expected);
          const model = new Set<number>();
          for (const n of added) {
            expect(set.has(n)).toBe(false);
            set.add(n);
            model.add(n);
          }
          for (const n of [...added, ...asked]) expect(set.has(n)).toBe(model.has(n));
        },
      ),
    );
  });

  it("tells apart numbers in steps of its table's size (which the probe must spread)", () => {
    const set = new NumberSet();
    for (let i = 1; i <= 5_000; i++) set.add(i * 1024);
    for (let i = 1; i <= 5_000; i++) expect(set.has(i * 1024)).toBe(true);
    expect(set.has(1023)).toBe(false);
    expect(set.has(5_001 * 1024)).toBe(false);
  });
});
