/**
 * PNG of the constellation with a title, the date and a legend, drawn on a canvas in the page
 * (nothing leaves the device). The same drawing as on screen: sectors, lines, pies and rings, and
 * labels placed by the same placement, at the image's size. Print uses this image too.
 */
import type Sigma from "sigma";
import type { SupportType } from "../../core/index.ts";
import { fitCircle, shorten, toCanvas, visibleControls } from "../../core/index.ts";
import { INK, MUTED } from "../palette.ts";
import { drawGraph, drawLabels, drawSectors } from "./drawScene.ts";
import { drawLegend } from "./drawLegend.ts";
import { PNG_LABELS, placeSceneLabels } from "./sceneLabels.ts";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";
import { sceneOf } from "./toRenderGraph.ts";

const WIDTH = 1200;
const GRAPH_HEIGHT = 880;
const TOP = 96;
const LEGEND_FONT = "16px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export async function constellationPng(
  renderer: Sigma<RenderNode, RenderEdge>,
  title: string,
  subtitle: string,
  types: readonly SupportType[],
): Promise<Blob> {
  const graph = renderer.getGraph();
  const scene = sceneOf(graph);
  // The legend's height depends on the width only: measure it on a scratch canvas first.
  const scratch = context(document.createElement("canvas"));
  const legendHeight = drawLegend(scratch, types, 32, 0, WIDTH - 64, LEGEND_FONT);
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = TOP + GRAPH_HEIGHT + legendHeight + 40;
  const ctx = context(canvas);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = INK;
  ctx.font = "600 30px system-ui, sans-serif";
  ctx.fillText(
    shorten(visibleControls(title), WIDTH - 64, (t) => ctx.measureText(t).width),
    32,
    48,
  );
  ctx.fillStyle = MUTED;
  ctx.font = "18px system-ui, sans-serif";
  ctx.fillText(
    shorten(visibleControls(subtitle), WIDTH - 64, (t) => ctx.measureText(t).width),
    32,
    78,
  );
  if (scene) {
    ctx.save();
    ctx.translate(0, TOP);
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
  drawLegend(ctx, types, 32, TOP + GRAPH_HEIGHT + 16, WIDTH - 64, LEGEND_FONT);
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
