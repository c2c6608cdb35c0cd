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
