/**
 * Pure: a school's people (NetworkGraphData of kind "people") → the graphology graph sigma draws,
 * with risk in the three encodings of networkEncoding.ts, flagged ECTs and carrying supporters
 * always labelled (preferring the side away from their school's centre; networkLabels.ts places
 * them when drawn), and the plain words of each mark for the list
 * beside the drawing.
 */
import Graph from "graphology";
import type { GraphPersonNode, NetworkGraphData } from "../../core/index.ts";
import { GAP_GREY } from "../palette.ts";
import type { Carrying, Concern } from "./networkEncoding.ts";
import { CARRYING_WORD, FILL, OUTLINE, SIZE } from "./networkEncoding.ts";
import type { Side } from "./networkLabels.ts";

export interface NetNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: "border";
  borderColor: string;
  borderSize: number;
  forceLabel: boolean;
  labelSide: Side;
  zIndex: number;
  personId: string;
  isEct: boolean;
  concern: Concern;
  carrying: Carrying;
  /** Which legend entry this node's look is (the e2e test checks each is in the legend). */
  legend: string;
}

export interface NetEdge {
  size: number;
  color: string;
  from: string;
  to: string;
}

export type PeopleGraphData = Extract<NetworkGraphData, { kind: "people" }>;

/** Labels longer than this end in an ellipsis on the canvas; the full name is in the list. */
const LABEL_CHARS = 26;

/** An ECT's fill: the same "needs a look" (urgent, or support missing) as the school tiles count. */
export function concernOf(n: GraphPersonNode): Concern {
  return n.isEct ? (n.worst ?? "none") : "none";
}

export function carryingOf(n: GraphPersonNode): Carrying {
  return n.keystone ? "keystone" : n.overCapacity ? "over" : "none";
}

/**
 * The words after a carrying supporter's name: each mark they carry, "keystone · over capacity" when
 * both (the legend promises "the label says which", and one word hid the other), "" when none.
 */
export function carryingWords(n: GraphPersonNode): string {
  const words: string[] = [];
  if (n.keystone) words.push(CARRYING_WORD.keystone);
  if (n.overCapacity) words.push(CARRYING_WORD.over);
  return words.join(" · ");
}

function shortLabel(s: string, chars = LABEL_CHARS): string {
  return s.length > chars ? `${s.slice(0, chars - 1)}…` : s;
}

/** A name followed by both marks is cut shorter, so the marks' words still fit the widest label. */
const LABEL_CHARS_WITH_TWO_MARKS = 18;

export function toNetworkRenderGraph(
  data: PeopleGraphData,
  nameOf: (id: string, name: string) => string,
  share: boolean,
): Graph<NetNode, NetEdge> {
  // People can have parallel links (several kinds, both directions).
  const g = new Graph<NetNode, NetEdge>({ type: "directed", multi: true });
  const idOf = new Map<number, string>();
  // 1. Each node's look from its flags.
  const nodes = data.nodes.map((n) => {
    idOf.set(n.key, n.id);
    const concern = concernOf(n);
    const carrying = carryingOf(n);
    // Marked (larger, filled or outlined) when it needs a look; labelled whenever anything is flagged.
    const marked = concern !== "none" || carrying !== "none";
    const flagged = marked || n.concerns.length > 0;
    const base = n.isEct ? SIZE.ect : n.isGroup ? SIZE.group : SIZE.staff;
    const fill = n.isEct
      ? concern === "critical"
        ? FILL.critical
        : concern === "warning"
          ? FILL.warning
          : FILL.ectFine
      : n.isGroup
        ? FILL.group
        : FILL.staff;
    const outline = carrying === "none" ? OUTLINE.thin : OUTLINE.thick;
    const name = share ? "" : nameOf(n.id, n.name);
    // The name is shortened, never the mark's word after it.
    const marks = carryingWords(n);
    const label =
      carrying === "none" || !name
        ? shortLabel(name)
        : `${shortLabel(name, n.keystone && n.overCapacity ? LABEL_CHARS_WITH_TWO_MARKS : LABEL_CHARS)} (${marks})`;
    const node: NetNode = {
      x: n.x,
      y: n.y,
      size: marked ? base * SIZE.flagged : base,
      color: fill,
      label,
      type: "border",
      borderColor: outline.colour,
      borderSize: outline.size,
      forceLabel: flagged && label !== "",
      labelSide: "right",
      zIndex: concern === "critical" ? 3 : marked ? 2 : flagged || n.isEct ? 1 : 0,
      personId: n.id,
      isEct: n.isEct,
      concern,
      carrying,
      legend:
        carrying !== "none"
          ? "carrying"
          : n.isEct
            ? concern === "none"
              ? "ect"
              : concern
            : n.isGroup
              ? "group"
              : "staff",
    };
    return { n, node };
  });
  // 2. Each label's preferred side: away from its school's centre, so a ring's inside stays clear.
  const centre = new Map<string, { sum: number; count: number }>();
  for (const { n } of nodes) {
    const c = centre.get(n.school ?? "") ?? { sum: 0, count: 0 };
    centre.set(n.school ?? "", { sum: c.sum + n.x, count: c.count + 1 });
  }
  for (const { n, node } of nodes) {
    const c = centre.get(n.school ?? "");
    const side: Side = c && n.x < c.sum / c.count ? "left" : "right";
    g.addNode(n.id, { ...node, labelSide: side });
  }
  // 3. Live links, pale so the marks on the people carry the picture.
  for (const [a, b] of data.edges) {
    const from = idOf.get(a);
    const to = idOf.get(b);
    if (from !== undefined && to !== undefined) g.addEdge(from, to, { size: 0.8, color: GAP_GREY, from, to });
  }
  return g;
}
