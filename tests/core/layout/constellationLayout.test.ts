import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_TYPES, layoutConstellation, nodeKey } from "../../../src/core/index.ts";
import type { SupportType } from "../../../src/core/index.ts";

const providersArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), types: fc.subarray([...CORE_TYPES], { minLength: 1 }) }),
  { selector: (p) => p.id, maxLength: 12 },
);

function sectorOf(x: number, y: number): number {
  // Sectors run clockwise from 234° (bottom left) over 288°, 72° each.
  const deg = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  const fromStart = (234 - deg + 360) % 360;
  return Math.floor(fromStart / 72);
}

describe("constellationLayout", () => {
  describe("#layoutConstellation", () => {
    it("should draw each supporter once per type they give, inside that type's sector", () => {
      fc.assert(
        fc.property(providersArb, (providers) => {
          const layout = layoutConstellation({ types: CORE_TYPES, providers, contributions: [] });
          expect(layout.nodes).toHaveLength(providers.reduce((s, p) => s + p.types.length, 0));
          for (const n of layout.nodes) {
            expect(sectorOf(n.x, n.y)).toBe(CORE_TYPES.indexOf(n.type as (typeof CORE_TYPES)[number]));
            const r = Math.hypot(n.x, n.y);
            expect(r).toBeGreaterThan(0.9); // never on top of the ECT in the centre
          }
        }),
      );
    });
    it("should leave an empty sector, the gap, with its marker", () => {
      const layout = layoutConstellation({
        types: CORE_TYPES,
        providers: [{ id: "A", types: ["pedagogy"] }],
        contributions: [],
      });
      expect(layout.sectors.map((s) => s.count)).toEqual([0, 0, 1, 0]);
      expect(layout.nodes.map((n) => n.key)).toEqual([nodeKey("A", "pedagogy")]);
    });
    it("should be deterministic", () => {
      fc.assert(
        fc.property(
          providersArb,
          fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 3 }),
          (providers, contributions) => {
            const input = { types: CORE_TYPES as readonly SupportType[], providers, contributions };
            expect(layoutConstellation(input)).toEqual(layoutConstellation(input));
          },
        ),
      );
    });
    it("should put what the ECT gives below, apart from the sectors", () => {
      const layout = layoutConstellation({ types: CORE_TYPES, providers: [], contributions: ["X", "Y"] });
      for (const c of layout.contributions) expect(c.y).toBeLessThan(-0.9);
    });
  });
});
