/**
 * The deterministic radial layout of a constellation: the ECT at the centre, one sector per support
 * type, so an empty sector *is* the gap. A supporter who covers several types is drawn once per
 * type. What the ECT gives to others sits on an outer ring below. Pure: positions only.
 */
import type { SupportType } from "../model/supportTypes.ts";

export interface LayoutInput {
  readonly types: readonly SupportType[];
  readonly providers: readonly { readonly id: string; readonly types: readonly SupportType[] }[];
  readonly contributions: readonly string[];
}

export interface PlacedNode {
  readonly key: string;
  readonly personId: string;
  readonly type?: SupportType;
  readonly x: number;
  readonly y: number;
}

export interface SectorInfo {
  readonly type: SupportType;
  /** Centre angle in radians (0 = right, counter-clockwise). */
  readonly angle: number;
  readonly label: { readonly x: number; readonly y: number };
  /** Where the "no one yet" marker goes when the sector is empty. */
  readonly gap: { readonly x: number; readonly y: number };
  readonly count: number;
}

export interface ConstellationLayout {
  readonly nodes: readonly PlacedNode[];
  readonly contributions: readonly PlacedNode[];
  readonly sectors: readonly SectorInfo[];
}

const RADIUS = 1;
const LABEL_RADIUS = 1.45;
/** Sectors leave a margin either side so that neighbouring sectors' people never touch. */
const MARGIN = 0.12;

export function nodeKey(personId: string, type: SupportType): string {
  return `${personId}::${type}`;
}

export function layoutConstellation(input: LayoutInput): ConstellationLayout {
  const n = input.types.length;
  const span = (Math.PI * 2 * 0.8) / Math.max(1, n);
  // Sectors fill the upper 80% of the circle, clockwise from top-left; contributions take the bottom.
  const start = Math.PI / 2 + (Math.PI * 2 * 0.8) / 2;
  const nodes: PlacedNode[] = [];
  const sectors: SectorInfo[] = input.types.map((type, i) => {
    const from = start - i * span;
    const centre = from - span / 2;
    const providers = input.providers.filter((p) => p.types.includes(type));
    providers.forEach((p, j) => {
      const t = providers.length === 1 ? 0.5 : MARGIN + ((1 - 2 * MARGIN) * j) / (providers.length - 1);
      const angle = from - t * span;
      // Alternate radii when a sector is crowded, so labels do not sit on each other.
      const r = RADIUS * (providers.length > 3 && j % 2 === 1 ? 1.22 : 1);
      nodes.push({
        key: nodeKey(p.id, type),
        personId: p.id,
        type,
        x: round(r * Math.cos(angle)),
        y: round(r * Math.sin(angle)),
      });
    });
    return {
      type,
      angle: centre,
      label: { x: round(LABEL_RADIUS * Math.cos(centre)), y: round(LABEL_RADIUS * Math.sin(centre)) },
      gap: { x: round(RADIUS * Math.cos(centre)), y: round(RADIUS * Math.sin(centre)) },
      count: providers.length,
    };
  });
  const m = input.contributions.length;
  const bottom = -Math.PI / 2;
  const arc = Math.PI * 2 * 0.2 * 0.8;
  const contributions = input.contributions.map((id, j) => {
    const angle = m === 1 ? bottom : bottom - arc / 2 + (arc * j) / (m - 1);
    return { key: `gives::${id}`, personId: id, x: round(1.15 * Math.cos(angle)), y: round(1.15 * Math.sin(angle)) };
  });
  return { nodes, contributions, sectors };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
