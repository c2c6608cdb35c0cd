import { pseudonymCodes } from "../core/index.ts";
/**
 * How people are shown: by name, or in "hide names" mode by stable codes ("ECT 3", "Supporter 12",
 * "Group 2") numbered by their order in the people list, the same on screen, in PNG and in print.
 */
export type NameOf = (id: string, name: string) => string;

/** `kinds[i]`: 1 for an ECT, 2 for a group, else 0 (as the worker sends them). */
export function pseudonymiser(ids: readonly string[], kinds: ArrayLike<number>): (id: string) => string {
  const codes = pseudonymCodes(ids, kinds);
  return (id) => codes.get(id) ?? "Someone";
}

export function nameFunction(hide: boolean, code: (id: string) => string): NameOf {
  return hide ? (id) => code(id) : (_id, name) => name;
}

/**
 * A name made safe to place inside a sentence: wrapped in FIRST STRONG ISOLATE and POP DIRECTIONAL
 * ISOLATE, so its own direction (or a right-to-left override typed into it) never reorders the
 * words around it. For text shown in the page; elements holding only a name use <bdi> instead.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** At most `max` characters (by code point), ending in "…" when cut: for a name inside a sentence. */
export function shorten(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
