/**
 * A drawing never leaves anyone off silently: when some people found no room for even their
 * initials, a short note in a free corner says how many ("+2 in the table"), and where their names
 * are. The constellation and the lead's network picture both use it.
 */
import type { Box, PlacedLabel, PlacementOptions } from "./labelPlacement.ts";
import { placeLabels } from "./labelPlacement.ts";

export const UNNAMED_NOTE = "note:unnamed";

/** What the note says for a count: short on the canvas, in words on hover. */
export interface NoteWords {
  /** "+3 in the table": short enough for the corner a crowded drawing leaves. */
  readonly short: (count: number) => string;
  /** "3 more people are named in the table". */
  readonly full: (count: number) => string;
}

/** One placement of the people's labels around the boxes `reserved`, and how many are left unnamed. */
export type PlacePeople = (reserved: readonly Box[]) => { readonly placed: PlacedLabel[]; readonly unnamed: number };

/**
 * The people's labels, and the note when someone is unnamed. The note takes a corner first (a
 * crowded drawing has none left after), then everyone is placed again around it and the note
 * counts who is still unnamed; no note when everyone then finds room.
 *
 * @param before labels already placed (the note keeps clear of them)
 * @param options the placement's canvas, measure and nodes (the note covers no node either)
 */
export function placeWithCornerNote(
  placePeople: PlacePeople,
  before: readonly Box[],
  words: NoteWords,
  options: Omit<PlacementOptions, "keepClear">,
): PlacedLabel[] {
  const once = placePeople([]);
  if (once.unnamed === 0) return once.placed;
  const reserved = reserveCorner(words.short(Math.max(once.unnamed, 99)), before, options);
  const again = placePeople(reserved);
  const pad = options.padding ?? 3;
  const note = reserved.flatMap((r) => {
    const text = words.short(again.unnamed);
    const width = Math.ceil(options.measure(text)) + 2 * pad;
    return again.unnamed > 0 && width <= r.width ? [{ ...r, text, full: words.full(again.unnamed), width }] : [];
  });
  return [...again.placed, ...note];
}

/** A free corner's box for `text` (the widest the note will be), or none: whole or not at all, as "+3 i…" says nothing. */
function reserveCorner(
  text: string,
  placed: readonly Box[],
  options: Omit<PlacementOptions, "keepClear">,
): PlacedLabel[] {
  const { width, height, lineHeight } = options;
  // Bottom corners first (the constellation's circle leaves them emptiest), then the top ones.
  const corners = [
    { x: 0, y: height, direction: -Math.PI / 4 },
    { x: width, y: height, direction: (-3 * Math.PI) / 4 },
    { x: 0, y: 0, direction: Math.PI / 4 },
    { x: width, y: 0, direction: (3 * Math.PI) / 4 },
  ];
  for (const c of corners) {
    const r = { key: UNNAMED_NOTE, text, clearance: 0, ...c };
    const note = placeLabels([r], { ...options, keepClear: placed, reach: 2 + width / lineHeight }).placed;
    if (note[0]?.text === text) return note;
  }
  return [];
}
