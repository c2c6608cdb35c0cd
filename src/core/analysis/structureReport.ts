/** The structural report of domain.md 5.4 in people's ids: components, cut vertices and bridges. */
import type { PersonId } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";
import { findStructure, simpleGraph } from "./structure.ts";

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
  const a = new Int32Array(net.links.length);
  const b = new Int32Array(net.links.length);
  let count = 0;
  for (let l = 0; l < net.links.length; l++) {
    if (!live[l]) continue;
    a[count] = net.from[l]!;
    b[count++] = net.to[l]!;
  }
  const s = findStructure(simpleGraph(net.people.length, a, b, count), net.isEct);
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
