import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_TYPES, CORE_TYPES, MAX_CLEARANCE, centreClearance, layoutConstellation } from "../../../src/core/index.ts";
import { meanAngle } from "../../../src/core/layout/constellationLayout.ts";
import type { SupportType } from "../../../src/core/index.ts";

const providersArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), types: fc.subarray([...CORE_TYPES], { minLength: 1 }) }),
  { selector: (p) => p.id, maxLength: 25 },
);

function sectorOf(x: number, y: number): number {
  // Sectors run clockwise from 234° (bottom left) over 288°, 72° each.
  const deg = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  const fromStart = (234 - deg + 360) % 360;
  return Math.floor(fromStart / 72);
}

function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (Math.PI * 2);
  return Math.min(d, Math.PI * 2 - d);
}

describe("constellationLayout", () => {
  describe("#layoutConstellation", () => {
    it("should draw each person once, keyed by their id, whatever kinds they give", () => {
      fc.assert(
        fc.property(providersArb, (providers) => {
          const layout = layoutConstellation({ types: CORE_TYPES, providers, contributions: [] });
          expect(layout.nodes.map((n) => n.key).sort()).toEqual(providers.map((p) => p.id).sort());
          for (const n of layout.nodes) {
            expect(n.key).toBe(n.personId);
            const r = Math.hypot(n.x, n.y);
            expect(r).toBeGreaterThan(0.35); // never on top of the ECT in the centre
            expect(r).toBeLessThan(layout.rimRadius);
          }
        }),
      );
    });
    it("should put someone who gives one kind inside that kind's sector", () => {
      fc.assert(
        fc.property(providersArb, (providers) => {
          const layout = layoutConstellation({ types: CORE_TYPES, providers, contributions: [] });
          for (const n of layout.nodes.filter((m) => m.types.length === 1))
            expect(sectorOf(n.x, n.y)).toBe(CORE_TYPES.indexOf(n.types[0] as (typeof CORE_TYPES)[number]));
        }),
      );
    });
    it("should put someone who gives two neighbouring kinds between those sectors, nearer the ECT", () => {
      const layout = layoutConstellation({
        types: CORE_TYPES,
        providers: [
          { id: "A", types: ["behaviour"] },
          { id: "AC", types: ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"] },
          { id: "BT", types: ["behaviour", "pedagogy"] },
        ],
        contributions: [],
      });
      const bt = layout.nodes.find((n) => n.key === "BT")!;
      const b = layout.sectors.find((s) => s.type === "behaviour")!;
      const t = layout.sectors.find((s) => s.type === "pedagogy")!;
      const angle = Math.atan2(bt.y, bt.x);
      expect(angle).toBeLessThan(b.angle);
      expect(angle).toBeGreaterThan(t.angle);
      expect(Math.hypot(bt.x, bt.y)).toBeLessThan(Math.hypot(layout.nodes[0]!.x, layout.nodes[0]!.y));
      // Four kinds: nearer still, and not on top of the two-kind person near the same angle.
      const all = layout.nodes.find((n) => n.key === "AC")!;
      expect(Math.hypot(all.x, all.y)).toBeLessThan(Math.hypot(bt.x, bt.y));
      expect(Math.hypot(all.x - bt.x, all.y - bt.y)).toBeGreaterThan(0.2);
    });
    it("should never put someone who gives two kinds apart in the sector of a kind between them", () => {
      // How this school works and teaching, with behaviour between them: the mean falls in behaviour.
      const layout = layoutConstellation({
        types: CORE_TYPES,
        providers: [{ id: "IM", types: ["organisational_literacy", "pedagogy"] }],
        contributions: [],
      });
      const im = layout.nodes.find((n) => n.key === "IM")!;
      const sector = CORE_TYPES[sectorOf(im.x, im.y)];
      expect(["organisational_literacy", "pedagogy"]).toContain(sector);
    });
    it("should place people who give several kinds at the mean angle of their sectors, spread when crowded", () => {
      fc.assert(
        fc.property(providersArb, (providers) => {
          const layout = layoutConstellation({ types: CORE_TYPES, providers, contributions: [] });
          const centre = new Map(layout.sectors.map((s) => [s.type, s.angle]));
          const several = layout.nodes.filter((n) => n.types.length > 1);
          for (const n of several) {
            const wishes = [meanAngle(n.types.map((t) => centre.get(t)!)), ...n.types.map((t) => centre.get(t)!)];
            // At the mean, or in their own sector when the mean falls in a kind they don't give;
            // spreading moves someone at most half the crowd's width along.
            const off = Math.min(...wishes.map((w) => angleBetween(Math.atan2(n.y, n.x), w)));
            expect(off).toBeLessThanOrEqual((several.length * 0.5) / 0.36 + 1e-9);
          }
          for (const a of layout.nodes)
            for (const b of layout.nodes)
              if (a !== b && a.types.length > 1 && b.types.length > 1)
                expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0.1);
        }),
      );
    });
    it("should mark an empty sector, the gap, with its count and a place for 'no one yet' inside it", () => {
      const layout = layoutConstellation({
        types: CORE_TYPES,
        providers: [
          { id: "A", types: ["pedagogy"] },
          { id: "B", types: ["pedagogy", "behaviour"] },
        ],
        contributions: [],
      });
      expect(layout.sectors.map((s) => s.count)).toEqual([0, 1, 2, 0]);
      for (const s of layout.sectors) expect(sectorOf(s.gap.x, s.gap.y)).toBe(CORE_TYPES.indexOf(s.type as never));
      expect(layout.nodes.map((n) => n.key).sort()).toEqual(["A", "B"]);
    });
    it("should make five sectors when career counts", () => {
      const layout = layoutConstellation({
        types: ALL_TYPES,
        providers: [{ id: "C", types: ["career"] }],
        contributions: [],
      });
      expect(layout.sectors.map((s) => s.type)).toEqual([...ALL_TYPES]);
      expect(layout.sectors.at(-1)!.count).toBe(1);
    });
    it("should still place someone whose only kind has no sector here", () => {
      const layout = layoutConstellation({
        types: CORE_TYPES,
        providers: [{ id: "C", types: ["career"] }],
        contributions: [],
      });
      expect(layout.nodes.map((n) => n.key)).toEqual(["C"]);
      expect(layout.nodes[0]!.y).toBeLessThan(0);
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

describe("a minimum distance from the centre", () => {
  // The screen's sizes (src/ui/graph/toRenderGraph.ts SIZES): the ECT's disc, the largest supporter
  // (a group with a ring), and the air kept between them.
  const CENTRE_PX = 20;
  const LARGEST_PX = 16 + 5 + 2;
  const GAP_PX = 4;

  it("keeps every supporter's disc off the ECT's at any drawing size, the rings in their order", () => {
    fc.assert(
      fc.property(
        providersArb,
        // Pixels per layout unit: from a 250 px phone drawing (about 86) up to a large screen.
        fc.double({ min: 86, max: 400, noNaN: true }),
        (providers, pxPerUnit) => {
          const clearance = centreClearance(pxPerUnit, CENTRE_PX, LARGEST_PX, GAP_PX);
          const layout = layoutConstellation({ types: CORE_TYPES, providers, contributions: [], clearance });
          const kinds = new Map(providers.map((p) => [p.id, p.types.length]));
          const radius = new Map(layout.nodes.map((n) => [n.key, Math.hypot(n.x, n.y)]));
          for (const n of layout.nodes) {
            const r = radius.get(n.key) ?? 0;
            expect(r * pxPerUnit).toBeGreaterThanOrEqual(CENTRE_PX + LARGEST_PX + GAP_PX - 1e-3);
            expect(r).toBeLessThan(layout.rimRadius);
          }
          // The more kinds someone gives, the nearer the ECT, however far the rings moved out.
          for (const a of layout.nodes)
            for (const b of layout.nodes)
              if ((kinds.get(a.key) ?? 0) > (kinds.get(b.key) ?? 0))
                expect(radius.get(a.key) ?? 0).toBeLessThanOrEqual((radius.get(b.key) ?? 0) + 1e-6);
        },
      ),
    );
  });

  it("moves nothing on a drawing large enough, and never past its limit on a tiny one", () => {
    const providers = [
      { id: "a", types: [...CORE_TYPES] },
      { id: "b", types: CORE_TYPES.slice(0, 3) },
    ];
    const plain = layoutConstellation({ types: CORE_TYPES, providers, contributions: [] });
    const large = layoutConstellation({ types: CORE_TYPES, providers, contributions: [], clearance: 0.2 });
    expect(large).toEqual(plain);
    const tiny = layoutConstellation({ types: CORE_TYPES, providers, contributions: [], clearance: 5 });
    const nearest = Math.min(...tiny.nodes.map((n) => Math.hypot(n.x, n.y)));
    expect(nearest).toBeCloseTo(MAX_CLEARANCE, 5);
    expect(centreClearance(100, 20, 21, 4)).toBeCloseTo(0.45);
  });
});
