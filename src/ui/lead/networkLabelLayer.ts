/**
 * The network graph's labels as sigma draws them: when a frame draws its first label, every node is
 * projected to the canvas and networkLabels.ts places the labels for that frame; sigma's label callback draws
 * only a placed label, in its placed box, over a white halo, and the corner note for flagged people
 * left unlabelled ("+1 in the list below") after them. The boxes drawn are exposed, in CSS
 * pixels from the canvas's top left, as JSON in the container's `data-label-boxes` (a canvas has
 * no text for a test to read).
 */
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { PlacedLabel } from "../../core/index.ts";
import { UNNAMED_NOTE, visibleControls } from "../../core/index.ts";
import { MUTED } from "../palette.ts";
import { NET_LABELS, placeNetworkLabels } from "./networkLabels.ts";
import type { NetLabelNode } from "./networkLabels.ts";
import type { NetEdge, NetNode } from "./toNetworkRenderGraph.ts";

export const LABEL_SIZE = 12;
const LABEL_FONT = `600 ${LABEL_SIZE}px system-ui, sans-serif`;
/** Unforced labels appear once a node is drawn at least this large (zoomed in). */
const WANTED_PX = 7;

interface Frame {
  /** Set before each frame: the placement is made when the first label is drawn (only then are the frame's node positions known). */
  stale: boolean;
  placed: Map<string, PlacedLabel>;
  readonly place: () => Map<string, PlacedLabel>;
}

/** Each renderer's labels for the frame being drawn, by its labels canvas. */
const frames = new WeakMap<CanvasRenderingContext2D, Frame>();

/** Places the labels once each frame, at its first label; returns the unsubscribe. */
export function placeEachFrame(sigma: Sigma<NetNode, NetEdge>, container: HTMLElement): () => void {
  const context = sigma.getCanvases().labels?.getContext("2d");
  if (!context) return () => undefined;
  const expose = (placed: readonly PlacedLabel[]) => {
    container.dataset.labelBoxes = JSON.stringify(
      placed.map(({ key, text, x, y, width, height }) => ({ key, text, x, y, width, height })),
    );
  };
  const place = () => {
    context.font = LABEL_FONT;
    const nodes: NetLabelNode[] = [];
    sigma.getGraph().forEachNode((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const size = sigma.scaleSize(d.size);
      nodes.push({
        key,
        text: visibleControls(d.label ?? ""),
        x: p.x,
        y: p.y,
        size,
        forced: d.forceLabel,
        wanted: size >= WANTED_PX,
        priority: d.zIndex,
        side: Reflect.get(d, "labelSide") === "left" ? "left" : "right",
      });
    });
    const placed = placeNetworkLabels(nodes, sigma.getDimensions(), (t) => context.measureText(t).width);
    expose(placed);
    // The nodes' discs too (as many as placement keeps clear of), so a test can check no label covers one.
    container.dataset.nodeBoxes = JSON.stringify(
      nodes.slice(0, NET_LABELS.maxObstacles).map(({ key, x, y, size }) => ({ key, x, y, radius: size })),
    );
    return new Map(placed.map((l) => [l.key, l]));
  };
  const frame: Frame = { stale: true, placed: new Map(), place };
  frames.set(context, frame);
  const before = () => {
    frame.stale = true;
  };
  // A frame that drew no label (an empty school, labels hidden while moving) shows none; sigma
  // draws only nodes' labels, so the note for flagged people left unlabelled is drawn here, after them.
  const after = () => {
    if (frame.stale) expose([]);
    else {
      const note = frame.placed.get(UNNAMED_NOTE);
      if (note) drawLabelText(context, note, MUTED);
    }
  };
  sigma.on("beforeRender", before);
  sigma.on("afterRender", after);
  return () => {
    sigma.off("beforeRender", before);
    sigma.off("afterRender", after);
  };
}

/** Draws a node's label where placeEachFrame put it, and nothing for a label with no room. */
export const drawPlacedLabel: NodeLabelDrawingFunction<NetNode, NetEdge> = (context, data) => {
  const key: unknown = Reflect.get(data, "key");
  const frame = frames.get(context);
  if (!frame || typeof key !== "string") return;
  if (frame.stale) {
    frame.placed = frame.place();
    frame.stale = false;
  }
  const label = frame.placed.get(key);
  if (label) drawLabelText(context, label, "#1f2a44");
};

/** A label's text in its placed box, over a white halo. */
function drawLabelText(context: CanvasRenderingContext2D, label: PlacedLabel, ink: string): void {
  context.font = LABEL_FONT;
  context.textBaseline = "middle";
  const x = label.x + NET_LABELS.padding;
  const y = label.y + label.height / 2;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(label.text, x, y);
  context.fillStyle = ink;
  context.fillText(label.text, x, y);
  context.textBaseline = "alphabetic";
}
