import { describe, expect, it } from "vitest";
import { HEADER_FONTS, layoutHeader, wrap } from "../../../src/ui/graph/pngHeader.ts";

/** A stand-in for measureText: larger fonts wider, like a real one. */
const measure = (t: string, font: string = HEADER_FONTS.headline) => [...t].length * (font.includes("30px") ? 15 : 11);

describe("layoutHeader", () => {
  const concern = {
    kind: "concern" as const,
    text: "Your only wellbeing support also assesses you: something to think about",
  };

  it("should put the headline between the title and the date line, inside the image", () => {
    const h = layoutHeader(
      { title: "Callum Reid: support mosaic", headline: concern, subtitle: "As of 1 May" },
      1200,
      32,
      measure,
    );
    expect(h.lines.map((l) => l.text)).toEqual([
      "Callum Reid: support mosaic",
      "Your only wellbeing support also assesses you: something to think about",
      "As of 1 May",
    ]);
    const ys = h.lines.map((l) => l.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(h.height).toBeGreaterThan(Math.max(...ys));
    for (const l of h.lines) expect(l.x + measure(l.text, l.font)).toBeLessThanOrEqual(1200 - 32);
    expect(h.band?.accent).toBeDefined();
    const [, said] = h.lines;
    expect(said && h.band && said.y > h.band.y && said.y < h.band.y + h.band.height).toBe(true);
  });
  it("should wrap a long headline onto two lines at most, ending in an ellipsis", () => {
    const long = { kind: "concern" as const, text: `${"Several words in a row ".repeat(20)}end` };
    const h = layoutHeader({ title: "T", headline: long, subtitle: "S" }, 600, 32, measure);
    const said = h.lines.filter((l) => l.font === HEADER_FONTS.headline);
    expect(said).toHaveLength(2);
    expect(said[1]?.text.endsWith("…")).toBe(true);
    for (const l of said) expect(l.x + measure(l.text)).toBeLessThanOrEqual(600 - 32);
  });
  it("should leave the band out when there is no headline, and start the drawing higher", () => {
    const without = layoutHeader({ title: "T", subtitle: "S" }, 1200, 32, measure);
    const withIt = layoutHeader({ title: "T", headline: concern, subtitle: "S" }, 1200, 32, measure);
    expect(without.band).toBeUndefined();
    expect(without.lines).toHaveLength(2);
    expect(without.height).toBeLessThan(withIt.height);
  });
  it("should show a right-to-left override as a visible mark, never reorder the text", () => {
    const h = layoutHeader(
      { title: "T", headline: { kind: "concern", text: "Ask abc\u202Egnp.exe about it" }, subtitle: "S" },
      1200,
      32,
      measure,
    );
    expect(h.lines[1]?.text).toBe("Ask abc⟨RLO⟩gnp.exe about it");
  });
});

describe("wrap", () => {
  const m = (t: string) => t.length * 10;
  it("should break between words and keep every word while they fit", () => {
    expect(wrap("one two three four", 90, 3, m)).toEqual(["one two", "three", "four"]);
  });
  it("should shorten a single word longer than a line", () => {
    const [line] = wrap("Bartholomew-Featherstonehaugh", 100, 2, m);
    expect(line?.endsWith("…")).toBe(true);
    expect(m(line ?? "")).toBeLessThanOrEqual(100);
  });
});
