import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText, sortedByText } from "../../../src/core/model/compareText.ts";

/** The order sortedByText must give: the plain sort with the collator. */
const plainly = (names: readonly string[]) =>
  names.map((_, i) => i).sort((a, b) => compareText(names[a]!, names[b]!) || a - b);

const fast = (names: readonly string[]) =>
  sortedByText(
    names.map((_, i) => i),
    (i) => names[i]!,
    (a, b) => a - b,
  );

describe("sortedByText", () => {
  it("should give the collator's order where the cheap first guess is wrong (accents, case, numbers, punctuation)", () => {
    const names = [
      "Zoë 10",
      "zoe 9",
      "Åsa",
      "Asa",
      "asa",
      "Ann-Marie",
      "Ann Marie",
      "Anne",
      "O'Neil",
      "Oneil",
      "item 007",
      "item 7",
      "",
      "É",
      "e",
    ];
    expect(fast(names)).toEqual(plainly(names));
    expect(fast(names).map((i) => names[i])).toContain("Åsa");
  });

  it("should be the plain sort for any names", () => {
    const letter = fc.constantFrom(..."aAbBzZéÉåÅöø0123456789 -'.,ßæ".split(""));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: letter, maxLength: 8 }), { maxLength: 60 }), (names) => {
        expect(fast(names)).toEqual(plainly(names));
      }),
      { numRuns: 300 },
    );
  });

  it("should order a typed array's items (the ECTs' person indexes)", () => {
    const names = ["b", "a", "c"];
    expect(
      sortedByText(
        Int32Array.from([0, 1, 2]),
        (i) => names[i]!,
        (a, b) => a - b,
      ),
    ).toEqual([1, 0, 2]);
  });
});
