/**
 * The constellation drawn with sigma. One renderer per mounted graph (useSigma), killed on unmount; hover,
 * focus and keyboard highlight are reducers over the immutable render graph (refresh skips
 * re-indexing). Sigma draws the lines and the nodes (pies, ringed pies); two 2D canvas layers of
 * ours draw the sector wedges behind and the labels in front, placed so they never overlap or leave
 * the canvas. The camera is fixed: the whole constellation always fits, so labels stay where placed.
 *
 * Node keys are person ids (the ECT's id for the centre): one node per person. The labels actually
 * drawn are exposed, in CSS pixels from the canvas's top left, as JSON in `data-label-boxes`, and
 * the nodes' discs in `data-node-boxes`.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import { createNodePiechartProgram } from "@sigma/node-piechart";
import { useCallback, useEffect, useRef } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { createNodeCompoundProgram } from "sigma/rendering";
import type { PlacedLabel, SupportType } from "../../core/index.ts";
import { ALL_TYPES, RIM_RADIUS, visibleControls } from "../../core/index.ts";
import { RING } from "../palette.ts";
import type { Focus } from "./appearance.ts";
import { edgeStyle, HIGHLIGHT_SCALE, nodeStyle } from "./appearance.ts";
import { drawFocusRing, drawLabels, drawSectors } from "./drawScene.ts";
import { placeSceneLabels, SCREEN_LABELS } from "./sceneLabels.ts";
import { showGraph } from "./showGraph.ts";
import type { RenderEdge, RenderGraph, RenderNode } from "./toRenderGraph.ts";
import { sceneOf, SIZES } from "./toRenderGraph.ts";
import type { MadeRenderer } from "./useSigma.ts";
import { useSigma } from "./useSigma.ts";

/** A pie of the kinds a person gives: one slice per kind, in the kind's colour (0 = no slice). */
const slice = (t: SupportType) => ({ color: { attribute: `pieColour_${t}` }, value: { attribute: `pie_${t}` } });
const [FIRST_TYPE, ...OTHER_TYPES] = ALL_TYPES;
const PieProgram = createNodePiechartProgram<RenderNode, RenderEdge>({
  defaultColor: "#8d95a5",
  slices: [slice(FIRST_TYPE), ...OTHER_TYPES.map(slice)],
});

/** The same pie inside a dark ring (with a thin white gap), for those who assess or line-manage. */
const RingProgram = createNodeBorderProgram<RenderNode, RenderEdge>({
  borders: [
    { size: { value: SIZES.ring, mode: "pixels" }, color: { value: RING } },
    { size: { value: SIZES.ringGap, mode: "pixels" }, color: { value: "#ffffff" } },
    { size: { fill: true }, color: { transparent: true } },
  ],
});
const PieRingProgram = createNodeCompoundProgram<RenderNode, RenderEdge>([PieProgram, RingProgram]);

interface Props {
  readonly graph: RenderGraph;
  readonly focus: Focus;
  readonly onHover: (personId: string | undefined) => void;
  readonly onSelect: (personId: string) => void;
  readonly onRenderer?: (renderer: Sigma<RenderNode, RenderEdge> | undefined) => void;
  readonly label: string;
  /** Walked to with the keyboard: drawn larger with a focus ring. */
  readonly highlightedPersonId?: string | undefined;
  /** The drawing's scale, pixels per layout unit, told once drawn and on each resize (for the layout's clearance). */
  readonly onScale?: ((pxPerUnit: number) => void) | undefined;
}

const SECTORS_LAYER = "mosaicSectors";
const LABELS_LAYER = "mosaicLabels";

export function ConstellationGraph({
  graph,
  focus,
  onHover,
  onSelect,
  onRenderer,
  label,
  highlightedPersonId,
  onScale,
}: Props) {
  const focusRef = useRef<Focus>({ ...focus, highlightedPersonId });
  const handlers = useRef({ onHover, onSelect, onRenderer, onScale });

  useEffect(() => {
    handlers.current = { onHover, onSelect, onRenderer, onScale };
  });

  // One renderer for the life of the view, made once the container has a size (useSigma); a new
  // constellation only swaps its graph.
  const create = useCallback((element: HTMLElement): MadeRenderer<RenderNode, RenderEdge> => {
    const sigma = new Sigma<RenderNode, RenderEdge>(new Graph<RenderNode, RenderEdge>(), element, {
      nodeProgramClasses: { pie: PieProgram, pieRing: PieRingProgram },
      defaultEdgeType: "line",
      renderLabels: false,
      renderEdgeLabels: false,
      // Our label layer names people; sigma's hover box would draw a second, unplaced label.
      defaultDrawNodeHover: () => undefined,
      enableCameraZooming: false,
      enableCameraPanning: false,
      enableCameraRotation: false,
      zIndex: true,
      stagePadding: SCREEN_LABELS.lineHeight + 6,
      nodeReducer: (_key, attrs) => nodeStyle(attrs, focusRef.current),
      edgeReducer: (_key, attrs) => edgeStyle(attrs, focusRef.current),
      allowInvalidContainer: true,
    });
    // The wedges' circle, not the nodes' extent, fills the view: the ECT stays centred whoever is there.
    sigma.setCustomBBox({ x: [-RIM_RADIUS, RIM_RADIUS], y: [-RIM_RADIUS, RIM_RADIUS] });
    const backCanvas = sigma.createCanvas(SECTORS_LAYER, { beforeLayer: "edges" });
    const frontCanvas = sigma.createCanvas(LABELS_LAYER, { afterLayer: "hoverNodes" });
    sigma.resize(true);

    let placed: { graph: RenderGraph; width: number; height: number; labels: PlacedLabel[] } | undefined;
    const draw = () => {
      const { width, height } = sigma.getDimensions();
      const back = layerContext(backCanvas, width, height);
      const front = layerContext(frontCanvas, width, height);
      if (!back || !front) return;
      const g = sigma.getGraph();
      const scene = sceneOf(g);
      if (!scene || width < 2 || height < 2) return;
      const projection = { toPx: (p: { readonly x: number; readonly y: number }) => sigma.graphToViewport(p) };
      drawSectors(back, scene, projection);
      // Placement is redone only for a new graph or size; hover and highlight keep labels where they are.
      if (!placed || placed.graph !== g || placed.width !== width || placed.height !== height) {
        front.font = SCREEN_LABELS.font;
        const labels = placeSceneLabels(g, scene, projection, { width, height }, SCREEN_LABELS, (t) => {
          return front.measureText(t).width;
        });
        placed = { graph: g, width, height, labels };
        element.dataset.labelBoxes = JSON.stringify(
          labels.map((l) => ({ key: l.key, text: l.text, x: l.x, y: l.y, width: l.width, height: l.height })),
        );
        element.dataset.nodeKeys = JSON.stringify(g.nodes());
        // Each node's disc as drawn, so a test can check no label covers a person.
        element.dataset.nodeBoxes = JSON.stringify(
          g.mapNodes((key, a) => ({ key, ...projection.toPx(a), radius: a.size })),
        );
      }
      const { personId, highlightedPersonId: walked } = focusRef.current;
      // The walk's ring first, then the labels over it: a name beside the walked node stays whole.
      if (walked && g.hasNode(walked)) {
        const at = sigma.graphToViewport(g.getNodeAttributes(walked));
        drawFocusRing(front, at.x, at.y, g.getNodeAttribute(walked, "size") * HIGHLIGHT_SCALE);
      }
      drawLabels(front, placed.labels, SCREEN_LABELS, {
        faded: (key) => personId !== undefined && g.hasNode(key) && key !== personId && key !== scene.ectKey,
      });
    };
    sigma.on("afterRender", draw);
    // The custom box fixes the scale: the wedges' circle fills the view whoever is drawn.
    const tellScale = () => {
      const scale = sigma.graphToViewport({ x: 1, y: 0 }).x - sigma.graphToViewport({ x: 0, y: 0 }).x;
      if (scale > 0) handlers.current.onScale?.(scale);
    };
    sigma.on("resize", () => {
      sigma.refresh({ skipIndexation: true });
      tellScale();
    });

    const personAt = (node: string) => {
      const g = sigma.getGraph();
      return g.getNodeAttribute(node, "role") === "ect" ? undefined : g.getNodeAttribute(node, "personId");
    };
    let hovered = false;
    sigma.on("enterNode", ({ node }) => {
      hovered = true;
      // The full name on hover, bidi controls shown, however short its label had to be.
      element.title = visibleControls(sigma.getGraph().getNodeAttribute(node, "label"));
      handlers.current.onHover(personAt(node));
    });
    sigma.on("leaveNode", () => {
      hovered = false;
      element.removeAttribute("title");
      handlers.current.onHover(undefined);
    });
    sigma.on("clickNode", ({ node }) => {
      const id = personAt(node);
      if (id) handlers.current.onSelect(id);
    });
    // A shortened label shows its full text on hover too.
    const onMove = (e: MouseEvent) => {
      if (!placed) return;
      const r = element.getBoundingClientRect();
      const x = e.clientX - r.left;
      const y = e.clientY - r.top;
      const hit = placed.labels.find((l) => x >= l.x && x <= l.x + l.width && y >= l.y && y <= l.y + l.height);
      if (hit) element.title = hit.full;
      else if (!hovered) element.removeAttribute("title");
    };
    element.addEventListener("mousemove", onMove);
    handlers.current.onRenderer?.(sigma);
    tellScale();
    return {
      sigma,
      dispose: () => {
        element.removeEventListener("mousemove", onMove);
        handlers.current.onRenderer?.(undefined);
      },
    };
  }, []);
  const { container, renderer, sized } = useSigma(create, "sized");

  useEffect(() => {
    if (renderer.current) showGraph(renderer.current, graph, "drawn");
  }, [graph, sized, renderer]);

  useEffect(() => {
    focusRef.current = { ...focus, highlightedPersonId };
    renderer.current?.refresh({ skipIndexation: true });
  }, [focus, highlightedPersonId, renderer]);

  return (
    <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="constellation-canvas" />
  );
}

/** A layer's 2D context, its pixels matched to the view's size and the screen's pixel ratio, cleared. */
function layerContext(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext("2d");
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx?.clearRect(0, 0, width, height);
  return ctx;
}
