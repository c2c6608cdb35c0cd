/**
 * For the "Map my own support" form: as an ECT types a supporter's name, offer one already on the
 * map ("Use Mark Jones (already on your map)?"). The same rules as the survey's proposals.
 */
import { foldName } from "./foldName.ts";
import { findSameNames } from "./sameNames.ts";

export interface TypedNameMatch {
  /** An existing name equal to the typed one after folding ("mark  jones" → "Mark Jones"). */
  readonly exact?: string;
  /** Otherwise, the one existing name that could be the same person (title, short form, initial, first name, typing slip). */
  readonly near?: string;
  /** Why `near` was offered, in plain UK English. */
  readonly why?: string;
}

/**
 * @example matchTypedName("Mark Jnoes", ["Mark Jones", "Ravi Patel"]) // { near: "Mark Jones", why: … }
 */
export function matchTypedName(typed: string, existing: readonly string[]): TypedNameMatch {
  const folded = foldName(typed);
  if (folded.length === 0) return {};
  const exact = existing.find((name) => foldName(name) === folded);
  if (exact !== undefined) return { exact };
  const me = existing.length;
  // Keyed by fold: fold-equal existing names ("Mark Jones", "mark jones") are one candidate.
  const near = new Map<string, { readonly near: string; readonly why: string }>();
  for (const pair of findSameNames([...existing, typed])) {
    const name = existing[pair.a];
    // An initial that could be either of two people on the map is not a near match to offer.
    if (pair.b !== me || name === undefined || pair.via !== undefined) continue;
    const key = foldName(name);
    if (!near.has(key)) near.set(key, { near: name, why: pair.why });
  }
  if (near.size !== 1) return {};
  return near.values().next().value ?? {};
}
