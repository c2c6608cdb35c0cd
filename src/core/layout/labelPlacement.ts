/**
 * Where each label of a drawing goes, so that no two labels overlap, none covers a node and none
 * leaves the canvas. Labels are placed one by one in the order given (most important first). Each
 * tries positions around its anchor, nearest its preferred side first; when none is free, it tries
 * again shortened with an ellipsis, then a little farther out (the drawing joins it to its node with
 * a thin line), then as its initials. No two labels read the same unless they name the same: repeated
 * initials take the next letter of the surname ("AMF", "AMFe"). A label that still finds no room is not drawn, and
 * `unplaced` names it, so the caller can say so (the full name is always in the table and on
 * hover). Pure and deterministic: the caller passes the function that measures text.
 */

export interface Box {
  /** Left edge, in pixels from the canvas's left. */
  readonly x: number;
  /** Top edge, in pixels from the canvas's top. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly key: string;
  readonly text: string;
  /** The point the label belongs to (a node's centre), in pixels. */
  readonly x: number;
  readonly y: number;
  /** How far the label keeps from its anchor (the node's radius); 0 lets it sit on the anchor. */
  readonly clearance: number;
  /** The side it would rather be on, in radians on screen (0 = right, π/2 = below). */
  readonly direction: number;
  /** Centred on its anchor first (sector names, "no one yet"), rather than beside it. */
  readonly centred?: boolean;
  /** The last resort before no label at all ("MF" for Margaret Featherstone): see initialsOf. */
  readonly initials?: string;
  /** An end of `text` (and of `initials`) kept whole when the rest is shortened: " (keystone)". */
  readonly tail?: string;
}

/** A node drawn as a disc, which no label may cover. */
export interface Disc {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface PlacedLabel extends Box {
  readonly key: string;
  /** What is drawn: the text, or its start and an ellipsis. */
  readonly text: string;
  readonly full: string;
  /** Where the label belongs (its request's anchor), so a leader line can be drawn when it is far. */
  readonly anchor: { readonly x: number; readonly y: number };
  /** The request's clearance (the node's radius). */
  readonly clearance: number;
}

export interface PlacementOptions {
  readonly width: number;
  readonly height: number;
  /** The height of one line of label text, padding included. */
  readonly lineHeight: number;
  /** Text width in pixels, as it will be drawn. */
  readonly measure: (text: string) => number;
  /** Horizontal padding added to each side of the measured text (for the halo). */
  readonly padding?: number;
  /** The nodes, which no label covers (its own included). */
  readonly nodes?: readonly Disc[];
  /** Boxes labels never cover either (labels placed by an earlier call). */
  readonly keepClear?: readonly Box[];
  /** The widest a label may be, in pixels (longer text is shortened); the canvas width when not given. */
  readonly maxLabelWidth?: number;
  /**
   * How far a label may go from its node's edge, in line heights, before giving up: 2 keeps it beside
   * its node; more lets it stand off, joined by a leader line (the constellation draws one).
   */
  readonly reach?: number;
}

export interface Placement {
  readonly placed: PlacedLabel[];
  /** The keys of requests with no room at all, in request order: never left out silently. */
  readonly unplaced: string[];
}

const ELLIPSIS = "…";
/** Labels keep this far from the canvas edge. */
const EDGE = 2;
/** Widths to shorten to, in pixels, after the full text and before giving up. */
const SHORTER = [200, 150, 110, 80, 56];
/** At most this many letters of the surname follow repeated initials ("AMFenwi") before a digit does. */
const MORE_LETTERS = 5;
/** Directions tried around an anchor. */
const TURNS = 16;

/**
 * Places `requests` in order on a `width` × `height` canvas.
 *
 * @example placeLabels([{ key: "a", text: "Lucy Brown", x: 50, y: 50, clearance: 8, direction: 0 }],
 *   { width: 320, height: 240, lineHeight: 16, measure: (t) => t.length * 7 }).placed
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): Placement {
  const { width, height, lineHeight, measure } = options;
  const pad = options.padding ?? 3;
  const nodes = options.nodes ?? [];
  const keepClear = options.keepClear ?? [];
  const reach = Math.max(2, options.reach ?? 2);
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  const maxWidth = Math.max(0, Math.min(width - 2 * EDGE, options.maxLabelWidth ?? Infinity));
  for (const r of requests) {
    const label = placeOne(r);
    if (label) placed.push(label);
    else unplaced.push(r.key);
  }
  return { placed, unplaced };

  function placeOne(r: LabelRequest): PlacedLabel | undefined {
    // Two labels never read the same unless they name the same: a shown text already used for
    // another name is skipped.
    const taken = (text: string) => placed.some((p) => p.text === text && p.full !== r.text);
    const versions = texts(r.text, maxWidth, pad, measure, r.tail).filter((v) => !taken(v.text));
    const whole = versions.filter((v) => v.text === r.text);
    const tailed = (v: { text: string }) => !r.tail || v.text.endsWith(r.tail);
    const head = (t: string) => (r.tail && t.endsWith(r.tail) ? t.slice(0, t.length - r.tail.length) : t);
    // A person's shortened name keeps at least its first word ("Mr Bartholomew…", never "Mr B…"):
    // shorter than that, the initials say more.
    const shortened = versions.filter(
      (v) => v.text !== r.text && tailed(v) && (!r.initials || keepsFirstWord(head(v.text), head(r.text))),
    );
    // Initials another person already shows ("AMF" twice) take the next letter of the surname ("AMFe").
    const initials = r.initials ? firstFree(initialsVariants(head(r.initials), head(r.text))) : [];
    // The first way of writing the initials that no one else shows; each is measured only when reached.
    function firstFree(variants: readonly string[]): { text: string; width: number }[] {
      for (const i of variants) {
        const v = texts(r.tail ? i + r.tail : i, maxWidth, pad, measure, r.tail).find(tailed);
        if (v && !taken(v.text)) return [v];
      }
      return [];
    }
    // Only then the text cut wherever it must, its tail too.
    const cut = versions.filter((v) => v.text !== r.text && !tailed(v));
    // Each near its node first, then farther out: whole, then shortened, then the initials.
    const tries: [readonly { text: string; width: number }[], number, number][] = [
      [whole, 0, 2],
      [whole, 2, reach],
      [shortened, 0, 2],
      [shortened, 2, reach],
      [initials, 0, 2],
      [initials, 2, reach],
      [cut, 0, 2],
      [cut, 2, reach],
    ];
    for (const [vs, from, to] of tries)
      for (const v of vs)
        for (const box of candidates(r, v.width, lineHeight, from, to)) {
          const inside = clampInside(box, width, height);
          if (!inside) continue;
          if (placed.some((p) => intersects(p, inside))) continue;
          if (keepClear.some((o) => intersects(o, inside))) continue;
          if (nodes.some((n) => coversDisc(inside, n))) continue;
          // Clamping may pull a label far from its anchor; only accept it while it still reads as belonging.
          if (distanceToBox(r.x, r.y, inside) > r.clearance + to * lineHeight) continue;
          return {
            ...inside,
            key: r.key,
            text: v.text,
            full: r.text,
            anchor: { x: r.x, y: r.y },
            clearance: r.clearance,
          };
        }
    return undefined;
  }
}

/**
 * A name's initials, for a label with no room for more: the first letter of each word, titles
 * ("Dr", "Mrs") left out, at most three. "" when the text has no letters.
 *
 * @example initialsOf("Dr Margaret Featherstonehaugh-Wright") // "MFW"
 */
export function initialsOf(text: string): string {
  const words = nameWords(text).map((w) => graphemes(w).find((g) => /\p{L}/u.test(g)) ?? "");
  return words.slice(0, 3).join("").toLocaleUpperCase("en-GB");
}

/**
 * Ways to write a name's initials, most wanted first: the initials, then with more and more of the
 * last word they come from ("AMF", "AMFe", "AMFen", …), then with a digit ("AMF2" … "AMF9"). Only
 * the digits when `initials` are not `name`'s (initialsOf).
 *
 * @example initialsVariants("AMF", "Anna Maria Fenwick").slice(0, 3) // ["AMF", "AMFe", "AMFen"]
 */
export function initialsVariants(initials: string, name: string): string[] {
  const out = [initials];
  const words = nameWords(name);
  const last = words[Math.min(words.length, 3) - 1];
  if (initials !== "" && last !== undefined && initialsOf(name) === initials) {
    const letters = graphemes(last);
    const from = letters.findIndex((g) => /\p{L}/u.test(g)) + 1;
    // A few more letters tell two people apart; past that a digit reads better (and a name of
    // thousands of letters must not make thousands of variants).
    const upTo = Math.min(letters.length, from + MORE_LETTERS);
    for (let end = from + 1; end <= upTo; end++) out.push(initials + letters.slice(from, end).join(""));
  }
  for (let d = 2; d <= 9; d++) out.push(`${initials}${d}`);
  return out;
}

/** A name's words that count for its initials: titles left out, each with a letter. */
function nameWords(text: string): string[] {
  return text
    .split(/[\s\-‐‑–]+/u)
    .filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, "")))
    .filter((w) => graphemes(w).some((g) => /\p{L}/u.test(g)));
}

/** Whether `shown` (a start of `full` and "…") keeps the first word of `full` that is not a title, whole. */
export function keepsFirstWord(shown: string, full: string): boolean {
  const kept = shown.endsWith(ELLIPSIS) ? shown.slice(0, -ELLIPSIS.length) : shown;
  const word = /[^\s]+/gu;
  for (let m = word.exec(full); m; m = word.exec(full)) {
    if (TITLES.has(m[0].toLowerCase().replace(/\.$/, ""))) continue;
    // Hyphenated and bracketed tails may go: "Okonkwo-…" still names her.
    const core = m[0].split(/[-‐‑–(]/u)[0] ?? m[0];
    return kept.length >= m.index + core.length;
  }
  return true;
}

const TITLES = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "revd"]);

/** The full text, then shorter versions with an ellipsis, each with its box width. */
function texts(
  text: string,
  maxWidth: number,
  pad: number,
  measure: (text: string) => number,
  tail = "",
): { text: string; width: number }[] {
  const out: { text: string; width: number }[] = [];
  const kept = tail !== "" && text.endsWith(tail) && text.length > tail.length ? tail : "";
  const head = text.slice(0, text.length - kept.length);
  const room = kept ? measure(kept) : 0;
  for (const limit of [maxWidth, ...SHORTER.filter((w) => w < maxWidth)]) {
    const start = shorten(head, limit - 2 * pad - room, measure);
    // When even the tail does not fit, the whole text is shortened: part of it beats none.
    const shown = start ? start + kept : kept ? shorten(text, limit - 2 * pad, measure) : "";
    if (!shown || out.some((o) => o.text === shown)) continue;
    out.push({ text: shown, width: Math.ceil(measure(shown)) + 2 * pad });
  }
  return out;
}

/** `text` if it fits in `limit` pixels, else its longest start (whole characters) plus "…" that does; "" if none. */
export function shorten(text: string, limit: number, measure: (text: string) => number): string {
  if (measure(text) <= limit) return text;
  const parts = graphemes(text);
  let lo = 0;
  // A start that fits has at most one character per pixel: a name thousands of characters long is
  // searched over its first `limit` characters, not measured whole a dozen times.
  let hi = Math.min(parts.length - 1, Math.max(0, Math.floor(limit)));
  // The longest prefix whose shortened form fits: binary search over its length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(parts.slice(0, mid).join("").trimEnd() + ELLIPSIS) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : parts.slice(0, lo).join("").trimEnd() + ELLIPSIS;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Boxes around the anchor, nearest the preferred direction first, in rings three-quarters of a line
 * apart whose gap from the node is at least `from` and under `to` line heights.
 */
function candidates(r: LabelRequest, w: number, h: number, from: number, to: number): Box[] {
  const out: Box[] = [];
  if (r.centred && from === 0) out.push({ x: r.x - w / 2, y: r.y - h / 2, width: w, height: h });
  const turns = Array.from({ length: TURNS }, (_, i) => (i * Math.PI * 2) / TURNS).sort(
    (a, b) => turnDistance(a, r.direction) - turnDistance(b, r.direction) || a - b,
  );
  for (let step = Math.ceil(from / 0.75); step * 0.75 < to; step++)
    for (const a of turns) {
      const d = r.clearance + 3 + step * h * 0.75;
      const cx = Math.cos(a);
      const cy = Math.sin(a);
      // The box touches the circle of radius d around the anchor on the side facing it.
      out.push({ x: r.x + cx * d + (cx - 1) * (w / 2), y: r.y + cy * d + (cy - 1) * (h / 2), width: w, height: h });
    }
  return out;
}

function turnDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % (Math.PI * 2);
  return Math.min(d, Math.PI * 2 - d);
}

/** The box moved inside the canvas, or undefined when it cannot fit at all. */
function clampInside(b: Box, width: number, height: number): Box | undefined {
  if (b.width > width - 2 * EDGE || b.height > height - 2 * EDGE) return undefined;
  return {
    x: Math.min(Math.max(b.x, EDGE), width - EDGE - b.width),
    y: Math.min(Math.max(b.y, EDGE), height - EDGE - b.height),
    width: b.width,
    height: b.height,
  };
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a box covers any of a disc (a label may touch a node's edge, not cross it). */
export function coversDisc(b: Box, d: Disc): boolean {
  return distanceToBox(d.x, d.y, b) < d.radius - 0.5;
}

function distanceToBox(x: number, y: number, b: Box): number {
  const dx = Math.max(b.x - x, 0, x - (b.x + b.width));
  const dy = Math.max(b.y - y, 0, y - (b.y + b.height));
  return Math.hypot(dx, dy);
}
