import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairIndex } from "../../../src/core/import/pairIndex.ts";

describe("PairIndex", () => {
  it("finds the value stored for each pair, and -1 for any other, as a Map of the pair would", () => {
    const nat = fc.integer({ min: 0, max: 2 ** 31 - 1 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 50 }), nat), {
          maxLength: 3000,
          selector: ([a, b]) => `${a},${b}`,
        }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), nat)),
        (stored, asked) => {
          const index = new PairIndex();
          const map = new Map<string, number>();
          stored.forEach(([a, b], v) => {
            index.add(a, b, v);
            map.set(`${a},${b}`, v);
          });
          for (const [a, b] of [...stored, ...asked]) expect(index.get(a, b)).toBe(map.get(`${a},${b}`) ?? -1);
        },
      ),
    );
  });
});
