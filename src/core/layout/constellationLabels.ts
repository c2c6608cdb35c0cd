/**
 * The labels of a constellation drawing, in the order they are placed (most important first): the
 * ECT, the sector names at the rim, "no one yet" in empty sectors, the supporters, then those the
 * ECT helps. Each person's label would rather sit on the side away from the ECT, where there is
 * room, and falls back to their initials before going unnamed. Also how a layout fits a canvas, for drawings made without sigma (PNG, print). Pure.
 */
import type { LabelRequest } from "./labelPlacement.ts";
import { initialsOf } from "./labelPlacement.ts";

/** Something drawn at a point, in canvas pixels. */
export interface ScenePoint {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** The node's radius in pixels (0 for a sector name or note). */
  readonly radius: number;
}

export interface SceneLabels {
  readonly centre: { readonly x: number; readonly y: number };
  readonly ect: ScenePoint;
  readonly sectorNames: readonly ScenePoint[];
  readonly gapNotes: readonly ScenePoint[];
  readonly people: readonly ScenePoint[];
}

export function constellationLabelRequests(scene: SceneLabels): LabelRequest[] {
  const away = (p: ScenePoint) => Math.atan2(p.y - scene.centre.y, p.x - scene.centre.x);
  return [
    { ...request(scene.ect), direction: Math.PI / 2, initials: initialsOf(scene.ect.text) },
    ...scene.sectorNames.map((s) => ({ ...request(s), direction: away(s), centred: true })),
    ...scene.gapNotes.map((s) => ({ ...request(s), direction: away(s), centred: true })),
    ...scene.people.map((p) => ({ ...request(p), direction: away(p), initials: initialsOf(p.text) })),
  ];
}

function request(p: ScenePoint): Omit<LabelRequest, "direction"> {
  return { key: p.key, text: p.text, x: p.x, y: p.y, clearance: p.radius };
}

export interface Fit {
  readonly cx: number;
  readonly cy: number;
  /** Pixels per layout unit. */
  readonly scale: number;
}

/** A circle of `radius` layout units centred in a `width` × `height` canvas, `margin` pixels clear of its edges. */
export function fitCircle(width: number, height: number, radius: number, margin: number): Fit {
  return { cx: width / 2, cy: height / 2, scale: Math.max(1, Math.min(width, height) / 2 - margin) / radius };
}

/** A layout point on the canvas (layout y points up, canvas y down). */
export function toCanvas(fit: Fit, p: { readonly x: number; readonly y: number }): { x: number; y: number } {
  return { x: fit.cx + p.x * fit.scale, y: fit.cy - p.y * fit.scale };
}
