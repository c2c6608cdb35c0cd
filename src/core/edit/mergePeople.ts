/** Merging the same person entered twice, on edits being made (see Editing). */
import { canonicalLink, canonicalPerson, PERSON_KEYS, slotsOfLink } from "../model/canonical.ts";
import { linkAt } from "../model/linkRecords.ts";
import type { PersonPart } from "../model/recordReaders.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { PersonId } from "../model/types.ts";
import type { Editing } from "./editing.ts";
import { putPerson } from "./withChanges.ts";

/** The same person entered twice: `fromId`'s links move to `intoId`, and `fromId` goes. */
export function mergePeople(w: Editing, fromId: PersonId, intoId: PersonId): string | undefined {
  if (fromId === intoId) return "choose two different people to merge";
  const ids = w.index();
  const fi = ids.get(fromId);
  const ii = ids.get(intoId);
  const from = fi === undefined ? undefined : w.personAt(fi);
  const into = ii === undefined ? undefined : w.personAt(ii);
  if (fi === undefined || !from) return `there is no one with id ${fromId}`;
  if (ii === undefined || !into) return `there is no one with id ${intoId}`;
  // The person kept keeps their own details and takes any the other had that they lack.
  const filled: PersonPart = { ...into };
  for (const key of PERSON_KEYS) if (filled[key] === undefined) putPerson(filled, key, from[key]);
  // Someone named only by role or as family, merged with a named person, is that named person: the
  // kept record is named (were it to take `unnamed`, they would drop out of supporter totals).
  filled.unnamed = into.unnamed !== undefined && from.unnamed !== undefined ? into.unnamed : undefined;
  const kept = canonicalPerson({
    ...filled,
    id: into.id,
    name: into.name,
    kind: into.kind,
    is_ect: from.is_ect || into.is_ect,
  });
  const repoint = (id: PersonId) => (id === fromId ? intoId : id);
  const links = w.links;
  // Only links at either end of the two can change: the others keep their place and values.
  const at = new Map<string, number>();
  const moved = new Set<number>();
  for (let l = 0; l < links.count; l++) {
    const [a, b] = [links.from[l], links.to[l]];
    if ((a !== fi && a !== ii && b !== fi && b !== ii) || w.gone.has(l)) continue;
    const link = linkAt(links, l);
    const f = repoint(link.from_id);
    const t = repoint(link.to_id);
    if (f === t) {
      w.gone.add(l);
      continue;
    }
    const wasMoved = f !== link.from_id || t !== link.to_id;
    const next = wasMoved ? canonicalLink({ ...link, from_id: f, to_id: t }) : link;
    const key = `${f}\u0000${t}`;
    const i = at.get(key);
    // Two links between the same pair because of the merge become one with both sets of
    // types; pairs that had several links before keep them.
    if (i !== undefined && (wasMoved || moved.has(i))) {
      const first = linkAt(links, i);
      links.write(
        i,
        slotsOfLink(
          canonicalLink({
            ...first,
            support_types: sortTypes([...new Set([...first.support_types, ...next.support_types])]),
            other_types:
              first.other_types || next.other_types
                ? [...new Set([...(first.other_types ?? []), ...(next.other_types ?? [])])]
                : undefined,
          }),
        ),
      );
      moved.add(i);
      w.gone.add(l);
      continue;
    }
    if (i === undefined) at.set(key, l);
    if (wasMoved) {
      moved.add(l);
      links.write(l, slotsOfLink(next));
    }
  }
  for (let l = 0; l < links.count; l++) {
    if (links.from[l] === fi) links.setFrom(l, ii);
    if (links.to[l] === fi) links.setTo(l, ii);
  }
  w.dropPerson(fi);
  w.setPerson(ii, kept);
  // The person kept keeps their own line manager as it was, even were it the one merged in.
  w.repointLineManager(fromId, intoId, ii);
  return undefined;
}
