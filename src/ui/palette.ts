/**
 * Colours: the Okabe-Ito colour-blind-safe palette for support types (each reaches 3:1 on white),
 * always paired with a second cue (sector position and label, a letter, a pattern).
 */
import type { SupportType } from "../core/index.ts";

export const TYPE_COLOUR: Readonly<Record<SupportType, string>> = {
  organisational_literacy: "#0072B2",
  behaviour: "#D55E00",
  pedagogy: "#009E73",
  psychosocial: "#CC79A7",
  career: "#8a6d00",
};

/** A one-letter mark, the non-colour cue on tiles, legend and table. */
export const TYPE_MARK: Readonly<Record<SupportType, string>> = {
  organisational_literacy: "S",
  behaviour: "B",
  pedagogy: "T",
  psychosocial: "W",
  career: "C",
};

export const INK = "#1f2a44";
export const MUTED = "#5b6475";
export const RING = "#1f2a44";
export const GAP_GREY = "#b9bfca";
/** Lines from someone who gives several kinds: dark and neutral, their pie says which kinds. */
export const MIXED_LINE = "#3d4658";
/** What the ECT gives others: grey, so it reads as apart from the support they receive. */
export const GIVES_GREY = "#8d95a5";
/** Hover: everyone else fades to this. */
export const FADED = "#dfe3ea";
/** Keyboard focus ring on a node: yellow inside a dark ring, visible on any colour (as GOV.UK's focus style). */
export const FOCUS_FILL = "#ffdd00";
/** Sector wedges: each type's colour at this opacity (hex alpha), an empty sector in hatched grey. */
export const WEDGE_ALPHA = "1a";
export const EMPTY_WEDGE = "#eceef2";
