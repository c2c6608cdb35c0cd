import { describe, expect, it } from "vitest";
import { startReplaces } from "../../../src/ui/state/startReplaces.ts";

describe("startReplaces", () => {
  describe("#startReplaces", () => {
    it("should replace nothing worth asking about over the untouched sample", () => {
      expect(startReplaces({ isSample: true }, false)).toBeUndefined();
      expect(startReplaces({ isSample: true }, true)).toBeUndefined();
    });
    it("should say a map kept on this device would be replaced", () => {
      // A map started with "Map my own support" has no isSample at all, and is kept once Remember is on.
      expect(startReplaces({}, true)).toBe("kept");
      expect(startReplaces({ isSample: false }, true)).toBe("kept");
    });
    it("should say work only in this page (an import, an edited sample) would be replaced", () => {
      expect(startReplaces({}, false)).toBe("page");
      expect(startReplaces({ isSample: false }, false)).toBe("page");
    });
  });
});
