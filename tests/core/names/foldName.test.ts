import { describe, expect, it } from "vitest";
import { foldName, hasAccents } from "../../../src/core/names/index.ts";

describe("names", () => {
  describe("#foldName", () => {
    it.each([
      ["Jane Doyle", "jane doyle"],
      ["  Jane \t  Doyle ", "jane doyle"],
      ["Siobhán O'Neill", "siobhan oneill"],
      ["Siobhan O’Neill", "siobhan oneill"],
      ["SIOBHAN ONEILL", "siobhan oneill"],
      ["Smith-Jones", "smith jones"],
      ["Mr. Patel", "mr patel"],
      ["J.Smith", "j smith"],
      ["Øystein Ærø", "oystein aero"],
      ["Straße", "strasse"],
      ["Łukasz Đorđević", "lukasz dordevic"],
      ["Zoë Brontë", "zoe bronte"],
      ["François Œuvre", "francois oeuvre"],
      ["Trust ECT peer network (half-termly)", "trust ect peer network half termly"],
      ["Year 7 team", "year 7 team"],
    ])("should fold %j to %j", (text, folded) => {
      expect(foldName(text)).toBe(folded);
    });

    it("should keep O'Neill and ONeill together and O Neill apart (one space: a typing slip)", () => {
      expect(foldName("O'Neill")).toBe(foldName("ONeill"));
      expect(foldName("O Neill")).not.toBe(foldName("O'Neill"));
    });

    it("should fold punctuation alone to nothing", () => {
      expect(foldName(" - ? ")).toBe("");
    });
  });

  describe("#hasAccents", () => {
    it("should tell accented spellings from plain ones", () => {
      expect(hasAccents("Siobhán")).toBe(true);
      expect(hasAccents("Øystein")).toBe(true);
      expect(hasAccents("Siobhan")).toBe(false);
      expect(hasAccents("O’Neill")).toBe(false);
    });
  });
});
