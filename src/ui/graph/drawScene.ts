/**
 * 2D canvas drawing of a constellation, shared by the screen and the PNG/print image: the sector
 * wedges behind, the placed labels (with a white halo and, when a label had to move away, a thin
 * leader line), the keyboard focus ring; and for the image, where there is no WebGL, the lines and
 * nodes too, drawn as sigma draws them (pies, rings, widths, colours).
 */
import type { PlacedLabel, SupportType } from "../../core/index.ts";
import { ALL_TYPES } from "../../core/index.ts";
import { EMPTY_WEDGE, FOCUS_FILL, GAP_GREY, INK, MUTED, RING, TYPE_COLOUR, WEDGE_ALPHA } from "../palette.ts";
import type { LabelStyle, Projection } from "./sceneLabels.ts";
import { UNNAMED_NOTE } from "./sceneLabels.ts";
import type { RenderGraph, RenderNode, RenderScene } from "./toRenderGraph.ts";
import { SIZES } from "./toRenderGraph.ts";

/** The part of a 2D context the sectors use: a real canvas context, or a recording one in tests. */
export type SectorPen = Pick<
  CanvasRenderingContext2D,
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "closePath"
  | "fill"
  | "stroke"
  | "clip"
  | "save"
  | "restore"
  | "setLineDash"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
>;

/** Faint wedges, one per sector, with a coloured rim; an empty one hatched grey with a dashed rim. */
export function drawSectors(ctx: SectorPen, scene: RenderScene, projection: Projection): void {
  const c = projection.toPx({ x: 0, y: 0 });
  const rim = projection.toPx({ x: scene.rimRadius, y: 0 }).x - c.x;
  for (const s of scene.sectors) {
    const empty = s.count === 0;
    // Layout angles turn counter-clockwise with y up; on the canvas y points down, so they flip sign.
    wedge(ctx, c.x, c.y, rim, -s.from, -s.to);
    ctx.fillStyle = empty ? EMPTY_WEDGE : `${TYPE_COLOUR[s.type]}${WEDGE_ALPHA}`;
    ctx.fill();
    if (empty) {
      hatch(ctx, c.x, c.y, rim);
      // The hatch replaced the current path (a path is not part of save/restore): draw the wedge
      // again, or the white outline below would stroke the stripes across every sector.
      wedge(ctx, c.x, c.y, rim, -s.from, -s.to);
    }
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(c.x, c.y, rim - 2, -s.from + 0.02, -s.to - 0.02);
    ctx.strokeStyle = empty ? GAP_GREY : TYPE_COLOUR[s.type];
    ctx.lineWidth = 4;
    ctx.setLineDash(empty ? [6, 5] : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

function wedge(ctx: SectorPen, cx: number, cy: number, r: number, from: number, to: number): void {
  ctx.beginPath();
  ctx.moveTo(cx, cy);
  ctx.arc(cx, cy, r, from, to);
  ctx.closePath();
}

/** Diagonal grey lines inside the current path; leaves no path behind. */
function hatch(ctx: SectorPen, cx: number, cy: number, r: number): void {
  ctx.save();
  ctx.clip();
  ctx.strokeStyle = GAP_GREY;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let d = -2 * r; d < 2 * r; d += 9) {
    ctx.moveTo(cx + d - r, cy - r);
    ctx.lineTo(cx + d + r, cy + r);
  }
  ctx.stroke();
  ctx.restore();
  ctx.beginPath();
}

export interface LabelLook {
  /** Dimmed while someone else is hovered. */
  readonly faded?: (key: string) => boolean;
}

export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  style: LabelStyle,
  look: LabelLook = {},
): void {
  ctx.font = style.font;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  // Leader lines first, under every label: from the node's edge to a label that had to move away.
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = 1;
  for (const l of labels) {
    if (l.key === UNNAMED_NOTE) continue;
    const near = nearestPoint(l, l.anchor.x, l.anchor.y);
    const gap = Math.hypot(near.x - l.anchor.x, near.y - l.anchor.y);
    if (gap < l.clearance + style.lineHeight * 0.6) continue;
    const from = l.clearance / gap;
    ctx.beginPath();
    ctx.moveTo(l.anchor.x + (near.x - l.anchor.x) * from, l.anchor.y + (near.y - l.anchor.y) * from);
    ctx.lineTo(near.x, near.y);
    ctx.stroke();
  }
  for (const l of labels) {
    const faded = look.faded?.(l.key) ?? false;
    const type = sectorType(l.key);
    ctx.globalAlpha = faded ? 0.35 : 1;
    ctx.fillStyle = "rgba(255,255,255,0.92)";
    roundRect(ctx, l.x, l.y, l.width, l.height, 4);
    ctx.fill();
    if (type) {
      // A sector's name carries its colour as a bar under it (text stays dark for contrast).
      ctx.fillStyle = TYPE_COLOUR[type];
      ctx.fillRect(l.x + style.padding, l.y + l.height - 3, l.width - 2 * style.padding, 3);
    }
    ctx.fillStyle = l.key.startsWith("gap:") || l.key === UNNAMED_NOTE ? MUTED : INK;
    ctx.fillText(l.text, l.x + style.padding, l.y + l.height / 2 + (type ? -1 : 0));
  }
  ctx.globalAlpha = 1;
}

function sectorType(key: string): SupportType | undefined {
  return ALL_TYPES.find((t) => key === `sector:${t}`);
}

function nearestPoint(b: PlacedLabel, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, b.x), b.x + b.width), y: Math.min(Math.max(y, b.y), b.y + b.height) };
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** The keyboard focus ring: yellow band inside a dark line, outside the node. */
export function drawFocusRing(ctx: CanvasRenderingContext2D, x: number, y: number, radius: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius + 5, 0, Math.PI * 2);
  ctx.strokeStyle = FOCUS_FILL;
  ctx.lineWidth = 5;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(x, y, radius + 8.5, 0, Math.PI * 2);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.stroke();
}

/** Lines and nodes as sigma draws them, for the image (no WebGL there). */
export function drawGraph(
  ctx: CanvasRenderingContext2D,
  graph: RenderGraph,
  projection: Projection,
  nodeScale = 1,
): void {
  graph.forEachEdge((_e, a, source, target) => {
    const s = projection.toPx(graph.getNodeAttributes(source));
    const t = projection.toPx(graph.getNodeAttributes(target));
    ctx.strokeStyle = a.color;
    ctx.lineWidth = a.size * nodeScale;
    ctx.beginPath();
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(t.x, t.y);
    ctx.stroke();
    if (a.type === "arrow") arrowHead(ctx, s, t, graph.getNodeAttribute(target, "size") * nodeScale, a.color);
  });
  graph.forEachNode((_k, n) => drawNode(ctx, n, projection.toPx(n), nodeScale));
}

export function drawNode(ctx: CanvasRenderingContext2D, n: RenderNode, at: { x: number; y: number }, scale = 1): void {
  const pie = (n.ring ? n.size - SIZES.ring - SIZES.ringGap : n.size) * scale;
  if (n.type === "circle") {
    disc(ctx, at.x, at.y, n.size * scale, n.color);
    return;
  }
  const given = ALL_TYPES.filter((t) => (n[`pie_${t}`] ?? 0) > 0);
  // Slices as the WebGL pie program draws them: from 3 o'clock, counter-clockwise, registry order.
  given.forEach((t, i) => {
    const from = (i * Math.PI * 2) / given.length;
    const to = ((i + 1) * Math.PI * 2) / given.length;
    ctx.beginPath();
    ctx.moveTo(at.x, at.y);
    ctx.arc(at.x, at.y, pie, -from, -to, true);
    ctx.closePath();
    ctx.fillStyle = n[`pieColour_${t}`] ?? TYPE_COLOUR[t];
    ctx.fill();
  });
  if (n.ring) {
    ctx.beginPath();
    ctx.arc(at.x, at.y, pie + (SIZES.ringGap * scale) / 2, 0, Math.PI * 2);
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = SIZES.ringGap * scale;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(at.x, at.y, pie + (SIZES.ringGap + SIZES.ring / 2) * scale, 0, Math.PI * 2);
    ctx.strokeStyle = RING;
    ctx.lineWidth = SIZES.ring * scale;
    ctx.stroke();
  }
}

function disc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
}

function arrowHead(
  ctx: CanvasRenderingContext2D,
  s: { x: number; y: number },
  t: { x: number; y: number },
  targetRadius: number,
  colour: string,
): void {
  const a = Math.atan2(t.y - s.y, t.x - s.x);
  const tipX = t.x - Math.cos(a) * targetRadius;
  const tipY = t.y - Math.sin(a) * targetRadius;
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - Math.cos(a - 0.45) * 10, tipY - Math.sin(a - 0.45) * 10);
  ctx.lineTo(tipX - Math.cos(a + 0.45) * 10, tipY - Math.sin(a + 0.45) * 10);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}
