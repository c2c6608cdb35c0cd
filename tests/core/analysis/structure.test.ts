import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findStructure, simpleGraph } from "../../../src/core/analysis/structure.ts";
import { liveGraph } from "../../../src/core/analysis/structureReport.ts";
import { buildNetwork } from "../../../src/core/index.ts";
import { link, person } from "../../helpers/builders.ts";

/** Components among vertices with an edge, ignoring `skipV` and the edge `skipE`. */
function components(n: number, edges: readonly (readonly [number, number])[], skipV = -1, skipE = -1): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const present = new Set<number>();
  edges.forEach(([a, b]) => {
    present.add(a);
    present.add(b);
  });
  present.delete(skipV);
  edges.forEach(([a, b], i) => {
    if (i === skipE || a === skipV || b === skipV) return;
    parent[find(a)] = find(b);
  });
  return new Set([...present].map(find)).size;
}

const graphArb = fc
  .integer({ min: 1, max: 9 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 16 })));

describe("structure", () => {
  describe("#liveGraph", () => {
    it("should give the same neighbours, in the same order, as simpleGraph over the live links in file order", () => {
      fc.assert(
        fc.property(graphArb, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), ([n, raw], alive) => {
          const people = Array.from({ length: n }, (_, i) => person(`P${i}`));
          const links = raw.map(([a, b], i) => link(`P${a}`, `P${b}`, ["pedagogy"], { link_id: `L${i}` }));
          const net = buildNetwork(people, links);
          const live = Uint8Array.from(raw, (_, i) => (alive[i] ? 1 : 0));
          const kept = raw.filter((_, i) => alive[i]);
          const expected = simpleGraph(
            n,
            kept.map((e) => e[0]),
            kept.map((e) => e[1]),
            kept.length,
          );
          const g = liveGraph(net, live);
          expect(g.start).toEqual(expected.start);
          expect([...g.adj]).toEqual([...expected.adj]);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe("#findStructure", () => {
    it("should find exactly the vertices and edges whose removal splits a component (brute force)", () => {
      fc.assert(
        fc.property(graphArb, ([n, raw]) => {
          const g = simpleGraph(
            n,
            raw.map((e) => e[0]),
            raw.map((e) => e[1]),
            raw.length,
          );
          const edges: [number, number][] = [];
          for (let v = 0; v < n; v++)
            for (let k = g.start[v]!; k < g.start[v + 1]!; k++) if (v < g.adj[k]!) edges.push([v, g.adj[k]!]);
          const s = findStructure(g);
          const base = components(n, edges);
          const expectedCut: number[] = [];
          for (let v = 0; v < n; v++) {
            if (g.start[v + 1]! - g.start[v]! === 0) continue;
            // Removing v also removes v itself from the count, so a leaf never counts.
            if (components(n, edges, v) > base) expectedCut.push(v);
          }
          expect(s.articulationPoints.map((c) => c.v)).toEqual(expectedCut);
          const expectedBridges = edges
            .filter((_, i) => components(n, edges, -1, i) > base)
            .map(([a, b]) => `${a}-${b}`)
            .sort();
          expect(s.bridges.map((b) => `${Math.min(b.a, b.b)}-${Math.max(b.a, b.b)}`).sort()).toEqual(expectedBridges);
          expect(s.componentSizes.length).toBe(base);
        }),
        { numRuns: 3000 },
      );
    });

    it("should count what each cut vertex separates from the largest remaining piece", () => {
      fc.assert(
        fc.property(graphArb, ([n, raw]) => {
          const g = simpleGraph(
            n,
            raw.map((e) => e[0]),
            raw.map((e) => e[1]),
            raw.length,
          );
          const marked = Uint8Array.from({ length: n }, (_, i) => i % 2);
          for (const c of findStructure(g, marked).articulationPoints) {
            // Brute force: pieces of v's component without v.
            const seen = new Int32Array(n).fill(-1);
            const pieces: number[][] = [];
            for (let s = 0; s < n; s++) {
              if (s === c.v || seen[s] !== -1 || g.start[s + 1]! === g.start[s]!) continue;
              const stack = [s];
              const piece: number[] = [];
              seen[s] = pieces.length;
              while (stack.length) {
                const u = stack.pop()!;
                piece.push(u);
                for (let k = g.start[u]!; k < g.start[u + 1]!; k++) {
                  const w = g.adj[k]!;
                  if (w !== c.v && seen[w] === -1) {
                    seen[w] = pieces.length;
                    stack.push(w);
                  }
                }
              }
              pieces.push(piece);
            }
            const neighbours = new Set(Array.from(g.adj.subarray(g.start[c.v], g.start[c.v + 1])));
            const own = pieces.filter((p) => p.some((u) => neighbours.has(u)));
            const largest = Math.max(...own.map((p) => p.length));
            const separated = own.reduce((s, p) => s + p.length, 0) - largest;
            expect(c.separatedCount).toBe(separated);
            expect(c.separatedSample.length).toBe(Math.min(separated, 50));
            const degree = (u: number) => g.start[u + 1]! - g.start[u]!;
            const others = [...own].sort((x, y) => y.length - x.length).slice(1);
            expect(c.pendant).toBe(others.every((p) => p.length === 1 && degree(p[0]!) === 1));
          }
        }),
        { numRuns: 2000 },
      );
    });

    it("should handle a 200,000-vertex chain without recursion", () => {
      const n = 200_000;
      const a = Int32Array.from({ length: n - 1 }, (_, i) => i);
      const b = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
      const s = findStructure(simpleGraph(n, a, b, n - 1));
      expect(s.articulationPoints).toHaveLength(n - 2);
      expect(s.bridges).toHaveLength(n - 1);
    });
  });
});
