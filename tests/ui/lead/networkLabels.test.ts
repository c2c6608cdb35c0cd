import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UNNAMED_NOTE } from "../../../src/core/index.ts";
import { coversDisc, intersects } from "../../../src/core/layout/labelPlacement.ts";
import type { NetLabelNode } from "../../../src/ui/lead/networkLabels.ts";
import { marksOf, placeNetworkLabels } from "../../../src/ui/lead/networkLabels.ts";

/** A stand-in for canvas measureText: wide letters wider, like a real font. */
const measure = (t: string) => [...t].reduce((w, c) => w + (/[MW@]/.test(c) ? 11 : /[il.]/.test(c) ? 3 : 7), 0);

const node = (key: string, x: number, y: number, over: Partial<NetLabelNode> = {}): NetLabelNode => ({
  key,
  text: `Person ${key}`,
  x,
  y,
  size: 6,
  forced: true,
  wanted: false,
  priority: 1,
  side: "right",
  ...over,
});

describe("placeNetworkLabels", () => {
  it("should count flagged people left unlabelled in a corner note, never dropping one silently", () => {
    // Nine flagged people packed in a small phone-width picture: not all find room.
    const nodes = Array.from({ length: 9 }, (_, i) =>
      node(`E${i}`, 150 + (i % 3) * 14, 60 + Math.floor(i / 3) * 14, { text: `Flagged person number ${i}` }),
    );
    const placed = placeNetworkLabels(nodes, { width: 320, height: 150 }, measure);
    const labelled = placed.filter((l) => l.key !== UNNAMED_NOTE).length;
    expect(labelled).toBeLessThan(9);
    const note = placed.find((l) => l.key === UNNAMED_NOTE);
    expect(note?.text).toBe(`+${9 - labelled} in the list below`);
    expect(note?.full).toMatch(/^\d+ more marked (person is|people are) named in the list below$/);
    for (const l of placed) if (l !== note) expect(intersects(l, note!)).toBe(false);
    for (const n of nodes) expect(coversDisc(note!, { x: n.x, y: n.y, radius: n.size })).toBe(false);
  });
  it("should add no note when every flagged person is labelled, however many others are not", () => {
    const nodes = [
      node("E1", 100, 100),
      ...Array.from({ length: 40 }, (_, i) =>
        node(`P${i}`, 200 + (i % 5) * 3, 60 + i * 2, { forced: false, wanted: true }),
      ),
    ];
    const placed = placeNetworkLabels(nodes, { width: 400, height: 300 }, measure);
    expect(placed.some((l) => l.key === "E1")).toBe(true);
    expect(placed.some((l) => l.key === UNNAMED_NOTE)).toBe(false);
  });
  it("should put a lone label on its preferred side", () => {
    const [right] = placeNetworkLabels([node("a", 100, 100)], { width: 400, height: 300 }, measure);
    expect(right?.x).toBeGreaterThan(100);
    const [left] = placeNetworkLabels([node("a", 300, 100, { side: "left" })], { width: 400, height: 300 }, measure);
    expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThan(300);
  });
  it("should move a second label off the first rather than overlap it", () => {
    const placed = placeNetworkLabels([node("a", 100, 100), node("b", 102, 103)], { width: 400, height: 300 }, measure);
    expect(placed).toHaveLength(2);
    const [a, b] = placed;
    if (!a || !b) throw new Error("both placed");
    expect(intersects(a, b)).toBe(false);
  });
  it("should keep a label at the canvas edge inside, shortening a long name", () => {
    const long = "Bartholomew Featherstonehaugh-Cholmondeley (keystone)";
    const [l] = placeNetworkLabels([node("a", 395, 5, { text: long })], { width: 400, height: 300 }, measure);
    expect(l).toBeDefined();
    expect(l?.x).toBeGreaterThanOrEqual(0);
    expect((l?.x ?? 0) + (l?.width ?? 0)).toBeLessThanOrEqual(400);
    expect(l?.text).toMatch(/… \(keystone\)$/);
  });
  it("should label the most serious first, and no one unforced and unwanted", () => {
    const placed = placeNetworkLabels(
      [
        node("low", 100, 100, { priority: 0 }),
        node("high", 100, 100, { priority: 3 }),
        node("quiet", 200, 200, { forced: false }),
      ],
      { width: 400, height: 300 },
      measure,
    );
    expect(placed.map((l) => l.key)).toEqual(["high", "low"]);
  });
  it("should never overlap two labels nor leave the canvas, at any positions, names and canvas size", () => {
    const arbNode = fc.record({
      x: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
      y: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
      text: fc.string({ maxLength: 60 }),
      size: fc.double({ min: 2, max: 15, noNaN: true }),
      forced: fc.boolean(),
      wanted: fc.boolean(),
      priority: fc.integer({ min: 0, max: 4 }),
      left: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbNode, { maxLength: 60 }),
        fc.integer({ min: 120, max: 1200 }),
        fc.integer({ min: 80, max: 800 }),
        (raw, width, height) => {
          // Positions as a share of the canvas (negative: off it, as when zoomed in).
          const nodes = raw.map((r, i) =>
            node(`n${i}`, r.x * width, r.y * height, {
              text: r.text,
              size: r.size,
              forced: r.forced,
              wanted: r.wanted,
              priority: r.priority,
              side: r.left ? "left" : "right",
            }),
          );
          const placed = placeNetworkLabels(nodes, { width, height }, measure);
          for (const b of placed) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(width);
            expect(b.y + b.height).toBeLessThanOrEqual(height);
          }
          for (let i = 0; i < placed.length; i++)
            for (let j = i + 1; j < placed.length; j++) {
              const a = placed[i];
              const b = placed[j];
              if (a && b) expect(intersects(a, b), `${a.key} and ${b.key}`).toBe(false);
            }
          expect(new Set(placed.map((l) => l.key)).size).toBe(placed.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("marksOf", () => {
  it("should keep the marks whole and give initials for the name", () => {
    expect(marksOf("Dr Anthony Clarke (keystone · over capacity)")).toEqual({
      tail: " (keystone · over capacity)",
      initials: "AC (keystone · over capacity)",
    });
    expect(marksOf("Zoë Ó Briain")).toEqual({ initials: "ZÓB" });
  });
});

describe("placeNetworkLabels on a phone", () => {
  it("should shorten the name, never the marks, and keep a label within 60% of the canvas width", () => {
    const text = "Dr Anthony Clarke (keystone · over capacity)";
    const [l] = placeNetworkLabels([node("a", 150, 150, { text })], { width: 360, height: 300 }, measure);
    expect(l?.text).toMatch(/^Dr Anthony… \(keystone · over capacity\)$|^AC \(keystone · over capacity\)$/);
    expect(l?.width).toBeLessThanOrEqual(360 * 0.6);
    expect(l?.full).toBe(text);
  });
  it("should put no label over a node", () => {
    const nodes = Array.from({ length: 30 }, (_, i) =>
      node(`n${i}`, 40 + ((i * 37) % 260), 40 + ((i * 53) % 220), { text: `Person number ${i} (keystone)`, size: 5 }),
    );
    const placed = placeNetworkLabels(nodes, { width: 340, height: 300 }, measure);
    expect(placed.length).toBeGreaterThan(5);
    for (const l of placed)
      for (const n of nodes)
        expect(coversDisc(l, { x: n.x, y: n.y, radius: n.size }), `${l.text} over ${n.key}`).toBe(false);
  });
});
