/**
 * Where the labels of a school's network graph go, in canvas pixels, so that no two overlap and
 * none leaves the canvas: the constellation's label placement (core's placeLabels) applied to free
 * node positions. Nodes are placed as sigma projects them at the moment of drawing, so the answer
 * holds at any zoom. Pure: the caller passes the text measure.
 */
import type { Box, NoteWords, PlacedLabel } from "../../core/index.ts";
import { counted, initialsOf, placeLabels, placeWithCornerNote } from "../../core/index.ts";

export type Side = "left" | "right";

export interface NetLabelNode {
  readonly key: string;
  readonly text: string;
  /** The node's centre and radius, in canvas pixels. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Flagged people are labelled first; others only when zoomed in far enough (`wanted`). */
  readonly forced: boolean;
  readonly wanted: boolean;
  /** Higher is placed first (the drawing's zIndex: the most serious first). */
  readonly priority: number;
  /** The side away from the node's school cluster, so a ring's inside stays clear. */
  readonly side: Side;
}

export interface NetLabelStyle {
  readonly lineHeight: number;
  readonly padding: number;
  /** The widest a label may be, in pixels (longer names end in an ellipsis; the full name is in the list). */
  readonly maxWidth: number;
  /** At most this many labels are placed, and this many nodes kept clear of: placement is O(labels × (labels + nodes)). */
  readonly maxLabels: number;
  readonly maxObstacles: number;
  /** The widest a label may be, as a share of the canvas width (whichever of the two is less). */
  readonly maxShare: number;
}

export const NET_LABELS: NetLabelStyle = {
  lineHeight: 17,
  padding: 3,
  // Wide enough for a name and both marks ("keystone · over capacity"), which the name gives way to.
  maxWidth: 340,
  maxLabels: 150,
  maxObstacles: 800,
  maxShare: 0.6,
};

/**
 * @param nodes every node drawn, in any order
 * @returns the labels drawn: a subset of the forced and wanted nodes with text, each box inside
 *   the canvas and clear of every other; and, when a flagged person in view has no label, a note
 *   (key UNNAMED_NOTE) in a corner: "+1 in the list below"
 */
export function placeNetworkLabels(
  nodes: readonly NetLabelNode[],
  canvas: { readonly width: number; readonly height: number },
  measure: (text: string) => number,
  style: NetLabelStyle = NET_LABELS,
): PlacedLabel[] {
  const onCanvas = (n: NetLabelNode) => n.x >= 0 && n.y >= 0 && n.x <= canvas.width && n.y <= canvas.height;
  const shown = nodes.filter(onCanvas);
  const requests = shown
    .filter((n) => n.text !== "" && (n.forced || n.wanted))
    // Forced first, then by priority, then larger nodes; the key breaks ties so the result is stable.
    .sort(
      (a, b) =>
        Number(b.forced) - Number(a.forced) ||
        b.priority - a.priority ||
        b.size - a.size ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .slice(0, style.maxLabels)
    .map((n) => ({
      key: n.key,
      text: n.text,
      // The marks are what the picture is for: the name gives way to them, down to its initials.
      ...marksOf(n.text),
      x: n.x,
      y: n.y,
      clearance: n.size,
      direction: n.side === "left" ? Math.PI : 0,
    }));
  const options = {
    width: canvas.width,
    height: canvas.height,
    lineHeight: style.lineHeight,
    padding: style.padding,
    measure,
    nodes: shown.slice(0, style.maxObstacles).map((n) => ({ x: n.x, y: n.y, radius: n.size })),
  };
  // Flagged people in view are never left off silently: those with no label are counted in a corner note.
  const flagged = shown.filter((n) => n.forced && n.text !== "").map((n) => n.key);
  const placePeople = (reserved: readonly Box[]) => {
    const { placed } = placeLabels(requests, {
      ...options,
      keepClear: reserved,
      // On a phone one long label would otherwise fence off a whole cluster.
      maxLabelWidth: Math.min(style.maxWidth, canvas.width * style.maxShare),
    });
    const named = new Set(placed.map((l) => l.key));
    return { placed, unnamed: flagged.filter((key) => !named.has(key)).length };
  };
  return placeWithCornerNote(placePeople, [], NOTE_WORDS, options);
}

/** "+1 in the list below" (the list "Who is marked in this picture" names everyone flagged). */
const NOTE_WORDS: NoteWords = {
  short: (count) => `+${count} in the list below`,
  full: (count) => `${counted(count, "more marked person is", "more marked people are")} named in the list below`,
};

/** "Dr Anthony Clarke (keystone)" → its tail " (keystone)" and initials "AC (keystone)"; a plain name → its initials. */
export function marksOf(text: string): { tail?: string; initials: string } {
  const m = /^(.*\S)( \([^()]+\))$/u.exec(text);
  const name = m?.[1];
  const tail = m?.[2];
  if (name === undefined || tail === undefined) return { initials: initialsOf(text) };
  const initials = initialsOf(name);
  return { tail, initials: initials ? initials + tail : "" };
}
