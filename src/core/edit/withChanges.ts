/** A person or a link with field changes made (see Changes), in the canonical shape. */
import { canonicalLink, canonicalPerson, LINK_KEYS, PERSON_KEYS } from "../model/canonical.ts";
import type { LinkPart, PersonPart } from "../model/recordReaders.ts";
import type { Person, SupportLink } from "../model/types.ts";
import type { Changes } from "./edit.ts";

/** Sets field `key` of `out`; a null (a field cleared) leaves it undefined. */
export function putPerson<K extends keyof Person>(out: PersonPart, key: K, value: Person[K] | null | undefined): void {
  out[key] = value ?? undefined;
}

function putLink<K extends keyof SupportLink>(out: LinkPart, key: K, value: SupportLink[K] | null | undefined): void {
  out[key] = value ?? undefined;
}

/** `p` with `changes` made: a field the changes name takes their value, a null clears it. */
export function personWithChanges(p: Person, changes: Changes<Person>): Person {
  const out: PersonPart = { ...p };
  for (const key of PERSON_KEYS) if (key !== "id" && Object.hasOwn(changes, key)) putPerson(out, key, changes[key]);
  // The fields every person has cannot be cleared (Changes): one given as undefined is left as it was.
  return canonicalPerson({
    ...out,
    id: p.id,
    name: out.name ?? p.name,
    kind: out.kind ?? p.kind,
    is_ect: out.is_ect ?? p.is_ect,
  });
}

/** `l` with `changes` made (see personWithChanges). */
export function linkWithChanges(l: SupportLink, changes: Changes<SupportLink>): SupportLink {
  const out: LinkPart = { ...l };
  for (const key of LINK_KEYS) if (key !== "link_id" && Object.hasOwn(changes, key)) putLink(out, key, changes[key]);
  return canonicalLink({
    ...out,
    link_id: l.link_id,
    from_id: out.from_id ?? l.from_id,
    to_id: out.to_id ?? l.to_id,
    support_types: out.support_types ?? l.support_types,
  });
}
