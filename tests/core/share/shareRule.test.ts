import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeWords, countWords, isSuppressed, NAMES_SHOWN, shareRule } from "../../../src/core/index.ts";

const names = shareRule({ share: false, hideNames: false, k: 3 });
const codes = shareRule({ share: false, hideNames: true, k: 3 });
const share = shareRule({ share: true, hideNames: false, k: 3 });

describe("shareRule", () => {
  describe("#shareRule", () => {
    it("should let everything show with names shown", () => {
      expect(names).toEqual(NAMES_SHOWN);
    });
    it("should hide names, free text and private links with names hidden, and keep exact counts", () => {
      expect(codes).toMatchObject({ names: false, freeText: false, privateLinks: false });
      expect(codes).toMatchObject({ breakdowns: true, importReport: true, suppressBelow: undefined });
    });
    it("should hide names in share mode even when Hide names is not ticked, and suppress below k", () => {
      expect(share).toEqual({
        names: false,
        freeText: false,
        privateLinks: false,
        breakdowns: false,
        importReport: false,
        suppressBelow: 3,
      });
    });
  });

  describe("#countWords", () => {
    it("should write small counts as 'fewer than k' in share mode only, and nought as 0", () => {
      expect([0, 1, 2, 3, 1234].map((n) => countWords(n, share))).toEqual([
        "0",
        "fewer than 3",
        "fewer than 3",
        "3",
        "1,234",
      ]);
      expect(countWords(1, codes)).toBe("1");
    });
  });

  describe("#changeWords", () => {
    it("should not say 'down 1' from a suppressed count (the review's 'fewer than 3 → 0 (down 1)')", () => {
      expect(changeWords(1, 0, share)).toBeUndefined();
      expect(changeWords(1, 0, codes)).toBe("down 1");
      expect(changeWords(14, 15, share)).toBe("up 1");
      expect(changeWords(4, 4, names)).toBeUndefined();
    });
    it("should never give a change when either count is suppressed, and give the exact one otherwise", () => {
      fc.assert(
        fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 10 }), (before, after, k) => {
          const rule = shareRule({ share: true, hideNames: true, k });
          const words = changeWords(before, after, rule);
          if (isSuppressed(before, rule) || isSuppressed(after, rule) || before === after) return words === undefined;
          const [dir, n] = (words ?? "").split(" ");
          return before + (dir === "up" ? 1 : -1) * Number(n) === after;
        }),
      );
    });
  });
});
