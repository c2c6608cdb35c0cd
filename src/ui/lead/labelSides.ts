/**
 * Which side of its node each always-shown label goes, so labels overlap as little as they can:
 * outwards from the node's cluster first (people sit on rings, so outwards leaves the ring's inside
 * clear), then the other side if that one is taken. Labels are boxes estimated in graph units for a
 * canvas about `canvasPx` across (sigma fits the graph to the canvas). Greedy in priority order:
 * O(n²) in the labelled nodes, which are the flagged few, and capped at `max` of them.
 */

export interface LabelBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The node's radius in pixels. */
  readonly size: number;
  readonly text: string;
  /** Where the node's cluster is centred: the label points away from it. */
  readonly centreX: number;
}

export type Side = "left" | "right";

const CHAR_PX = 6.6;
const LINE_PX = 15;

interface Rect {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * @param labels in priority order (most important first)
 * @param extent the graph's largest span, in graph units
 * @returns a side per label id; labels past `max` get none (their names show on hover and in the list)
 */
export function labelSides(labels: readonly LabelBox[], extent: number, canvasPx = 640, max = 200): Map<string, Side> {
  const unit = extent > 0 ? extent / (canvasPx * 0.9) : 1;
  const placed: Rect[] = [];
  const out = new Map<string, Side>();
  for (const l of labels.slice(0, max)) {
    const w = (l.text.length * CHAR_PX + 4) * unit;
    const h = LINE_PX * unit;
    const gap = (l.size + 3) * unit;
    const box = (side: Side): Rect =>
      side === "right"
        ? { x0: l.x + gap, x1: l.x + gap + w, y0: l.y - h / 2, y1: l.y + h / 2 }
        : { x0: l.x - gap - w, x1: l.x - gap, y0: l.y - h / 2, y1: l.y + h / 2 };
    const first: Side = l.x < l.centreX ? "left" : "right";
    const second: Side = first === "left" ? "right" : "left";
    const side =
      placed.some((p) => overlaps(p, box(first))) && !placed.some((p) => overlaps(p, box(second))) ? second : first;
    placed.push(box(side));
    out.set(l.id, side);
  }
  return out;
}
