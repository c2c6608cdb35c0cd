/**
 * Before renaming someone (naming "my mentor (Chloë Barker)" as "Claire Beaumont"): is the new name
 * someone already on the map? Then the lead is asked "Same person?" and can merge them, rather than
 * Mosaic making a second Claire Beaumont without asking. The same matching as the import's "Same
 * person?" and the "Map my own support" form (matchTypedName): equal apart from case, accents and
 * spacing, or near (a title, a short form, an initial, one typing slip).
 */
import { matchTypedName } from "../names/matchTypedName.ts";
import type { Person, PersonId } from "../model/types.ts";

export interface SameNameOnMap {
  readonly id: PersonId;
  readonly name: string;
  readonly roleTitle?: string | undefined;
  readonly school?: string | undefined;
  /** The name is the same apart from case, accents and spacing; otherwise it is near, for `why`. */
  readonly exact: boolean;
  /** Why a near name was offered, in plain UK English. */
  readonly why?: string | undefined;
}

/**
 * The one person already on the map that `newName` (for person `renamed`) may mean: named people,
 * not groups, nor others named only by role or as family (whose names say who named them).
 * @example sameNameOnMap(people, "P7", "claire beaumont") // { id: "P3", name: "Claire Beaumont", exact: true, … }
 */
export function sameNameOnMap(
  people: readonly Person[],
  renamed: PersonId,
  newName: string,
): SameNameOnMap | undefined {
  const others = people.filter((p) => p.id !== renamed && p.kind === "person" && p.unnamed === undefined);
  const match = matchTypedName(
    newName,
    others.map((p) => p.name),
  );
  const name = match.exact ?? match.near;
  const person = name === undefined ? undefined : others.find((p) => p.name === name);
  if (!person) return undefined;
  return {
    id: person.id,
    name: person.name,
    roleTitle: person.role_title,
    school: person.school,
    exact: match.exact !== undefined,
    why: match.exact === undefined ? match.why : undefined,
  };
}
