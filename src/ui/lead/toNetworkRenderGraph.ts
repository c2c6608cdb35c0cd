/** Pure: network graph data → the graphology graph sigma draws (people of a school, or schools). */
import Graph from "graphology";
import type { NetworkGraphData } from "../../core/index.ts";
import { GAP_GREY, INK } from "../palette.ts";

export interface NetNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: "circle" | "border";
  borderColor?: string;
  borderSize?: number;
  personId?: string;
  isEct?: boolean;
  risk?: "isolated" | "single" | "keystone" | "over" | "gaps";
}

export interface NetEdge {
  size: number;
  color: string;
  from?: string;
  to?: string;
}

export const RISK_COLOUR = {
  isolated: "#a4262c",
  single: "#D55E00",
  keystone: "#1f2a44",
  over: "#8a5300",
  gaps: "#CC79A7",
} as const;

export function toNetworkRenderGraph(
  data: NetworkGraphData,
  nameOf: (id: string, name: string) => string,
  share: boolean,
): Graph<NetNode, NetEdge> {
  // Schools have one edge per pair (a simple graph is cheaper); people can have parallel links.
  const g = new Graph<NetNode, NetEdge>({
    type: data.kind === "schools" ? "undirected" : "directed",
    multi: data.kind !== "schools",
  });
  if (data.kind === "schools") {
    for (const s of data.nodes) {
      const share100 = s.ects === 0 ? 0 : s.ectsAtRisk / s.ects;
      g.addNode(s.school, {
        x: s.x,
        y: s.y,
        size: 4 + Math.sqrt(s.ects) * 2,
        color: share100 > 0.5 ? "#a4262c" : share100 > 0.25 ? "#D55E00" : "#56B4E9",
        label: `${s.school} (${s.ects} ECTs, ${Math.round(share100 * 100)}% worth attention)`,
        type: "circle",
      });
    }
    for (const [a, b, w] of data.edges)
      g.addEdge(a, b, { size: Math.min(6, 0.5 + Math.log2(1 + w)), color: "#c9ced8" });
    return g;
  }
  const idOf = new Map<number, string>();
  for (const n of data.nodes) {
    idOf.set(n.key, n.id);
    const risk = n.isolated
      ? "isolated"
      : n.singleSupporter
        ? "single"
        : n.keystone
          ? "keystone"
          : n.overCapacity
            ? "over"
            : n.gaps > 0
              ? "gaps"
              : undefined;
    const node: NetNode = {
      x: n.x,
      y: n.y,
      size: n.isEct ? 7 : n.isGroup ? 8 : 5,
      color: n.isEct ? INK : n.isGroup ? "#009E73" : "#8d95a5",
      label: share ? "" : nameOf(n.id, n.name),
      type: risk ? "border" : "circle",
      personId: n.id,
      isEct: n.isEct,
    };
    if (risk) {
      node.risk = risk;
      node.borderColor = RISK_COLOUR[risk];
      node.borderSize = 0.45;
    }
    g.addNode(n.id, node);
  }
  for (const [a, b] of data.edges)
    g.addEdge(idOf.get(a)!, idOf.get(b)!, { size: 0.8, color: GAP_GREY, from: idOf.get(a)!, to: idOf.get(b)! });
  return g;
}
