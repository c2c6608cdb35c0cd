/**
 * PNG export of the constellation with a title, the date and a legend, drawn on a canvas in the
 * page (nothing leaves the device). Uses @sigma/export-image for the graph itself.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { SupportType } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";
import { INK, MUTED, RING, TYPE_COLOUR, TYPE_MARK } from "../palette.ts";

export async function constellationPng(
  renderer: Sigma<RenderNode, RenderEdge>,
  title: string,
  subtitle: string,
  types: readonly SupportType[],
): Promise<Blob> {
  const width = 1200;
  const graphHeight = 900;
  const graph = await drawOnCanvas(renderer as unknown as Sigma, {
    width,
    height: graphHeight,
    backgroundColor: "#ffffff",
    cameraState: { x: 0.5, y: 0.5, angle: 0, ratio: 1 },
    sigmaSettings: { stagePadding: 150, labelSize: 16 },
  });
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = graphHeight + 190;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  ctx.font = "600 30px system-ui, sans-serif";
  ctx.fillText(title, 32, 48);
  ctx.fillStyle = MUTED;
  ctx.font = "18px system-ui, sans-serif";
  ctx.fillText(subtitle, 32, 78);
  ctx.drawImage(graph, 0, 90, width, graphHeight);
  // Legend: colour plus letter for each type, then the ring and line meanings.
  let x = 32;
  const y = graphHeight + 130;
  ctx.font = "16px system-ui, sans-serif";
  for (const t of types) {
    ctx.fillStyle = TYPE_COLOUR[t];
    ctx.beginPath();
    ctx.arc(x + 10, y - 5, 10, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = "#ffffff";
    ctx.font = "bold 12px system-ui, sans-serif";
    ctx.fillText(TYPE_MARK[t], x + 6, y - 1);
    ctx.fillStyle = INK;
    ctx.font = "16px system-ui, sans-serif";
    const label = SUPPORT_TYPES[t].label;
    ctx.fillText(label, x + 26, y);
    x += 46 + ctx.measureText(label).width;
  }
  ctx.strokeStyle = RING;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.arc(42, y + 35, 9, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.fillText(
    "Ring: assesses or line-manages. Thick line: formal; thin: informal. Arrow out: support the ECT gives.",
    62,
    y + 40,
  );
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The image could not be made."))), "image/png"),
  );
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
