import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlacedLabel } from "../../../src/core/index.ts";
import type { Box, Disc } from "../../../src/core/layout/labelPlacement.ts";
import {
  CORE_TYPES,
  constellationLabelRequests,
  fitCircle,
  layoutConstellation,
  initialsOf,
  initialsVariants,
  keepsFirstWord,
  placeLabels,
  shorten,
  toCanvas,
} from "../../../src/core/index.ts";
import { coversDisc, intersects } from "../../../src/core/layout/labelPlacement.ts";

/** A stand-in for canvas measureText: wide letters wider, like a real font. */
const measure = (t: string) => [...t].reduce((w, c) => w + (/[MW@]/.test(c) ? 11 : /[il.]/.test(c) ? 3 : 7), 0);

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

/** A whole constellation drawing's labels, the way the graph and the PNG ask for them. */
function drawing(names: readonly string[], width: number, height: number, kinds: readonly number[]): PlacedLabel[] {
  return drawn(names, width, height, kinds).placed;
}

function drawn(names: readonly string[], width: number, height: number, kinds: readonly number[]) {
  const layout = layoutConstellation({
    types: CORE_TYPES,
    providers: names.map((_, i) => ({
      id: `P${i}`,
      types: CORE_TYPES.filter((_t, k) => ((kinds[i] ?? 1) >> k) & 1),
    })),
    contributions: [],
  });
  const fit = fitCircle(width, height, layout.rimRadius, 8);
  const radius = 10;
  const people = layout.nodes.map((n) => ({
    key: n.key,
    text: names[Number(n.key.slice(1))] ?? "",
    radius,
    ...toCanvas(fit, n),
  }));
  const centre = toCanvas(fit, { x: 0, y: 0 });
  const requests = constellationLabelRequests({
    centre,
    ect: { key: "ect", text: "Callum Reid", radius: 18, ...centre },
    sectorNames: layout.sectors.map((s) => ({ key: s.type, text: s.type, radius: 0, ...toCanvas(fit, s.rim) })),
    gapNotes: layout.sectors
      .filter((s) => s.count === 0)
      .map((s) => ({ key: `gap:${s.type}`, text: "no one yet", radius: 0, ...toCanvas(fit, s.gap) })),
    people,
  });
  const nodes: Disc[] = [{ ...centre, radius: 18 }, ...people];
  const placement = placeLabels(requests, {
    width,
    height,
    lineHeight: 18,
    measure,
    nodes,
    maxLabelWidth: 230,
    reach: 4,
  });
  return { ...placement, requests, nodes };
}

describe("labelPlacement", () => {
  describe("#placeLabels", () => {
    it("should put a lone label beside its node, on the side it asks for, in full", () => {
      const [l] = placeLabels([{ key: "a", text: "Lucy Brown", x: 100, y: 100, clearance: 10, direction: 0 }], {
        width: 400,
        height: 300,
        lineHeight: 16,
        measure,
      }).placed;
      expect(l!.text).toBe("Lucy Brown");
      expect(l!.x).toBeGreaterThan(110);
      expect(l!.y).toBeLessThan(100);
      expect(l!.y + l!.height).toBeGreaterThan(100);
    });
    it("should move the second of two crowded labels rather than overlap them", () => {
      const labels = placeLabels(
        [
          { key: "a", text: "Lucy Brown", x: 100, y: 100, clearance: 8, direction: 0 },
          { key: "b", text: "Mark Jones", x: 104, y: 104, clearance: 8, direction: 0 },
        ],
        { width: 400, height: 300, lineHeight: 16, measure },
      ).placed;
      expect(labels).toHaveLength(2);
      expect(intersects(labels[0]!, labels[1]!)).toBe(false);
    });
    it("should keep a label near the right edge inside the canvas, in full when it fits on the left", () => {
      const [l] = placeLabels([{ key: "a", text: "Dr Anthony Clarke", x: 390, y: 100, clearance: 8, direction: 0 }], {
        width: 400,
        height: 300,
        lineHeight: 16,
        measure,
      }).placed;
      expect(l!.text).toBe("Dr Anthony Clarke");
      expect(inside(l!, 400, 300)).toBe(true);
    });
    it("should shorten a name too long for the canvas with an ellipsis", () => {
      const long = "Professor Wilhelmina Montgomery-Abernathy-Featherstonehaugh";
      const [l] = placeLabels([{ key: "a", text: long, x: 160, y: 120, clearance: 8, direction: 0 }], {
        width: 320,
        height: 240,
        lineHeight: 16,
        measure,
      }).placed;
      expect(l!.text.endsWith("…")).toBe(true);
      expect(long.startsWith(l!.text.slice(0, -1))).toBe(true);
      expect(l!.full).toBe(long);
      expect(inside(l!, 320, 240)).toBe(true);
    });
    it("should place every label in full on a roomy canvas with the sample's few supporters", () => {
      const names = ["Dr Anthony Clarke", "Lucy Brown", "Mark Jones", "Beth Summers"];
      const labels = drawing(names, 1000, 600, [15, 2, 4, 8]);
      for (const n of names) expect(labels.map((l) => l.text)).toContain(n);
      expect(labels.map((l) => l.text)).toContain("Callum Reid");
    });
    it("should never overlap two labels nor leave the canvas, for 0–25 supporters with names up to 60 characters", () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ minLength: 1, maxLength: 60, unit: "grapheme-ascii" }), { maxLength: 25 }),
          fc.integer({ min: 320, max: 1600 }),
          fc.integer({ min: 240, max: 1000 }),
          fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 25, maxLength: 25 }),
          (names, width, height, kinds) => {
            const labels = drawing(names, width, height, kinds);
            for (const l of labels) expect(inside(l, width, height)).toBe(true);
            for (let i = 0; i < labels.length; i++)
              for (let j = i + 1; j < labels.length; j++) expect(intersects(labels[i]!, labels[j]!)).toBe(false);
            expect(labels[0]?.key).toBe("ect"); // the ECT is always named
            // Nothing covers the ECT's node, and no label is wider than asked.
            const ect = { x: width / 2, y: height / 2, radius: 18 };
            for (const l of labels) expect(coversDisc(l, ect)).toBe(false);
            for (const l of labels) expect(l.width).toBeLessThanOrEqual(230);
          },
        ),
        { numRuns: 150 },
      );
    });
    it("should cover no node with a label, and account for every request: placed, or named as unplaced", () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }), { maxLength: 25 }),
          fc.integer({ min: 320, max: 1600 }),
          fc.integer({ min: 240, max: 1000 }),
          fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 25, maxLength: 25 }),
          (names, width, height, kinds) => {
            const d = drawn(names, width, height, kinds);
            for (const l of d.placed)
              for (const n of d.nodes) expect(coversDisc(l, n), `"${l.text}" covers a node`).toBe(false);
            const keys = [...d.placed.map((l) => l.key), ...d.unplaced].sort();
            expect(keys).toEqual(d.requests.map((r) => r.key).sort());
          },
        ),
        { numRuns: 150 },
      );
    });
    it("should name every person, if need be by initials, with up to 12 supporters on a phone-sized canvas", () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ minLength: 1, maxLength: 60, unit: "grapheme-ascii" }), { maxLength: 12 }),
          fc.integer({ min: 330, max: 1600 }),
          fc.integer({ min: 330, max: 1000 }),
          fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 12, maxLength: 12 }),
          (raw, width, height, kinds) => {
            // A name has a letter (initials need one); the request keys are P0…P11, the ECT "ect".
            const names = raw.map((n, i) => `${"ABCDEFGHIJKL"[i]}${n}`);
            const d = drawn(names, width, height, kinds);
            const people = d.requests.filter((r) => r.key === "ect" || /^P\d+$/.test(r.key)).map((r) => r.key);
            expect(people.filter((k) => d.unplaced.includes(k))).toEqual([]);
          },
        ),
        { numRuns: 150 },
      );
    });
    it("should fall back to initials, clear of the nodes, where a name finds no room", () => {
      // A node hemmed in by four neighbours on a small canvas: no room for a whole or shortened name.
      const nodes: Disc[] = [
        { x: 60, y: 40, radius: 12 },
        { x: 30, y: 40, radius: 12 },
        { x: 90, y: 40, radius: 12 },
        { x: 60, y: 12, radius: 12 },
        { x: 60, y: 68, radius: 12 },
      ];
      const text = "Dr Margaret Featherstonehaugh-Wright";
      const { placed, unplaced } = placeLabels(
        [{ key: "a", text, initials: initialsOf(text), x: 60, y: 40, clearance: 12, direction: 0 }],
        { width: 120, height: 80, lineHeight: 16, measure, nodes },
      );
      expect(unplaced).toEqual([]);
      expect(placed[0]?.text).toBe("MFW");
      expect(placed[0]?.full).toBe(text);
      for (const n of nodes) expect(coversDisc(placed[0]!, n)).toBe(false);
    });
    it("should make repeated initials differ with the next letter of the surname", () => {
      // Two people with the same initials, each hemmed in so that only initials fit.
      const hem = (y: number): Disc[] => [
        { x: 60, y, radius: 12 },
        { x: 30, y, radius: 12 },
        { x: 90, y, radius: 12 },
        { x: 60, y: y - 28, radius: 12 },
        { x: 60, y: y + 28, radius: 12 },
      ];
      const people = ["Dr Margaret Anne Featherstonehaugh", "Mr Matthew Alan Fairweather-Smith"];
      const { placed, unplaced } = placeLabels(
        people.map((text, i) => ({
          key: `p${i}`,
          text,
          initials: initialsOf(text),
          x: 60,
          y: 40 + i * 80,
          clearance: 12,
          direction: 0,
        })),
        { width: 120, height: 160, lineHeight: 16, measure, nodes: [...hem(40), ...hem(120)] },
      );
      expect(unplaced).toEqual([]);
      expect(placed.map((l) => l.text)).toEqual(["MAF", "MAFa"]);
    });
    it("should show no two labels with the same text unless they name the same", () => {
      fc.assert(
        fc.property(
          // Few letters, so initials and shortened names often repeat.
          fc.array(
            fc.array(fc.stringMatching(/^[AB][ab]{0,8}$/), { minLength: 1, maxLength: 4 }).map((w) => w.join(" ")),
            { minLength: 2, maxLength: 25 },
          ),
          fc.integer({ min: 240, max: 700 }),
          fc.integer({ min: 160, max: 500 }),
          (names, width, height) => {
            const d = drawn(names, width, height, []);
            const byText = new Map<string, string>();
            for (const l of d.placed) {
              const other = byText.get(l.text);
              if (other !== undefined) expect(other, `"${l.text}" shown twice`).toBe(l.full);
              byText.set(l.text, l.full);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
    it("should say which labels found no room rather than drop them silently", () => {
      const { placed, unplaced } = placeLabels(
        [
          { key: "a", text: "Lucy Brown", x: 20, y: 10, clearance: 4, direction: 0 },
          { key: "b", text: "Mark Jones", x: 22, y: 12, clearance: 4, direction: 0 },
        ],
        { width: 80, height: 20, lineHeight: 16, measure },
      );
      expect(placed.map((l) => l.key)).toEqual(["a"]);
      expect(unplaced).toEqual(["b"]);
    });
    it("should be deterministic", () => {
      const names = Array.from({ length: 25 }, (_, i) => `Supporter number ${i} with a long name`);
      const kinds = Array.from({ length: 25 }, (_, i) => (i % 15) + 1);
      expect(drawing(names, 390, 320, kinds)).toEqual(drawing(names, 390, 320, kinds));
    });
  });
  describe("#keepsFirstWord", () => {
    it("should accept a shortened name only while its first word (after a title) is whole", () => {
      expect(keepsFirstWord("Mr Bartholomew…", "Mr Bartholomew Cholmondeley-Warner")).toBe(true);
      expect(keepsFirstWord("Mr B…", "Mr Bartholomew Cholmondeley-Warner")).toBe(false);
      expect(keepsFirstWord("Profess…", "Professor Anneliese Oberhausen")).toBe(false);
      expect(keepsFirstWord("Ælfg…", "Ælfgifu Þórðardóttir")).toBe(false);
      expect(keepsFirstWord("Okonkwo…", "Okonkwo-Adeyemi Chidimma")).toBe(true);
    });
    it("should prefer a person's initials, or the name farther off, to a cut first word", () => {
      const text = "Professor Anneliese Oberhausen-Kowalczyk";
      const [l] = placeLabels(
        [{ key: "a", text, initials: initialsOf(text), x: 60, y: 20, clearance: 6, direction: 0 }],
        {
          width: 120,
          height: 40,
          lineHeight: 16,
          measure,
        },
      ).placed;
      expect(l?.text).toBe("AOK");
    });
  });
  describe("#initialsOf", () => {
    it("should take each word's first letter, titles left out, at most three", () => {
      expect(initialsOf("Dr Margaret Featherstonehaugh-Wright")).toBe("MFW");
      expect(initialsOf("Zoë Ó Briain")).toBe("ZÓB");
      expect(initialsOf("ælfgifu þórðardóttir")).toBe("ÆÞ");
      expect(initialsOf("Prof. Anneliese von Oberhausen Kowalczyk")).toBe("AVO");
      expect(initialsOf("Li Wei")).toBe("LW");
      expect(initialsOf("  42  ")).toBe("");
    });
  });
  describe("#initialsVariants", () => {
    it("should add the surname's next letters, then a digit", () => {
      expect(initialsVariants("AMF", "Anna Maria Fenwick").slice(0, 3)).toEqual(["AMF", "AMFe", "AMFen"]);
      expect(initialsVariants("MFW", "Dr Margaret Featherstonehaugh-Wright")[1]).toBe("MFWr");
      expect(initialsVariants("LW", "Li Wei")).toEqual([
        "LW",
        "LWe",
        "LWei",
        ...[2, 3, 4, 5, 6, 7, 8, 9].map((d) => `LW${d}`),
      ]);
      // Initials that are not the name's own (given by the caller) only take a digit.
      expect(initialsVariants("XY", "Li Wei")[1]).toBe("XY2");
    });
    it("should add at most five letters before the digits, however long the surname", () => {
      const long = `Bartholomew ${"x".repeat(5_000)}`;
      expect(initialsVariants("BX", long).slice(0, 7)).toEqual([
        "BX",
        "BXx",
        "BXxx",
        "BXxxx",
        "BXxxxx",
        "BXxxxxx",
        "BX2",
      ]);
    });
  });
  describe("placing a name thousands of characters long", () => {
    it("should measure a bounded amount of text (a 5,000-character name once froze the page for 30 s)", () => {
      let measured = 0;
      const counting = (t: string) => {
        measured += t.length;
        return measure(t);
      };
      const text = `Bartholomew${"x".repeat(4_989)}`;
      const { placed } = placeLabels(
        [{ key: "a", text, initials: initialsOf(text), x: 195, y: 300, clearance: 12, direction: 0 }],
        { width: 390, height: 600, lineHeight: 16, measure: counting, maxLabelWidth: 234 },
      );
      // One unbroken word cannot be shortened keeping it whole: the initial names the person.
      expect(placed[0]?.text).toBe("B");
      expect(measured).toBeLessThan(50_000);
    });
  });
  describe("#shorten", () => {
    it("should keep text that fits and cut whole characters otherwise", () => {
      expect(shorten("Lucy Brown", 200, measure)).toBe("Lucy Brown");
      expect(shorten("Lucy Brown", 40, measure)).toBe("Lucy…");
      expect(shorten("Lucy", 2, measure)).toBe("");
      expect(shorten("👩🏽‍🏫 Amara Okafor", 40, measure)).not.toMatch(/\uD83C$/);
    });
  });
});
