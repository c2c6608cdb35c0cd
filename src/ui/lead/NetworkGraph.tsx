/**
 * The network graph for a school (or the per-school summary on large networks). One sigma
 * renderer; risk and what-if highlighting are reducers over the immutable render graph.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import Graph from "graphology";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { NodeProgramType } from "sigma/rendering";
import { showGraph } from "../graph/showGraph.ts";
import type { NetEdge, NetNode } from "./toNetworkRenderGraph.ts";

const BorderProgram = createNodeBorderProgram({
  borders: [
    { size: { attribute: "borderSize", defaultValue: 0.4 }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

interface Props {
  readonly graph: Graph<NetNode, NetEdge>;
  /** People taken out in the what-if, and ECTs the scenario changes. */
  readonly removed: ReadonlySet<string>;
  readonly changed: ReadonlySet<string>;
  readonly label: string;
  /** On the per-school summary, clicking a school drills into it. */
  readonly onSchool?: ((school: string) => void) | undefined;
}

export function NetworkGraph({ graph, removed, changed, label, onSchool }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NetNode, NetEdge> | undefined>(undefined);
  const scenario = useRef({ removed, changed });
  const drill = useRef(onSchool);
  useEffect(() => {
    drill.current = onSchool;
  });

  useEffect(() => {
    if (!container.current) return;
    const sigma = new Sigma<NetNode, NetEdge>(new Graph() as unknown as typeof graph, container.current, {
      nodeProgramClasses: { border: BorderProgram as unknown as NodeProgramType<NetNode, NetEdge> },
      labelRenderedSizeThreshold: 7,
      labelSize: 12,
      labelFont: "system-ui, sans-serif",
      zIndex: true,
      nodeReducer: (_k, a) => {
        const { removed: out, changed: ch } = scenario.current;
        if (a.personId && out.has(a.personId))
          return { ...a, color: "#eceef2", borderColor: "#eceef2", label: `${a.label} (away)` };
        if (a.personId && ch.has(a.personId))
          return {
            ...a,
            type: "border",
            borderColor: "#a4262c",
            borderSize: 0.5,
            size: a.size * 1.5,
            zIndex: 2,
          } as NetNode;
        return a;
      },
      edgeReducer: (_k, a) => {
        const { removed: out } = scenario.current;
        return (a.from && out.has(a.from)) || (a.to && out.has(a.to)) ? ({ ...a, hidden: true } as NetEdge) : a;
      },
    });
    sigma.on("clickNode", ({ node }) => drill.current?.(node));
    renderer.current = sigma;
    return () => {
      renderer.current = undefined;
      sigma.kill();
    };
  }, []);

  // A new graph (another school, a filter) swaps into the same renderer.
  useEffect(() => {
    if (renderer.current) showGraph(renderer.current, graph, "mosaic:network-drawn");
  }, [graph]);

  // Redraw for a what-if only when the graph is on screen: a frame of a large graph costs the
  // main thread real time (more so in software WebGL), and an off-screen one helps nobody.
  const visible = useRef(true);
  const dirty = useRef(false);
  useEffect(() => {
    const el = container.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? true;
      if (visible.current && dirty.current) {
        dirty.current = false;
        renderer.current?.refresh({ skipIndexation: true });
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    scenario.current = { removed, changed };
    if (visible.current) renderer.current?.refresh({ skipIndexation: true });
    else dirty.current = true;
  }, [removed, changed]);

  return <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />;
}
