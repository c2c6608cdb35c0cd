/** Making one edit of each kind on edits being made (see Editing). */
import { linkAt } from "../model/linkRecords.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { SupportLink } from "../model/types.ts";
import { canonicalLink, canonicalPerson } from "../model/canonical.ts";
import type { Edit } from "./edit.ts";
import type { Editing } from "./editing.ts";
import { mergePeople } from "./mergePeople.ts";
import type { Lookup } from "./positions.ts";
import { linkWithChanges, personWithChanges } from "./withChanges.ts";

function linkProblem(link: SupportLink, people: Lookup): string | undefined {
  if (link.from_id === link.to_id) return "someone cannot support themselves";
  if (!people.has(link.from_id)) return `there is no one with id ${link.from_id}`;
  if (!people.has(link.to_id)) return `there is no one with id ${link.to_id}`;
  if (link.support_types.length === 0 && (link.other_types?.length ?? 0) === 0)
    return "a link needs at least one kind of support";
  return undefined;
}

/** Makes one edit on `w`, or says why it cannot be made (and leaves `w` as it was). */
export function editOne(w: Editing, edit: Edit): string | undefined {
  const links = w.links;
  const ids = w.index();
  switch (edit.op) {
    case "addPerson": {
      if (ids.has(edit.person.id)) return `there is already someone with id ${edit.person.id}`;
      if (!edit.person.name.trim()) return "a person needs a name";
      w.addPerson(canonicalPerson(edit.person));
      return undefined;
    }
    case "updatePerson": {
      const i = ids.get(edit.id);
      const p = i === undefined ? undefined : w.personAt(i);
      if (i === undefined || !p) return `there is no one with id ${edit.id}`;
      if (edit.changes.name !== undefined && !edit.changes.name?.trim()) return "a person needs a name";
      // Someone named only by role ("my mentor (Chloë Barker)") is named by a new name: from then on
      // they are a supporter like any other. Family stay family whatever they are called.
      const naming = edit.changes.name && p.unnamed === "role" && edit.changes.unnamed === undefined;
      w.setPerson(i, personWithChanges(p, naming ? { ...edit.changes, unnamed: null } : edit.changes));
      return undefined;
    }
    case "removePerson": {
      const r = ids.get(edit.id);
      if (r === undefined) return `there is no one with id ${edit.id}`;
      const { from, to, count } = links;
      for (let l = 0; l < count; l++) if (from[l] === r || to[l] === r) w.gone.add(l);
      w.dropPerson(r);
      w.repointLineManager(edit.id, undefined, -1);
      return undefined;
    }
    case "mergePeople":
      return mergePeople(w, edit.from, edit.into);
    case "addLink": {
      if (w.linkIndex(edit.link.link_id) >= 0) return `there is already a link with id ${edit.link.link_id}`;
      const problem = linkProblem(edit.link, ids);
      if (problem) return problem;
      const link = canonicalLink({ ...edit.link, support_types: sortTypes(edit.link.support_types) });
      links.pushLink(link, ids.get(link.from_id) ?? -1, ids.get(link.to_id) ?? -1);
      return undefined;
    }
    case "updateLink": {
      const l = w.linkIndex(edit.id);
      if (l < 0) return `there is no link with id ${edit.id}`;
      const next = linkWithChanges(linkAt(links, l), edit.changes);
      const problem = linkProblem({ ...next, support_types: sortTypes(next.support_types ?? []) }, ids);
      if (problem) return problem;
      w.setLink(l, { ...next, support_types: sortTypes(next.support_types) });
      return undefined;
    }
    case "removeLink": {
      const l = w.linkIndex(edit.id);
      if (l < 0) return `there is no link with id ${edit.id}`;
      w.gone.add(l);
      return undefined;
    }
  }
}
