/** The structural report of docs/domain.md 5.4 in people's ids: components, cut vertices and bridges. */
import type { PersonId } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";
import type { SupportNetwork } from "../model/network.ts";
import type { UndirectedGraph } from "./structure.ts";
import { findStructure } from "./structure.ts";

export interface StructureReport {
  readonly components: number;
  readonly componentSizes: readonly number[];
  readonly ectsOutsideLargest: readonly PersonId[];
  readonly articulationPoints: readonly {
    readonly id: PersonId;
    readonly separated: number;
    readonly separatedSample: readonly PersonId[];
    readonly ectsSeparated: number;
    readonly ectsSample: readonly PersonId[];
    readonly pendant: boolean;
  }[];
  readonly bridges: readonly { readonly ends: readonly [PersonId, PersonId]; readonly pendant: boolean }[];
}

/** Over every person and group with a live link, joined when any live link runs between them. */
export function structureReport(ctx: AnalysisContext): StructureReport {
  const { net, live } = ctx;
  const s = findStructure(liveGraph(net, live), net.isEct);
  const id = (v: number) => net.people[v]!.id;
  const ectsOutsideLargest: PersonId[] = [];
  for (const e of net.ects) if (s.component[e]! >= 0 && s.component[e] !== s.largest) ectsOutsideLargest.push(id(e));
  return {
    components: s.componentSizes.length,
    componentSizes: s.componentSizes,
    ectsOutsideLargest,
    articulationPoints: s.articulationPoints.map((c) => ({
      id: id(c.v),
      separated: c.separatedCount,
      separatedSample: c.separatedSample.map(id),
      ectsSeparated: c.separatedMarked,
      ectsSample: c.markedSample.map(id),
      pendant: c.pendant,
    })),
    bridges: s.bridges.map((br) => ({ ends: [id(br.a), id(br.b)] as const, pendant: br.pendant })),
  };
}

/**
 * The simple undirected graph of the live links, read off the network's own adjacency: each
 * person's outgoing and incoming links, merged by link number, give the same neighbour order as
 * simpleGraph over the links in file order (tested), without copying the links' ends first or
 * counting degrees in a pass of their own.
 */
export function liveGraph(net: SupportNetwork, live: Uint8Array): UndirectedGraph {
  const n = net.people.length;
  const { outStart, outLinks, inStart, inLinks, from, to } = net;
  const start = new Int32Array(n + 1);
  const adj = new Int32Array(outLinks.length + inLinks.length);
  const seenFrom = new Int32Array(n).fill(-1);
  let w = 0;
  for (let v = 0; v < n; v++) {
    start[v] = w;
    let i = outStart[v]!;
    let j = inStart[v]!;
    const iEnd = outStart[v + 1]!;
    const jEnd = inStart[v + 1]!;
    while (i < iEnd || j < jEnd) {
      // The lower link number first; a self-loop sits in both lists and is skipped in each.
      let u: number;
      if (j >= jEnd || (i < iEnd && outLinks[i]! < inLinks[j]!)) {
        const l = outLinks[i++]!;
        if (!live[l]) continue;
        u = to[l]!;
      } else {
        const l = inLinks[j++]!;
        if (!live[l]) continue;
        u = from[l]!;
      }
      if (u === v || seenFrom[u] === v) continue;
      seenFrom[u] = v;
      adj[w++] = u;
    }
  }
  start[n] = w;
  return { start, adj: adj.subarray(0, w) };
}
