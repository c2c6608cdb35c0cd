import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkIdNumbered, numberOfLinkId } from "../../../src/core/model/linkIdNumbers.ts";

describe("link id numbers", () => {
  it("should read L<n> as n and give back the same id from it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        expect(numberOfLinkId(`L${n}`)).toBe(n);
        expect(linkIdNumbered(n)).toBe(`L${n}`);
      }),
    );
  });

  it("should give 0 for every id that would not come back exactly from a number", () => {
    for (const id of [
      "",
      "L",
      "L0",
      "L01",
      "l1",
      "L1 ",
      " L1",
      "L1e3",
      "L-1",
      "L+1",
      "L1.0",
      "L1234567890",
      "M1",
      "L١",
    ])
      expect(numberOfLinkId(id)).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (id) => {
        const n = numberOfLinkId(id);
        if (n !== 0) expect(linkIdNumbered(n)).toBe(id);
      }),
    );
  });
});
