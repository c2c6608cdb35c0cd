import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spreadOnCircle } from "../../../src/core/layout/spreadOnCircle.ts";

describe("spreadOnCircle", () => {
  describe("#spreadOnCircle", () => {
    it("should leave points that are far enough apart where they are", () => {
      expect(spreadOnCircle([0, 1, 2], 0.5)).toEqual([0, 1, 2]);
    });
    it("should spread points that want the same place evenly around it", () => {
      const out = spreadOnCircle([1, 1, 1], 0.2);
      expect(out[1]).toBeCloseTo(1);
      expect(out[2]! - out[1]!).toBeCloseTo(0.2);
      expect(out[1]! - out[0]!).toBeCloseTo(0.2);
    });
    it("should keep the last cluster clear of the first where the circle was cut open", () => {
      // Found by the property below: a cluster near 0 reaching past the cut met the points after it.
      const out = spreadOnCircle([3.3030894507997415, 0, 0, 0, 0, 0, 0, -4.991210937499996, 0], 0.6981317007977318);
      const sorted = out.map((a) => ((a % (Math.PI * 2)) + Math.PI * 2) % (Math.PI * 2)).sort((a, b) => a - b);
      const gaps = sorted.map((a, i) => (sorted[(i + 1) % sorted.length]! - a + Math.PI * 2) % (Math.PI * 2));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(0.6981317007977318 - 1e-9);
    });
    it("should keep any two points at least the gap apart around the circle", () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { maxLength: 25 }),
          fc.double({ min: 0.01, max: 1, noNaN: true }),
          (targets, gap) => {
            const out = spreadOnCircle(targets, gap);
            const want = Math.min(gap, (Math.PI * 2) / Math.max(1, targets.length));
            for (let i = 0; i < out.length; i++)
              for (let j = i + 1; j < out.length; j++) {
                const d = Math.abs(out[i]! - out[j]!) % (Math.PI * 2);
                expect(Math.min(d, Math.PI * 2 - d)).toBeGreaterThanOrEqual(want - 1e-9);
              }
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
