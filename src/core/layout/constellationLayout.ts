/**
 * The deterministic radial layout of a constellation: the ECT at the centre, one wedge-shaped sector
 * per support type over the upper part of the circle, so an empty sector *is* the gap. Each person
 * is placed once: someone who gives one kind sits on the outer ring inside that kind's sector;
 * someone who gives several sits on an inner ring at the mean angle of their sectors (closer to the
 * ECT the more kinds they give). What the ECT gives to others sits on an arc below. Pure: positions
 * only, in layout units (the outer ring has radius 1).
 */
import type { SupportType } from "../model/supportTypes.ts";
import { spreadOnCircle } from "./spreadOnCircle.ts";

export interface LayoutInput {
  readonly types: readonly SupportType[];
  readonly providers: readonly { readonly id: string; readonly types: readonly SupportType[] }[];
  readonly contributions: readonly string[];
  /**
   * The least distance from the centre to anyone's centre, in layout units (centreClearance): on a
   * small drawing the ECT's disc and a supporter's, drawn at fixed pixel sizes, would otherwise meet.
   * The inner rings move out to keep it, in their order. At most MAX_CLEARANCE.
   */
  readonly clearance?: number | undefined;
}

export interface PlacedNode {
  /** The person's id: one node per person. */
  readonly key: string;
  readonly personId: string;
  readonly types: readonly SupportType[];
  readonly x: number;
  readonly y: number;
}

export interface SectorInfo {
  readonly type: SupportType;
  /** Where the wedge starts and ends, in radians (0 = right, counter-clockwise; `from` > `to`). */
  readonly from: number;
  readonly to: number;
  /** Centre angle in radians. */
  readonly angle: number;
  /** The middle of the wedge's rim, where its name goes. */
  readonly rim: { readonly x: number; readonly y: number };
  /** Inside the wedge, where "no one yet" goes when it is empty. */
  readonly gap: { readonly x: number; readonly y: number };
  /** How many people give this kind (on their own or with other kinds). */
  readonly count: number;
}

export interface ConstellationLayout {
  readonly nodes: readonly PlacedNode[];
  readonly contributions: readonly PlacedNode[];
  readonly sectors: readonly SectorInfo[];
  /** The wedges' radius: everything drawn lies within it, so a view can fit this circle. */
  readonly rimRadius: number;
}

/** The outer ring, for people who give one kind. */
export const OUTER_RADIUS = 1;
/** The rim of the wedges. */
export const RIM_RADIUS = 1.34;
/** Inner rings: the more kinds someone gives, the nearer the ECT (two, three, four or more). */
const TWO_KIND_RADIUS = 0.7;
const THREE_KIND_RADIUS = 0.53;
const MANY_KIND_RADIUS = 0.36;
const CONTRIBUTION_RADIUS = 1.12;
/** Sectors fill this share of the circle; contributions take the rest, at the bottom. */
const SECTOR_SHARE = 0.8;
/** Each sector leaves this share of its width empty either side, so neighbouring sectors' people never touch. */
const MARGIN = 0.12;
/** At most this many people on one row of a sector; more go onto extra rows. */
const PER_ROW = 6;
const ROW_RADII = [OUTER_RADIUS, OUTER_RADIUS + 0.15, OUTER_RADIUS - 0.15] as const;
const ROW_SHIFT = [0.5, 0.75, 0.25] as const;
/** The most the inner rings move out for a small drawing: beyond it they would meet the outer ring's people. */
export const MAX_CLEARANCE = 0.55;
/** How far apart the inner rings stay when they move out. */
const RING_STEP = 0.13;
/** The least distance, in layout units, between people on an inner ring. */
const INNER_SPACING = 0.2;

export function layoutConstellation(input: LayoutInput): ConstellationLayout {
  const n = input.types.length;
  const span = (Math.PI * 2 * SECTOR_SHARE) / Math.max(1, n);
  // Sectors run clockwise from the bottom left over the top; contributions take the bottom.
  const start = Math.PI / 2 + (Math.PI * 2 * SECTOR_SHARE) / 2;
  const centreOf = new Map<SupportType, number>();
  const sectors: SectorInfo[] = input.types.map((type, i) => {
    const from = start - i * span;
    const centre = from - span / 2;
    centreOf.set(type, centre);
    return {
      type,
      from: round(from),
      to: round(from - span),
      angle: round(centre),
      rim: polar(RIM_RADIUS, centre),
      gap: polar((OUTER_RADIUS + TWO_KIND_RADIUS) / 2, centre),
      count: input.providers.filter((p) => p.types.includes(type)).length,
    };
  });

  const nodes: PlacedNode[] = [];
  // 1. People who give one kind: spread across their sector, in rows when it is crowded.
  sectors.forEach((sector, i) => {
    const from = start - i * span;
    const alone = input.providers.filter((p) => shown(p.types, centreOf).length === 1 && p.types.includes(sector.type));
    const rows = Math.min(ROW_RADII.length, Math.ceil(alone.length / PER_ROW));
    alone.forEach((p, j) => {
      const row = j % rows;
      const onRow = Math.ceil((alone.length - row) / rows);
      const k = Math.floor(j / rows);
      // Evenly spaced along the row; other rows sit a quarter step along, so neighbours do not line up.
      const t = MARGIN + ((1 - 2 * MARGIN) * (k + (ROW_SHIFT[row] ?? 0.5))) / onRow;
      const radius = ROW_RADII[row] ?? OUTER_RADIUS;
      nodes.push({ key: p.id, personId: p.id, types: [sector.type], ...polar(radius, from - t * span) });
    });
  });

  // 2. People who give several kinds: at the mean angle of their sectors, spread so no two touch.
  //    Someone whose only kinds have no sector here (not counted) sits on the inner ring below.
  const kindsOf = (p: LayoutInput["providers"][number]) => shown(p.types, centreOf).length;
  const many = Math.max(MANY_KIND_RADIUS, Math.min(MAX_CLEARANCE, input.clearance ?? 0));
  const three = Math.max(THREE_KIND_RADIUS, many + RING_STEP);
  const two = Math.max(TWO_KIND_RADIUS, three + RING_STEP);
  for (const [radius, onRing] of [
    [two, (k: number) => k === 2 || k === 0],
    [three, (k: number) => k === 3],
    [many, (k: number) => k >= 4],
  ] as const) {
    const people = input.providers.filter((p) => onRing(kindsOf(p)));
    const targets = people.map((p) => {
      const kinds = shown(p.types, centreOf);
      return kinds.length === 0 ? -Math.PI / 2 : placeAmong(kinds, centreOf, sectors);
    });
    const angles = spreadOnCircle(targets, INNER_SPACING / radius);
    people.forEach((p, j) =>
      nodes.push({ key: p.id, personId: p.id, types: shown(p.types, centreOf), ...polar(radius, angles[j] ?? 0) }),
    );
  }

  // 3. What the ECT gives, on an arc at the bottom.
  const m = input.contributions.length;
  const bottom = -Math.PI / 2;
  const arc = Math.PI * 2 * (1 - SECTOR_SHARE) * 0.8;
  const contributions = input.contributions.map((id, j) => {
    const angle = m === 1 ? bottom : bottom - arc / 2 + (arc * j) / (m - 1);
    return { key: id, personId: id, types: [], ...polar(CONTRIBUTION_RADIUS, angle) };
  });
  return { nodes, contributions, sectors, rimRadius: RIM_RADIUS };
}

/**
 * Where someone who gives several kinds sits: the circular mean of their sectors, unless that falls
 * in a sector of a kind they do not give (say how the school works and teaching, with behaviour
 * between them): then in their own sector nearest to it, so nobody is read as giving what they don't.
 */
function placeAmong(
  kinds: readonly SupportType[],
  centreOf: ReadonlyMap<SupportType, number>,
  sectors: readonly SectorInfo[],
): number {
  const centres = kinds.map((t) => centreOf.get(t) ?? 0);
  const mean = meanAngle(centres);
  const landed = sectors.find((s) => inWedge(mean, s));
  if (!landed || kinds.includes(landed.type)) return mean;
  let best = centres[0] ?? mean;
  for (const c of centres) if (angleBetween(c, mean) < angleBetween(best, mean)) best = c;
  return best;
}

/** Whether an angle lies in a wedge (`from` > `to`, counter-clockwise angles, any turn). */
function inWedge(angle: number, s: SectorInfo): boolean {
  const turn = Math.PI * 2;
  const past = (((s.from - angle) % turn) + turn) % turn;
  return past <= s.from - s.to;
}

/** The smaller angle between two directions. */
function angleBetween(a: number, b: number): number {
  const d = Math.abs(a - b) % (Math.PI * 2);
  return Math.min(d, Math.PI * 2 - d);
}

/** The kinds a person gives that have a sector here (career has one only when it counts). */
function shown(types: readonly SupportType[], centreOf: ReadonlyMap<SupportType, number>): SupportType[] {
  return types.filter((t) => centreOf.has(t));
}

/** The circular mean of some angles; straight up when they cancel out. */
export function meanAngle(angles: readonly number[]): number {
  let x = 0;
  let y = 0;
  for (const a of angles) {
    x += Math.cos(a);
    y += Math.sin(a);
  }
  return Math.hypot(x, y) < 1e-9 ? Math.PI / 2 : Math.atan2(y, x);
}

/**
 * The clearance (layout units) that keeps a supporter's disc off the ECT's on a drawing of `pxPerUnit`
 * pixels per layout unit, both drawn at fixed pixel radii, with `gapPx` of air between them.
 *
 * @example centreClearance(100, 20, 21, 4) // 0.45
 */
export function centreClearance(pxPerUnit: number, centrePx: number, nodePx: number, gapPx: number): number {
  return pxPerUnit > 0 ? (centrePx + nodePx + gapPx) / pxPerUnit : MAX_CLEARANCE;
}

function polar(r: number, angle: number): { x: number; y: number } {
  return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
