/**
 * Pure reducers for hover, selection and keyboard highlight: hover brings one person's node and
 * links forward and fades the rest; the keyboard-highlighted person is drawn larger (the canvas
 * layer adds a focus ring). The render graph is never mutated for appearance.
 */
import { ALL_TYPES } from "../../core/index.ts";
import { FADED } from "../palette.ts";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";

export interface Focus {
  /** Hovered, or focused in the table: their links stand out, everyone else fades. */
  readonly personId?: string | undefined;
  /** Walked to with the keyboard: drawn larger, with a focus ring. */
  readonly highlightedPersonId?: string | undefined;
}

/** How much larger the keyboard-highlighted node is drawn. */
export const HIGHLIGHT_SCALE = 1.35;

export function nodeStyle(attrs: RenderNode, focus: Focus): RenderNode {
  let out = attrs;
  if (focus.personId && attrs.role !== "ect") {
    if (attrs.personId === focus.personId) out = { ...out, size: out.size * 1.2, zIndex: 2 };
    else out = faded(out);
  }
  if (focus.highlightedPersonId && attrs.personId === focus.highlightedPersonId)
    out = { ...out, size: attrs.size * HIGHLIGHT_SCALE, zIndex: 3 };
  return out;
}

function faded(attrs: RenderNode): RenderNode {
  const out: RenderNode = { ...attrs, color: FADED, zIndex: 0 };
  for (const t of ALL_TYPES) if (out[`pieColour_${t}`]) out[`pieColour_${t}`] = FADED;
  return out;
}

export function edgeStyle(attrs: RenderEdge, focus: Focus): RenderEdge {
  if (!focus.personId) return attrs;
  if (attrs.personId === focus.personId) return { ...attrs, size: attrs.size + 1.5, zIndex: 2 };
  return { ...attrs, color: FADED, zIndex: 0 };
}
