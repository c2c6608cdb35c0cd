import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlacedLabel } from "../../../src/core/index.ts";
import type { Box } from "../../../src/core/layout/labelPlacement.ts";
import {
  CORE_TYPES,
  constellationLabelRequests,
  fitCircle,
  layoutConstellation,
  placeLabels,
  shorten,
  toCanvas,
} from "../../../src/core/index.ts";
import { intersects } from "../../../src/core/layout/labelPlacement.ts";

/** A stand-in for canvas measureText: wide letters wider, like a real font. */
const measure = (t: string) => [...t].reduce((w, c) => w + (/[MW@]/.test(c) ? 11 : /[il.]/.test(c) ? 3 : 7), 0);

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

/** A whole constellation drawing's labels, the way the graph and the PNG ask for them. */
function drawing(names: readonly string[], width: number, height: number, kinds: readonly number[]): PlacedLabel[] {
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
  const obstacles = people.map((p) => ({ x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius }));
  const ect = { x: centre.x - 18, y: centre.y - 18, width: 36, height: 36 };
  return placeLabels(requests, {
    width,
    height,
    lineHeight: 18,
    measure,
    obstacles,
    keepClear: [ect],
    maxLabelWidth: 230,
  });
}

describe("labelPlacement", () => {
  describe("#placeLabels", () => {
    it("should put a lone label beside its node, on the side it asks for, in full", () => {
      const [l] = placeLabels([{ key: "a", text: "Lucy Brown", x: 100, y: 100, clearance: 10, direction: 0 }], {
        width: 400,
        height: 300,
        lineHeight: 16,
        measure,
      });
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
      );
      expect(labels).toHaveLength(2);
      expect(intersects(labels[0]!, labels[1]!)).toBe(false);
    });
    it("should keep a label near the right edge inside the canvas, in full when it fits on the left", () => {
      const [l] = placeLabels([{ key: "a", text: "Dr Anthony Clarke", x: 390, y: 100, clearance: 8, direction: 0 }], {
        width: 400,
        height: 300,
        lineHeight: 16,
        measure,
      });
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
      });
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
            const ect = { x: width / 2 - 18, y: height / 2 - 18, width: 36, height: 36 };
            for (const l of labels) expect(intersects(l, ect)).toBe(false);
            for (const l of labels) expect(l.width).toBeLessThanOrEqual(230);
          },
        ),
        { numRuns: 150 },
      );
    });
    it("should be deterministic", () => {
      const names = Array.from({ length: 25 }, (_, i) => `Supporter number ${i} with a long name`);
      const kinds = Array.from({ length: 25 }, (_, i) => (i % 15) + 1);
      expect(drawing(names, 390, 320, kinds)).toEqual(drawing(names, 390, 320, kinds));
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
