/**
 * PNG of the constellation with a title, the headline sentence, the date and a legend, drawn on a
 * canvas in the page (nothing leaves the device). The same drawing as on screen: sectors, lines, pies and rings, and
 * labels placed by the same placement, at the image's size. Print uses this image too.
 */
import type Sigma from "sigma";
import type { SupportType } from "../../core/index.ts";
import { fitCircle, toCanvas } from "../../core/index.ts";
import { drawGraph, drawLabels, drawSectors } from "./drawScene.ts";
import { drawLegend } from "./drawLegend.ts";
import type { HeaderText } from "./pngHeader.ts";
import { layoutHeader } from "./pngHeader.ts";
import { PNG_LABELS, placeSceneLabels } from "./sceneLabels.ts";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";
import { sceneOf } from "./toRenderGraph.ts";

const WIDTH = 1200;
const GRAPH_HEIGHT = 880;
const MARGIN = 32;
const LEGEND_FONT = "16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export async function constellationPng(
  renderer: Sigma<RenderNode, RenderEdge>,
  header: HeaderText,
  types: readonly SupportType[],
): Promise<Blob> {
  const graph = renderer.getGraph();
  const scene = sceneOf(graph);
  // The legend's and the header's heights depend on the width only: measure on a scratch canvas first.
  const scratch = context(document.createElement("canvas"));
  const legendHeight = drawLegend(scratch, types, MARGIN, 0, WIDTH - 2 * MARGIN, LEGEND_FONT);
  const top = layoutHeader(header, WIDTH, MARGIN, (t, font) => {
    scratch.font = font;
    return scratch.measureText(t).width;
  });
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = top.height + GRAPH_HEIGHT + legendHeight + 40;
  const ctx = context(canvas);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = "alphabetic";
  if (top.band) {
    ctx.fillStyle = top.band.fill;
    ctx.fillRect(top.band.x, top.band.y, top.band.width, top.band.height);
    ctx.fillStyle = top.band.accent;
    ctx.fillRect(top.band.x, top.band.y, 6, top.band.height);
  }
  for (const line of top.lines) {
    ctx.fillStyle = line.colour;
    ctx.font = line.font;
    ctx.fillText(line.text, line.x, line.y);
  }
  if (scene) {
    ctx.save();
    ctx.translate(0, top.height);
    const fit = fitCircle(WIDTH, GRAPH_HEIGHT, scene.rimRadius, PNG_LABELS.lineHeight + 8);
    const projection = { toPx: (p: { readonly x: number; readonly y: number }) => toCanvas(fit, p) };
    drawSectors(ctx, scene, projection);
    drawGraph(ctx, graph, projection, PNG_LABELS.nodeScale);
    ctx.font = PNG_LABELS.font;
    const labels = placeSceneLabels(
      graph,
      scene,
      projection,
      { width: WIDTH, height: GRAPH_HEIGHT },
      PNG_LABELS,
      (t) => ctx.measureText(t).width,
    );
    drawLabels(ctx, labels, PNG_LABELS);
    ctx.restore();
  }
  drawLegend(ctx, types, MARGIN, top.height + GRAPH_HEIGHT + 16, WIDTH - 2 * MARGIN, LEGEND_FONT);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The image could not be made."))), "image/png"),
  );
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the image (no 2D canvas).");
  return ctx;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
