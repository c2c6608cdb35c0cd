/**
 * Pure: a constellation and its layout → the graphology graph sigma draws. Only this ECT's
 * constellation is ever built for sigma, whatever the size of the network.
 */
import Graph from "graphology";
import type { Constellation, SupportType } from "../../core/index.ts";
import { CORE_TYPES, layoutConstellation, SUPPORT_TYPES } from "../../core/index.ts";
import { GAP_GREY, INK, RING, TYPE_COLOUR, TYPE_MARK } from "../palette.ts";

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: "circle" | "border";
  borderColor?: string;
  borderSize?: number;
  forceLabel?: boolean;
  role: "ect" | "supporter" | "contribution" | "sector" | "gap";
  personId?: string;
  supportType?: SupportType;
}

export interface RenderEdge {
  size: number;
  color: string;
  type: "line" | "arrow";
  personId: string;
  supportType?: SupportType;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

export function displayedTypes(includeCareer: boolean): SupportType[] {
  return includeCareer ? [...CORE_TYPES, "career"] : [...CORE_TYPES];
}

export function toRenderGraph(
  c: Constellation,
  nameOf: (id: string, name: string) => string,
  includeCareer: boolean,
): RenderGraph {
  const types = displayedTypes(includeCareer);
  const layout = layoutConstellation({
    types,
    providers: c.supporters.map((s) => ({ id: s.id, types: s.types })),
    contributions: c.contributions.map((p) => p.id),
  });
  const g: RenderGraph = new Graph({ type: "directed", multi: false });
  g.addNode("ect", {
    x: 0,
    y: 0,
    size: 20,
    color: INK,
    label: nameOf(c.ect.id, c.ect.name),
    type: "circle",
    forceLabel: true,
    role: "ect",
    personId: c.ect.id,
  });
  const byId = new Map(c.supporters.map((s) => [s.id as string, s]));
  for (const sector of layout.sectors) {
    const label = `${TYPE_MARK[sector.type]} · ${SUPPORT_TYPES[sector.type].label}`;
    // sigma draws a label to the right of its node: anchor right-hand sector labels further left so they stay on the canvas.
    const shift = sector.label.x > 0.9 ? 1.05 : sector.label.x > 0.25 ? 0.6 : sector.label.x > -0.25 ? 0.3 : 0;
    g.addNode(`sector::${sector.type}`, {
      x: sector.label.x - shift,
      y: sector.label.y,
      size: 1,
      color: "rgba(0,0,0,0)",
      label,
      type: "circle",
      forceLabel: true,
      role: "sector",
      supportType: sector.type,
    });
    if (sector.count === 0) {
      g.addNode(`gap::${sector.type}`, {
        ...sector.gap,
        size: 9,
        color: "#ffffff",
        borderColor: GAP_GREY,
        borderSize: 0.35,
        // The gap says so beside its empty marker (the sector label stays short enough to fit).
        label: "no one yet",
        forceLabel: true,
        type: "border",
        role: "gap",
        supportType: sector.type,
      });
    }
  }
  for (const n of layout.nodes) {
    const s = byId.get(n.personId)!;
    const node: RenderNode = {
      x: n.x,
      y: n.y,
      size: s.isGroup ? 14 : 12,
      color: TYPE_COLOUR[n.type!],
      label: nameOf(s.id, s.name),
      type: s.powerful ? "border" : "circle",
      role: "supporter",
      personId: s.id,
      supportType: n.type!,
      forceLabel: true,
    };
    if (s.powerful) {
      node.borderColor = RING;
      node.borderSize = 0.3;
    }
    g.addNode(n.key, node);
    const formal = s.links.some((l) => l.types.includes(n.type!) && l.formality === "formal");
    g.addEdge(n.key, "ect", {
      size: formal ? 3 : 1.5,
      color: TYPE_COLOUR[n.type!],
      type: "line",
      personId: s.id,
      supportType: n.type!,
    });
  }
  for (const n of layout.contributions) {
    const p = c.contributions.find((x) => x.id === n.personId)!;
    g.addNode(n.key, {
      x: n.x,
      y: n.y,
      size: 7,
      color: "#8d95a5",
      label: `${nameOf(p.id, p.name)} (you help)`,
      type: "circle",
      role: "contribution",
      personId: p.id,
      forceLabel: true,
    });
    g.addEdge("ect", n.key, { size: 1.5, color: "#8d95a5", type: "arrow", personId: p.id });
  }
  return g;
}
