/**
 * Pure: a constellation and its layout → the graphology graph sigma draws, plus the scene around it
 * (sectors) that the canvas layers and the PNG draw. One node per person, keyed by the person's id
 * (the ECT's own id for the centre). A supporter's node is a pie of the kinds they give, ringed when
 * they assess or line-manage the ECT. Only this ECT's constellation is ever built for sigma,
 * whatever the size of the network.
 */
import Graph from "graphology";
import type { Constellation, SectorInfo, SupportType } from "../../core/index.ts";
import { ALL_TYPES, CORE_TYPES, centreClearance, layoutConstellation } from "../../core/index.ts";
import { GIVES_GREY, INK, MIXED_LINE, TYPE_COLOUR } from "../palette.ts";

/** Per kind of support: 1 when the person gives it (a pie slice), and the slice's colour. */
export type PieAttributes = { [K in SupportType as `pie_${K}`]?: number } & {
  [K in SupportType as `pieColour_${K}`]?: string;
};

export type RenderNode = PieAttributes & {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  /** The full name (or code, when names are hidden). */
  label: string;
  type: "circle" | "pie" | "pieRing";
  role: "ect" | "supporter" | "contribution";
  personId: string;
  /** Kinds shown on the node, registry order. */
  kinds: readonly SupportType[];
  /** Assesses or line-manages the ECT: drawn with a ring. */
  ring: boolean;
  zIndex?: number;
};

export interface RenderEdge {
  size: number;
  color: string;
  type: "line" | "arrow";
  personId: string;
  formal: boolean;
  zIndex?: number;
}

export type RenderGraph = Graph<RenderNode, RenderEdge>;

/** What is drawn around the nodes: the sectors, and the circle they fill. */
export interface RenderScene {
  readonly types: readonly SupportType[];
  readonly sectors: readonly SectorInfo[];
  readonly rimRadius: number;
  readonly ectKey: string;
}

/** Node radii in pixels, and how much a ring adds around a pie. */
export const SIZES = { ect: 20, supporter: 14, group: 16, contribution: 9, ring: 5, ringGap: 2 } as const;
/** Line widths: formal links plain thicker than informal ones at 100% zoom. */
export const LINE = { formal: 6, informal: 2, gives: 2 } as const;

const scenes = new WeakMap<RenderGraph, RenderScene>();

/** The scene a render graph was built with (undefined for a graph not made by toRenderGraph). */
export function sceneOf(graph: RenderGraph): RenderScene | undefined {
  return scenes.get(graph);
}

export function displayedTypes(includeCareer: boolean): SupportType[] {
  return includeCareer ? [...CORE_TYPES, "career"] : [...CORE_TYPES];
}

/** Air, in pixels, between the ECT's disc and the nearest supporter's. */
const CENTRE_GAP_PX = 4;

/**
 * The render graph of a constellation. `pxPerUnit` is the drawing's scale on screen, when known: on a
 * small drawing the inner rings move out so no supporter's disc touches the ECT's (centreClearance).
 */
export function toRenderGraph(
  c: Constellation,
  nameOf: (id: string, name: string) => string,
  includeCareer: boolean,
  pxPerUnit?: number,
): RenderGraph {
  const types = displayedTypes(includeCareer);
  // The ECT never supports themselves in their own picture: their id is the centre's key.
  const supporters = c.supporters.filter((s) => s.id !== c.ect.id);
  const supporterIds = new Set<string>(supporters.map((s) => s.id));
  const layout = layoutConstellation({
    types,
    providers: supporters.map((s) => ({ id: s.id, types: s.types })),
    // Someone the ECT both helps and is helped by is one node, with a line each way.
    contributions: c.contributions.filter((p) => !supporterIds.has(p.id) && p.id !== c.ect.id).map((p) => p.id),
    clearance:
      pxPerUnit === undefined
        ? undefined
        : centreClearance(pxPerUnit, SIZES.ect, SIZES.group + SIZES.ring + SIZES.ringGap, CENTRE_GAP_PX),
  });
  const g: RenderGraph = new Graph<RenderNode, RenderEdge>({ type: "directed", multi: false });
  const ect = c.ect.id;
  g.addNode(ect, {
    x: 0,
    y: 0,
    size: SIZES.ect,
    color: INK,
    label: nameOf(c.ect.id, c.ect.name),
    type: "circle",
    role: "ect",
    personId: ect,
    kinds: [],
    ring: false,
  });
  const byId = new Map<string, (typeof supporters)[number]>(supporters.map((s) => [s.id, s]));
  for (const n of layout.nodes) {
    const s = byId.get(n.personId);
    if (!s) continue;
    const base = s.isGroup ? SIZES.group : SIZES.supporter;
    const node: RenderNode = {
      x: n.x,
      y: n.y,
      // A ring is drawn inside the node's disc, so a ringed node grows by the ring to keep its pie the same size.
      size: s.powerful ? base + SIZES.ring + SIZES.ringGap : base,
      color: n.types.length === 1 ? TYPE_COLOUR[n.types[0] ?? "pedagogy"] : MIXED_LINE,
      label: nameOf(s.id, s.name),
      type: s.powerful ? "pieRing" : "pie",
      role: "supporter",
      personId: s.id,
      kinds: n.types,
      ring: s.powerful,
    };
    for (const t of ALL_TYPES) {
      node[`pie_${t}`] = n.types.includes(t) ? 1 : 0;
      node[`pieColour_${t}`] = TYPE_COLOUR[t];
    }
    // Someone whose kinds have no sector here (not counted) is a plain grey disc.
    if (n.types.length === 0) node.pieColour_pedagogy = GIVES_GREY;
    if (n.types.length === 0) node.pie_pedagogy = 1;
    g.addNode(s.id, node);
    const formal = s.links.some((l) => l.formality === "formal");
    g.addEdge(s.id, ect, {
      size: formal ? LINE.formal : LINE.informal,
      // One kind: its colour; several: neutral dark (the pie says which).
      color: n.types.length === 1 ? TYPE_COLOUR[n.types[0] ?? "pedagogy"] : MIXED_LINE,
      type: "line",
      personId: s.id,
      formal,
    });
  }
  for (const n of layout.contributions) {
    const p = c.contributions.find((x) => x.id === n.personId);
    if (!p) continue;
    g.addNode(p.id, {
      x: n.x,
      y: n.y,
      size: SIZES.contribution,
      color: GIVES_GREY,
      label: `${nameOf(p.id, p.name)} (you help)`,
      type: "circle",
      role: "contribution",
      personId: p.id,
      kinds: [],
      ring: false,
    });
  }
  for (const p of c.contributions)
    if (g.hasNode(p.id) && p.id !== ect)
      g.addEdge(ect, p.id, { size: LINE.gives, color: GIVES_GREY, type: "arrow", personId: p.id, formal: false });
  scenes.set(g, { types, sectors: layout.sectors, rimRadius: layout.rimRadius, ectKey: ect });
  return g;
}
