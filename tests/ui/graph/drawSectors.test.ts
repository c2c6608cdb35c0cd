import { describe, expect, it } from "vitest";
import { buildConstellation, buildNetwork, prepareAnalysis } from "../../../src/core/index.ts";
import type { SectorPen } from "../../../src/ui/graph/drawScene.ts";
import { drawSectors } from "../../../src/ui/graph/drawScene.ts";
import { sceneOf, toRenderGraph } from "../../../src/ui/graph/toRenderGraph.ts";
import { GAP_GREY } from "../../../src/ui/palette.ts";
import { settings } from "../../helpers/builders.ts";
import { importFixtures } from "../../helpers/files.ts";

type Op =
  | { readonly kind: "move" | "line"; readonly x: number; readonly y: number }
  | { readonly kind: "arc"; readonly from: number; readonly to: number }
  | { readonly kind: "close" };

interface Mark {
  readonly style: string;
  readonly width: number;
  readonly path: readonly Op[];
  /** The clip paths in force when the mark was made (a clip is drawing state; the path is not). */
  readonly clips: readonly (readonly Op[])[];
}

/** A 2D context that keeps the path and the clip as a canvas does, and records every stroke. */
class RecordingPen implements SectorPen {
  fillStyle: string | CanvasGradient | CanvasPattern = "#000000";
  strokeStyle: string | CanvasGradient | CanvasPattern = "#000000";
  lineWidth = 1;
  readonly strokes: Mark[] = [];
  private path: Op[] = [];
  private clips: (readonly Op[])[] = [];
  private readonly saved: (readonly Op[])[][] = [];
  beginPath(): void {
    this.path = [];
  }
  moveTo(x: number, y: number): void {
    this.path.push({ kind: "move", x, y });
  }
  lineTo(x: number, y: number): void {
    this.path.push({ kind: "line", x, y });
  }
  arc(_x: number, _y: number, _r: number, from: number, to: number): void {
    this.path.push({ kind: "arc", from, to });
  }
  closePath(): void {
    this.path.push({ kind: "close" });
  }
  fill(): void {}
  stroke(): void {
    const style = typeof this.strokeStyle === "string" ? this.strokeStyle : "pattern";
    this.strokes.push({ style, width: this.lineWidth, path: [...this.path], clips: [...this.clips] });
  }
  clip(): void {
    this.clips.push([...this.path]);
  }
  save(): void {
    this.saved.push([...this.clips]);
  }
  restore(): void {
    this.clips = this.saved.pop() ?? [];
  }
  setLineDash(): void {}
}

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const projection = { toPx: (p: { x: number; y: number }) => ({ x: 300 + p.x * 100, y: 300 - p.y * 100 }) };

function drawnFor(ectId: string) {
  const ect = prepared.ectAt(prepared.net.indexOf.get(ectId) ?? -1);
  if (!ect) throw new Error(`no ECT ${ectId} in the sample`);
  const scene = sceneOf(toRenderGraph(buildConstellation(prepared.ctx, ect), (_id, name) => name, false));
  if (!scene) throw new Error("no scene");
  const pen = new RecordingPen();
  drawSectors(pen, scene, projection);
  return { pen, scene };
}

/** The sector a wedge path outlines (centre, arc, close), by its angles as drawn. */
function wedgeAngles(path: readonly Op[]): { from: number; to: number } | undefined {
  const arcs = path.filter((op) => op.kind === "arc");
  const lines = path.filter((op) => op.kind === "line");
  const arc = arcs[0];
  return arcs.length === 1 && lines.length === 0 && arc?.kind === "arc" ? { from: arc.from, to: arc.to } : undefined;
}

describe("drawSectors", () => {
  it("should hatch only the empty sector, clipped to its wedge (Zofia: wellbeing is her one gap)", () => {
    const { pen, scene } = drawnFor("E05");
    const empty = scene.sectors.filter((s) => s.count === 0);
    expect(empty.map((s) => s.type)).toEqual(["psychosocial"]);
    // Stripes are straight lines; wedges and rims are arcs only.
    const striped = pen.strokes.filter((m) => m.path.some((op) => op.kind === "line"));
    expect(striped.length).toBeGreaterThan(0);
    for (const m of striped) {
      expect(m.clips).toHaveLength(1);
      expect(wedgeAngles(m.clips[0] ?? [])).toEqual({ from: -empty[0]!.from, to: -empty[0]!.to });
      expect(m.style).toBe(GAP_GREY);
    }
    // Every stroke outside a clip is a wedge's outline or a rim, never stripes across covered sectors.
    for (const m of pen.strokes.filter((s) => s.clips.length === 0)) {
      expect(m.path.filter((op) => op.kind === "line")).toEqual([]);
    }
  });

  it("should draw each covered sector's rim solid in its own colour and the gap's in grey", () => {
    const { pen, scene } = drawnFor("E05");
    const rims = pen.strokes.filter((m) => m.width === 4);
    expect(rims.map((m) => m.style === GAP_GREY)).toEqual(scene.sectors.map((s) => s.count === 0));
    // Each sector gets its white outline along its own wedge.
    const outlines = pen.strokes.filter((m) => m.style === "#ffffff");
    expect(outlines.map((m) => wedgeAngles(m.path))).toEqual(scene.sectors.map((s) => ({ from: -s.from, to: -s.to })));
  });

  it("should hatch nothing when every sector is covered", () => {
    const full = ["E01", "E02", "E03", "E04", "E06"]
      .map(drawnFor)
      .find((d) => d.scene.sectors.every((s) => s.count > 0));
    expect(full).toBeDefined();
    expect(full?.pen.strokes.some((m) => m.path.some((op) => op.kind === "line"))).toBe(false);
  });
});
