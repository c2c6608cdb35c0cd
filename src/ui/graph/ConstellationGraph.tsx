/**
 * The constellation drawn with sigma. One renderer per mounted graph, killed on unmount; hover and
 * focus are reducers over the immutable render graph (refresh skips re-indexing).
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import { useEffect, useRef, useState } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import type { NodeProgramType } from "sigma/rendering";
import type { Focus } from "./appearance.ts";
import { whenSized } from "./hasSize.ts";
import { showGraph } from "./showGraph.ts";
import { edgeStyle, nodeStyle } from "./appearance.ts";
import type { RenderEdge, RenderGraph, RenderNode } from "./toRenderGraph.ts";

/** A ring for supporters who assess or line-manage the ECT; gap markers use the same program. */
const BorderProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: "borderSize", defaultValue: 0.28 }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

interface Props {
  readonly graph: RenderGraph;
  readonly focus: Focus;
  readonly onHover: (personId: string | undefined) => void;
  readonly onSelect: (personId: string) => void;
  readonly onRenderer?: (renderer: Sigma<RenderNode, RenderEdge> | undefined) => void;
  readonly label: string;
  /** The person a keyboard walk is at (ConstellationWalk): drawn highlighted. */
  readonly highlightedPersonId?: string | undefined;
}

export function ConstellationGraph({ graph, focus, onHover, onSelect, onRenderer, label, highlightedPersonId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<RenderNode, RenderEdge> | undefined>(undefined);
  // Until the walk's own drawing lands, the walked person is shown as hover shows them.
  const shown =
    highlightedPersonId && !graph.someNode((_k, a) => a.role === "ect" && a.personId === highlightedPersonId)
      ? { personId: highlightedPersonId }
      : focus;
  const focusRef = useRef(shown);
  // sigma cannot be made in a hidden or zero-width container: wait until it has a size.
  const [sized, setSized] = useState(false);
  useEffect(() => (container.current ? whenSized(container.current, () => setSized(true)) : undefined), []);
  const handlers = useRef({ onHover, onSelect, onRenderer });

  useEffect(() => {
    handlers.current = { onHover, onSelect, onRenderer };
  });

  // One renderer for the life of the view (WebGL contexts and shaders are costly to make);
  // a new constellation only swaps its graph.
  useEffect(() => {
    if (!container.current || !sized) return;
    const sigma = new Sigma<RenderNode, RenderEdge>(new Graph() as unknown as RenderGraph, container.current, {
      nodeProgramClasses: { border: BorderProgram as unknown as NodeProgramType<RenderNode, RenderEdge> },
      defaultEdgeType: "line",
      renderEdgeLabels: false,
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: "#1f2a44" },
      labelRenderedSizeThreshold: 0,
      zIndex: true,
      stagePadding: 60,
      nodeReducer: (_key, attrs) => nodeStyle(attrs, focusRef.current),
      edgeReducer: (_key, attrs) => edgeStyle(attrs, focusRef.current),
      allowInvalidContainer: true,
    });
    const personAt = (node: string) => {
      const g = sigma.getGraph();
      return g.getNodeAttribute(node, "role") === "ect" ? undefined : g.getNodeAttribute(node, "personId");
    };
    sigma.on("enterNode", ({ node }) => handlers.current.onHover(personAt(node)));
    sigma.on("leaveNode", () => handlers.current.onHover(undefined));
    sigma.on("clickNode", ({ node }) => {
      const id = personAt(node);
      if (id) handlers.current.onSelect(id);
    });
    renderer.current = sigma;
    handlers.current.onRenderer?.(sigma);
    return () => {
      handlers.current.onRenderer?.(undefined);
      renderer.current = undefined;
      sigma.kill();
    };
  }, [sized]);

  useEffect(() => {
    if (renderer.current) showGraph(renderer.current, graph, "drawn");
  }, [graph, sized]);

  const shownId = shown.personId;
  useEffect(() => {
    focusRef.current = { personId: shownId };
    renderer.current?.refresh({ skipIndexation: true });
  }, [shownId]);

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="constellation-canvas" />
  );
}
