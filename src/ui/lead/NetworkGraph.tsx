/**
 * The network graph for a school. One sigma renderer; risk is drawn from the render graph's own
 * attributes (networkEncoding.ts), what-if highlighting by reducers over the immutable graph, and
 * labels placed each frame so none overlap or leave the canvas (networkLabelLayer.ts).
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import Graph from "graphology";
import { useCallback, useEffect, useMemo, useRef } from "react";
import Sigma from "sigma";
import { showGraph } from "../graph/showGraph.ts";
import { useSigma } from "../graph/useSigma.ts";
import { drawPlacedLabel, LABEL_SIZE, placeEachFrame } from "./networkLabelLayer.ts";
import { FILL, OUTLINE } from "./networkEncoding.ts";
import type { NetEdge, NetNode } from "./toNetworkRenderGraph.ts";

const BorderProgram = createNodeBorderProgram<NetNode, NetEdge>({
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
}

export function NetworkGraph({ graph, removed, changed, label }: Props) {
  const scenario = useRef({ removed, changed });
  // Which legend entries the drawing uses, and whose labels it always shows (the e2e test checks
  // each look is in the legend and each flagged person is labelled: a canvas has no text to read),
  // and how many people, which ECTs and how many supporter-to-person links it draws (its table
  // must list the same).
  const marks = useMemo(
    () => ({
      used: [...new Set(graph.mapNodes((_k, a) => a.legend))].sort().join(" "),
      labelled: graph.filterNodes((_k, a) => a.forceLabel).join(" "),
      people: graph.order,
      ects: graph.filterNodes((_k, a) => a.isEct).join(" "),
      pairs: new Set(graph.mapEdges((_e, _a, from, to) => `${from}\u0000${to}`)).size,
    }),
    [graph],
  );

  // The renderer is made when the graph first comes on screen (a WebGL context and its shaders
  // cost the main thread a noticeable moment), and drawn only while on screen: a frame of a large
  // graph costs real time (a second and more in software WebGL), and one below the fold helps
  // nobody. A new graph (another school, a filter) or a what-if waits until it is scrolled to.
  // Nor is it made in a hidden or zero-width container (useSigma waits for a size).
  const create = useCallback((element: HTMLElement) => {
    const sigma = new Sigma<NetNode, NetEdge>(new Graph<NetNode, NetEdge>(), element, {
      nodeProgramClasses: { border: BorderProgram },
      labelRenderedSizeThreshold: 7,
      labelSize: LABEL_SIZE,
      labelFont: "system-ui, sans-serif",
      labelWeight: "600",
      defaultDrawNodeLabel: drawPlacedLabel,
      zIndex: true,
      // Once made, a container hidden later (printing, a closed panel) waits rather than throws.
      allowInvalidContainer: true,
      nodeReducer: (_k, a) => {
        const { removed: out, changed: ch } = scenario.current;
        if (a.personId && out.has(a.personId))
          return { ...a, color: FILL.away, borderColor: FILL.away, label: a.label && `${a.label} (away)` };
        if (a.personId && ch.has(a.personId))
          return {
            ...a,
            borderColor: OUTLINE.changed.colour,
            borderSize: OUTLINE.changed.size,
            size: a.size * 1.5,
            zIndex: 4,
            forceLabel: a.label !== "",
          };
        return a;
      },
      edgeReducer: (_k, a) => {
        const { removed: out } = scenario.current;
        return out.has(a.from) || out.has(a.to) ? { ...a, hidden: true } : a;
      },
    });
    placeEachFrame(sigma, element);
    return { sigma };
  }, []);
  const { container, renderer, ensure, sized } = useSigma(create, "asked");

  const visible = useRef(typeof IntersectionObserver === "undefined");
  const pending = useRef<NetGraph | undefined>(undefined);
  const dirty = useRef(false);
  useEffect(() => {
    const sigma = visible.current ? ensure() : undefined;
    if (sigma) showGraph(sigma, graph, "network-drawn");
    else pending.current = graph; // off screen or not sized yet: catchUp draws it
  }, [graph, ensure]);

  // Draws what waited, once the graph is on screen and has a size.
  const catchUp = useCallback(() => {
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
  }, [ensure]);
  useEffect(() => {
    const el = container.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver(([entry]) => {
      visible.current = entry?.isIntersecting ?? true;
      catchUp();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [catchUp, container]);
  useEffect(() => {
    if (sized) catchUp();
  }, [sized, catchUp]);

  useEffect(() => {
    scenario.current = { removed, changed };
    if (visible.current && renderer.current) renderer.current.refresh({ skipIndexation: true });
    else dirty.current = true;
  }, [removed, changed, renderer]);

  return (
    <div
      ref={container}
      className="network-canvas"
      role="img"
      aria-label={label}
      data-testid="network-canvas"
      data-legend-used={marks.used}
      data-labelled={marks.labelled}
      data-drawn-people={marks.people}
      data-drawn-ects={marks.ects}
      data-drawn-pairs={marks.pairs}
    />
  );
}
