/**
 * The network graph for a school (or the per-school summary on large networks). One sigma
 * renderer; risk and what-if highlighting are reducers over the immutable render graph.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import Graph from "graphology";
import { useCallback, useEffect, useRef } from "react";
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

type NetGraph = Graph<NetNode, NetEdge>;

interface Props {
  readonly graph: NetGraph;
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

  // The renderer is made when the graph first comes on screen (a WebGL context and its shaders
  // cost the main thread a noticeable moment), and drawn only while on screen: a frame of a large
  // graph costs real time (a second and more in software WebGL), and one below the fold helps
  // nobody. A new graph (another school, a filter) or a what-if waits until it is scrolled to.
  const ensure = useCallback((): Sigma<NetNode, NetEdge> | undefined => {
    if (renderer.current || !container.current) return renderer.current;
    const sigma = new Sigma<NetNode, NetEdge>(new Graph() as unknown as NetGraph, container.current, {
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
    return sigma;
  }, []);
  useEffect(
    () => () => {
      renderer.current?.kill();
      renderer.current = undefined;
    },
    [],
  );

  const visible = useRef(typeof IntersectionObserver === "undefined");
  const pending = useRef<NetGraph | undefined>(undefined);
  const dirty = useRef(false);
  useEffect(() => {
    const sigma = visible.current ? ensure() : undefined;
    if (sigma) showGraph(sigma, graph, "network-drawn");
    else pending.current = graph;
  }, [graph, ensure]);

  useEffect(() => {
    const el = container.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? true;
      if (!visible.current) return;
      const sigma = ensure();
      if (!sigma) return;
      if (pending.current) {
        showGraph(sigma, pending.current, "network-drawn");
        pending.current = undefined;
        dirty.current = false;
      } else if (dirty.current) {
        dirty.current = false;
        sigma.refresh({ skipIndexation: true });
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ensure]);

  useEffect(() => {
    scenario.current = { removed, changed };
    if (visible.current && renderer.current) renderer.current.refresh({ skipIndexation: true });
    else dirty.current = true;
  }, [removed, changed]);

  return <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />;
}
