/**
 * The lead picture as it was before the school tiles, kept only as the bench's baseline: one node
 * per school on a ring (layoutBySchool), the strongest ties between schools, and the graphology
 * graph sigma was handed. The bench times the tiles beside it, interleaved, in one run.
 */
import Graph from "graphology";
import { INFO } from "../core/analysis/flagTable.ts";
import type { PreparedAnalysis } from "../core/analysis/prepared.ts";
import { layoutBySchool } from "../core/layout/schoolLayout.ts";
import { NO_SCHOOL } from "../core/report/schoolTiles.ts";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The old summary and its render graph; returns the graph's size so nothing is optimised away. */
export function oldSchoolSummaryPicture(prepared: PreparedAnalysis): number {
  const { net, ctx } = prepared;
  let schools = 0;
  for (let p = 0; p < net.people.length; p++) schools = Math.max(schools, net.school[p]! + 1);
  const named = new Array<string | undefined>(schools + 1);
  for (let p = 0; p < net.people.length; p++) if (net.school[p]! >= 0) named[net.school[p]!] ??= net.people[p]!.school;
  const written = named.indexOf(NO_SCHOOL);
  const blank = written >= 0 ? written : schools;
  const schoolAt = (p: number) => (net.school[p]! < 0 ? blank : net.school[p]!);
  const people = new Int32Array(schools + 1);
  for (let p = 0; p < net.people.length; p++) {
    const s = schoolAt(p);
    named[s] ??= NO_SCHOOL;
    people[s]!++;
  }
  const ectCount = new Int32Array(schools + 1);
  const atRisk = new Int32Array(schools + 1);
  const ects = prepared.tables.ects;
  for (let k = 0; k < ects.count; k++) {
    const s = schoolAt(ects.ect[k]!);
    ectCount[s]!++;
    for (let i = ects.flagStart[k]!; i < ects.flagStart[k + 1]!; i++) {
      if (ects.flags.severity[i] === INFO) continue;
      atRisk[s]!++;
      break;
    }
  }
  const order = named
    .flatMap((name, s) => (name === undefined ? [] : [s]))
    .sort((a, b) => compare(named[a]!, named[b]!));
  const rank = new Int32Array(schools + 1);
  order.forEach((s, r) => (rank[s] = r));
  const names = order.map((s) => named[s]!);
  const positions = layoutBySchool(names.map((name, i) => ({ key: i, group: name, inner: true })));
  const nodes = order.map((s, i) => ({
    school: names[i]!,
    ...positions.get(i)!,
    people: people[s]!,
    ects: ectCount[s]!,
    ectsAtRisk: atRisk[s]!,
  }));
  const span = schools + 1;
  const weights = new Map<number, number>();
  for (let l = 0; l < net.linkCount; l++) {
    if (!ctx.live[l]) continue;
    const a = rank[schoolAt(net.from[l]!)]!;
    const b = rank[schoolAt(net.to[l]!)]!;
    if (a === b) continue;
    const key = a < b ? a * span + b : b * span + a;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const keep = Math.max(200, 3 * nodes.length);
  const edges = [...weights]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, keep)
    .map(([k, w]) => [names[Math.floor(k / span)]!, names[k % span]!, w] as const);
  // What the page then built for sigma (toNetworkRenderGraph's school branch).
  const g = new Graph({ type: "undirected" });
  for (const s of nodes) {
    const share = s.ects === 0 ? 0 : s.ectsAtRisk / s.ects;
    g.addNode(s.school, {
      x: s.x,
      y: s.y,
      size: 4 + Math.sqrt(s.ects) * 2,
      color: share > 0.5 ? "#a4262c" : share > 0.25 ? "#D55E00" : "#56B4E9",
      label: `${s.school} (${s.ects} ECTs, ${Math.round(share * 100)}% worth attention)`,
    });
  }
  for (const [a, b, w] of edges) g.addEdge(a, b, { size: Math.min(6, 0.5 + Math.log2(1 + w)), color: "#c9ced8" });
  return g.order + g.size;
}
