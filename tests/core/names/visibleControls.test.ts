import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleControls } from "../../../src/core/index.ts";
import { hasBidiControls } from "../../../src/core/names/visibleControls.ts";

const CONTROLS = [
  "\u061C",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];

describe("visibleControls", () => {
  describe("#visibleControls", () => {
    it("should show a right-to-left override as a visible mark, keeping the text after it in order", () => {
      expect(visibleControls("Ann \u202Egnp.exe")).toBe("Ann ⟨RLO⟩gnp.exe");
    });
    it("should name every direction control", () => {
      expect(CONTROLS.map(visibleControls)).toEqual([
        "⟨ALM⟩",
        "⟨LRM⟩",
        "⟨RLM⟩",
        "⟨LRE⟩",
        "⟨RLE⟩",
        "⟨PDF⟩",
        "⟨LRO⟩",
        "⟨RLO⟩",
        "⟨LRI⟩",
        "⟨RLI⟩",
        "⟨FSI⟩",
        "⟨PDI⟩",
      ]);
    });
    it("should leave right-to-left names without controls as they are", () => {
      expect(visibleControls("نور الهدى")).toBe("نور الهدى");
      expect(visibleControls("Zofia Nowak")).toBe("Zofia Nowak");
    });
    it("should never leave a control behind, and change nothing else", () => {
      const text = fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...CONTROLS)), { maxLength: 8 });
      fc.assert(
        fc.property(text, (parts) => {
          const out = visibleControls(parts.join(""));
          expect(hasBidiControls(out)).toBe(false);
          const plain = parts.filter((p) => !CONTROLS.includes(p)).join("");
          if (!hasBidiControls(plain)) expect(out.replace(/⟨[A-Z]+⟩/g, "")).toBe(plain.replace(/⟨[A-Z]+⟩/g, ""));
        }),
      );
    });
  });
});
