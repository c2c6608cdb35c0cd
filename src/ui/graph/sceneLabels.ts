/**
 * The labels of one constellation drawing, placed for a canvas of a given size: the glue between
 * the render graph and the pure label placement in core. The screen and the PNG both call this with
 * their own projection (sigma's on screen, fitCircle's in the PNG), so both show the same labels.
 */
import type { Box, NoteWords, PlacedLabel, ScenePoint } from "../../core/index.ts";
import {
  constellationLabelRequests,
  counted,
  isSupportType,
  placeLabels,
  placeWithCornerNote,
  SUPPORT_TYPES,
  visibleControls,
} from "../../core/index.ts";
import { TYPE_MARK } from "../palette.ts";
import type { RenderGraph, RenderScene } from "./toRenderGraph.ts";

/** Layout units → canvas pixels. */
export interface Projection {
  readonly toPx: (p: { readonly x: number; readonly y: number }) => { x: number; y: number };
}

export interface LabelStyle {
  readonly font: string;
  readonly lineHeight: number;
  readonly padding: number;
  /** The widest a label may be, as a share of the canvas width and in pixels (whichever is less). */
  readonly maxShare: number;
  readonly maxWidth: number;
  /**
   * The widest a sector's name may be, as a share of the canvas width: wider than a person's, as
   * there are only four and they are placed first, so "S · How this school works" stays whole on a phone.
   */
  readonly sectorShare: number;
  /** Nodes are drawn this much larger than their render size (the image is bigger than the screen). */
  readonly nodeScale: number;
}

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const SCREEN_LABELS: LabelStyle = {
  font: `600 13px ${FONT_FAMILY}`,
  lineHeight: 19,
  padding: 3,
  maxShare: 0.42,
  maxWidth: 230,
  sectorShare: 0.66,
  nodeScale: 1,
};
export const PNG_LABELS: LabelStyle = {
  font: `600 17px ${FONT_FAMILY}`,
  lineHeight: 24,
  padding: 4,
  maxShare: 0.3,
  maxWidth: 330,
  sectorShare: 0.4,
  nodeScale: 1.4,
};

/** "W · Wellbeing and belonging": the letter is the non-colour cue, as on the tiles and in the table. */
export function sectorName(type: RenderScene["types"][number]): string {
  return `${TYPE_MARK[type]} · ${SUPPORT_TYPES[type].label}`;
}

/** "W · Wellbeing": the type's short word, for a sector whose full name does not fit. */
export function shortSectorName(type: RenderScene["types"][number]): string {
  const short = SUPPORT_TYPES[type].short;
  return `${TYPE_MARK[type]} · ${short.charAt(0).toUpperCase()}${short.slice(1)}`;
}

export const NO_ONE_YET = "no one yet";

export function placeSceneLabels(
  graph: RenderGraph,
  scene: RenderScene,
  projection: Projection,
  canvas: { readonly width: number; readonly height: number },
  style: LabelStyle,
  measure: (text: string) => number,
): PlacedLabel[] {
  const point = (key: string): ScenePoint | undefined => {
    if (!graph.hasNode(key)) return undefined;
    const a = graph.getNodeAttributes(key);
    return { key, text: visibleControls(a.label), radius: a.size * style.nodeScale, ...projection.toPx(a) };
  };
  const ect = point(scene.ectKey);
  if (!ect) return [];
  const people = graph
    .filterNodes((key) => key !== scene.ectKey)
    .flatMap((key) => {
      const p = point(key);
      return p ? [p] : [];
    });
  const maxLabelWidth = Math.min(style.maxWidth, canvas.width * style.maxShare);
  const sectorWidth = Math.max(maxLabelWidth, Math.min(style.maxWidth * 1.5, canvas.width * style.sectorShare));
  const [ectLabel, ...rest] = constellationLabelRequests({
    centre: { x: ect.x, y: ect.y },
    ect,
    sectorNames: scene.sectors.map((s) => ({
      key: `sector:${s.type}`,
      text: sectorName(s.type),
      radius: 0,
      ...projection.toPx(s.rim),
    })),
    gapNotes: scene.sectors
      .filter((s) => s.count === 0)
      .map((s) => ({ key: `gap:${s.type}`, text: NO_ONE_YET, radius: 0, ...projection.toPx(s.gap) })),
    people,
  });
  const options = {
    width: canvas.width,
    height: canvas.height,
    lineHeight: style.lineHeight,
    padding: style.padding,
    measure,
    // No label covers a person, the ECT included; one may stand off from its node, joined by a line.
    nodes: [ect, ...people],
    reach: 4,
  };
  // In the same order as one pass (the ECT, sector names, then the rest), in three, as sector names
  // may be wider: each pass keeps clear of the labels placed before it.
  const isSector = (key: string) => key.startsWith("sector:");
  const first = placeLabels(ectLabel ? [ectLabel] : [], { ...options, maxLabelWidth }).placed;
  // A sector's name whole where it finds room, else its short name ("W · Wellbeing"), shortened only then.
  const sectors: PlacedLabel[] = [];
  for (const r of rest.filter((r) => isSector(r.key))) {
    const place = (text: string) =>
      placeLabels([{ ...r, text }], {
        ...options,
        keepClear: [...first, ...sectors],
        maxLabelWidth: sectorWidth,
      }).placed;
    const whole = place(r.text).filter((l) => l.text === r.text);
    const type = r.key.slice("sector:".length);
    sectors.push(...(whole.length > 0 || !isSupportType(type) ? whole : place(shortSectorName(type))));
  }
  const personRequests = rest.filter((r) => !isSector(r.key));
  const placePeople = (reserved: readonly Box[]) => {
    const { placed, unplaced } = placeLabels(personRequests, {
      ...options,
      keepClear: [...first, ...sectors, ...reserved],
      maxLabelWidth,
    });
    return { placed, unnamed: unplaced.filter((key) => graph.hasNode(key)).length + (first.length === 0 ? 1 : 0) };
  };
  return [...first, ...sectors, ...placeWithCornerNote(placePeople, [...first, ...sectors], NOTE_WORDS, options)];
}

/** "+3 in the table" fits the corner a crowded drawing leaves; on hover, in words. */
const NOTE_WORDS: NoteWords = {
  short: (count) => `+${count} in the table`,
  full: (count) => `${counted(count, "more person is", "more people are")} named in the table`,
};

/** The note's key, so the drawing can tell it from a person's label. */
export { UNNAMED_NOTE } from "../../core/index.ts";
