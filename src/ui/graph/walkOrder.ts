/**
 * Walking a constellation with the keyboard (pure): the order of the stops (the ECT, then each
 * supporter round the circle, then the people the ECT helps) and what each key does. The
 * ConstellationWalk component only keeps the current stop and draws it.
 */
import type { Constellation, SupportType } from "../../core/index.ts";
import { compareText } from "../../core/index.ts";

export interface WalkStop {
  readonly kind: "ect" | "supporter" | "contribution";
  readonly personId: string;
}

export type WalkAction =
  { readonly kind: "move"; readonly to: number } | { readonly kind: "open" } | { readonly kind: "leave" };

/**
 * Where a person sits round the circle: the mean place of their sectors. Sectors run clockwise
 * from the top left in the order of `types` and never wrap round, so a plain mean keeps someone
 * who gives two neighbouring kinds between those two sectors, as the drawing places them.
 * People with none of the shown kinds come after every sector.
 */
export function sectorPlace(personTypes: readonly SupportType[], types: readonly SupportType[]): number {
  const places = personTypes.map((t) => types.indexOf(t)).filter((i) => i >= 0);
  return places.length === 0 ? types.length : places.reduce((a, b) => a + b, 0) / places.length;
}

/**
 * The stops in walking order: the ECT first (Home), then supporters clockwise by sector and by
 * name within one place, then the people the ECT helps (by name) who are not already supporters.
 *
 * @example
 * walkOrder(constellation, ["school", "behaviour", "teaching", "wellbeing"], nameOf)[0]; // the ECT
 */
export function walkOrder(
  c: Pick<Constellation, "ect" | "supporters" | "contributions">,
  types: readonly SupportType[],
  nameOf: (id: string, name: string) => string,
): WalkStop[] {
  const supporters = c.supporters
    .map((p) => ({ p, place: sectorPlace(p.types, types), name: nameOf(p.id, p.name) }))
    .sort((a, b) => a.place - b.place || compareText(a.name, b.name));
  const giving = new Set<string>(c.supporters.map((p) => p.id));
  const helped = c.contributions
    .filter((p) => !giving.has(p.id))
    .map((p) => ({ p, name: nameOf(p.id, p.name) }))
    .sort((a, b) => compareText(a.name, b.name));
  return [
    { kind: "ect", personId: c.ect.id },
    ...supporters.map(({ p }): WalkStop => ({ kind: "supporter", personId: p.id })),
    ...helped.map(({ p }): WalkStop => ({ kind: "contribution", personId: p.id })),
  ];
}

/**
 * What a key does at stop `at` (undefined before the first move) of `count` stops: Right/Down
 * next and Left/Up previous, round and round; Home the ECT, End the last stop; Enter or Space
 * opens the person's details (the ECT has none here); Escape leaves the walk. Other keys:
 * undefined, so they keep their usual meaning (Tab moves on).
 */
export function walkKey(key: string, at: number | undefined, count: number): WalkAction | undefined {
  if (count === 0) return undefined;
  const move = (to: number): WalkAction => ({ kind: "move", to: ((to % count) + count) % count });
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return move(at === undefined ? 1 : at + 1);
    case "ArrowLeft":
    case "ArrowUp":
      return move(at === undefined ? count - 1 : at - 1);
    case "Home":
      return move(0);
    case "End":
      return move(count - 1);
    case "Enter":
    case " ":
      return at !== undefined && at > 0 ? { kind: "open" } : undefined;
    case "Escape":
      return at !== undefined ? { kind: "leave" } : undefined;
    default:
      return undefined;
  }
}
