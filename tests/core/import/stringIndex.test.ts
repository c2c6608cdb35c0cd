import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringIndex } from "../../../src/core/import/stringIndex.ts";

describe("StringIndex", () => {
  it("finds every string added at its position, and nothing else, as a Map would", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 300 }), fc.array(fc.string()), (added, asked) => {
        const index = new StringIndex();
        const map = new Map<string, number>();
        for (const s of added) {
          expect(index.add(s)).toBe(map.size);
          map.set(s, map.size);
        }
        expect(index.size).toBe(map.size);
        for (const s of [...added, ...asked]) expect(index.indexOf(s)).toBe(map.get(s) ?? -1);
      }),
    );
  });

  it("finds the same when made for the number of strings to come", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 200 }), fc.nat(400), (added, expected) => {
        const index = new StringIndex(expected);
        added.forEach((s, i) => expect(index.add(s)).toBe(i));
        added.forEach((s, i) => expect(index.indexOf(s)).toBe(i));
        expect(index.indexOf("\u0000not added")).toBe(-1);
      }),
    );
  });

  it("tells apart 100,000 ids that differ only in their last characters", () => {
    const index = new StringIndex();
    for (let i = 0; i < 100_000; i++) index.add(`P${i}`);
    // Built afresh, as a row's cell is, so no hash is cached on the string.
    for (const i of [0, 9, 10, 99_999, 54_321]) expect(index.indexOf(["P", String(i)].join(""))).toBe(i);
    expect(index.indexOf("P100000")).toBe(-1);
    expect(index.indexOf("")).toBe(-1);
  });
});
