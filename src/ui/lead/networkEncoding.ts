/**
 * How risk is drawn in the lead's network graph, in one place so the legend is made from the same
 * values as the drawing and cannot drift from it. Three encodings only, each readable in greyscale
 * and with any colour vision:
 *  1. fill, for an ECT that needs a look (schoolTiles' needsALook, the same as the tiles count):
 *     vermillion (darkest) for something urgent (no one supporting, a strained only source), orange
 *     for support missing (a gap, one supporter), white otherwise (Okabe-Ito hues, far apart in lightness);
 *  2. a thick black outline, for a supporter carrying a lot: a keystone or over capacity (the label says which);
 *  3. size: everyone marked by 1 or 2 is drawn larger.
 * Anyone with a flag at all is labelled.
 * Staff and groups are pale so the coloured ECTs stand out against them.
 */

export type Concern = "critical" | "warning" | "none";
export type Carrying = "keystone" | "over" | "none";

export const FILL = {
  critical: "#D55E00",
  warning: "#E69F00",
  ectFine: "#ffffff",
  staff: "#c9ced8",
  group: "#b7e3d3",
  away: "#eceef2",
} as const;

export const OUTLINE = {
  thin: { colour: "#5b6475", size: 0.18 },
  thick: { colour: "#000000", size: 0.42 },
  /** Only in a what-if: an ECT who would lose support. */
  changed: { colour: "#a4262c", size: 0.5 },
} as const;

export const SIZE = { ect: 6, staff: 4.5, group: 6, flagged: 1.6 } as const;

/** The legend's entries, in order: key (what the drawing marks as `legend`), swatch and words. */
export interface LegendEntry {
  readonly key: string;
  readonly fill: string;
  readonly outline: string;
  readonly thick: boolean;
  readonly large: boolean;
  readonly text: string;
}

export const LEGEND: readonly LegendEntry[] = [
  {
    key: "critical",
    fill: FILL.critical,
    outline: OUTLINE.thin.colour,
    thick: false,
    large: true,
    text: "ECT with something urgent, such as no one supporting (darkest, large)",
  },
  {
    key: "warning",
    fill: FILL.warning,
    outline: OUTLINE.thin.colour,
    thick: false,
    large: true,
    text: "ECT missing some support: a gap or only one supporter (mid, large)",
  },
  {
    key: "ect",
    fill: FILL.ectFine,
    outline: OUTLINE.thin.colour,
    thick: false,
    large: false,
    text: "ECT with no support missing (white; labelled if something else is flagged)",
  },
  {
    key: "carrying",
    fill: FILL.staff,
    outline: OUTLINE.thick.colour,
    thick: true,
    large: true,
    text: "thick black outline: keystone or over capacity (the label says which)",
  },
  { key: "staff", fill: FILL.staff, outline: OUTLINE.thin.colour, thick: false, large: false, text: "staff" },
  { key: "group", fill: FILL.group, outline: OUTLINE.thin.colour, thick: false, large: false, text: "group" },
];

/** Words after a supporter's name on the drawing, so the outline's two meanings are told apart. */
export const CARRYING_WORD: Readonly<Record<Exclude<Carrying, "none">, string>> = {
  keystone: "keystone",
  over: "over capacity",
};
