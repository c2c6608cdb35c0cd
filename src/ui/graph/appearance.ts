/**
 * Pure reducers for hover and selection: highlight one person's links, fade the rest. The render
 * graph is never mutated for appearance.
 */
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";

export interface Focus {
  readonly personId?: string | undefined;
}

const FADED = "#e3e6ec";

export function nodeStyle(attrs: RenderNode, focus: Focus): RenderNode {
  if (!focus.personId || attrs.role === "ect" || attrs.role === "sector") return attrs;
  if (attrs.personId === focus.personId)
    return { ...attrs, size: attrs.size * 1.25, forceLabel: true, zIndex: 2 } as RenderNode;
  return {
    ...attrs,
    color: attrs.role === "gap" ? attrs.color : FADED,
    label: "",
    forceLabel: false,
    borderColor: FADED,
  };
}

export function edgeStyle(attrs: RenderEdge, focus: Focus): RenderEdge {
  if (!focus.personId) return attrs;
  if (attrs.personId === focus.personId) return { ...attrs, size: attrs.size + 1.5, zIndex: 2 } as RenderEdge;
  return { ...attrs, color: FADED };
}
