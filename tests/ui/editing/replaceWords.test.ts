import { describe, expect, it } from "vitest";
import { replaceWords } from "../../../src/ui/editing/replaceWords.ts";

describe("replaceWords", () => {
  describe("#replaceWords", () => {
    it("should name the kept map, its size and where it is kept", () => {
      const words = replaceWords({ what: "kept", label: "Jess Hartley's support map", people: 5, device: "phone" });
      expect(words).toContain("“Jess Hartley's support map” (5 people), which is kept on this phone");
    });
    it("should promise Undo only until the page is closed, and offer a backup", () => {
      for (const what of ["kept", "page"] as const) {
        const words = replaceWords({ what, label: "Your data: people.csv", people: 1, device: "device" });
        expect(words).toContain("only until this page is closed");
        expect(words).toContain("A backup keeps a copy");
        expect(words).not.toMatch(/stays in the history/);
      }
    });
    it("should say work not kept is only in this page", () => {
      expect(replaceWords({ what: "page", label: "Your data: people.csv", people: 1, device: "device" })).toContain(
        "“Your data: people.csv” (1 person), which is only in this page",
      );
    });
  });
});
