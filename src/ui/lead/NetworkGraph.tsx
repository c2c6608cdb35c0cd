/**
 * The network graph for a school (or the per-school summary on large networks). One sigma
 * renderer; risk and what-if highlighting are reducers over the immutable render graph.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import type Graph from "graphology";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { NodeProgramType } from "sigma/rendering";
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
}

export function NetworkGraph({ graph, removed, changed, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NetNode, NetEdge> | undefined>(undefined);
  const scenario = useRef({ removed, changed });

  useEffect(() => {
    if (!container.current) return;
    const sigma = new Sigma<NetNode, NetEdge>(graph, container.current, {
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
    renderer.current = sigma;
    return () => {
      renderer.current = undefined;
      sigma.kill();
    };
  }, [graph]);

  useEffect(() => {
    scenario.current = { removed, changed };
    renderer.current?.refresh({ skipIndexation: true });
  }, [removed, changed]);

  return <div ref={container} className="network-canvas" role="img" aria-label={label} data-testid="network-canvas" />;
}
