/** Reading an edit from a project file: each part is read by its type, nothing is taken on trust. */
import { canonicalLink, canonicalPerson } from "../model/canonical.ts";
import { readLinkChanges, readLinkPart, readPersonChanges, readPersonPart } from "../model/recordReaders.ts";
import { linkIdOf, personIdOf } from "../model/slotValues.ts";
import { isSupportType } from "../model/supportTypes.ts";
import type { Person, SupportLink } from "../model/types.ts";
import type { Changes, Edit } from "./edit.ts";

/** `value` when it is a plain object (not null, not an array). */
function objectIn(value: unknown): object | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/** The edit's own field `key`, or undefined. */
function fieldOf(o: object, key: string): unknown {
  const entries: [string, unknown][] = Object.entries(o);
  return entries.find(([k]) => k === key)?.[1];
}

/** A non-empty text field of the edit, or undefined. */
function textOf(o: object, key: string): string | undefined {
  const v = fieldOf(o, key);
  return typeof v === "string" && v.length > 0 ? v : undefined;
}

/** A person added: the fields every person has (a blank kind is a person), and the others, each of its type. */
function addedPerson(value: object | undefined): Person | string {
  const problem = "addPerson needs a person with an id, a name and is_ect";
  if (!value) return problem;
  const p = readPersonPart(value);
  if (typeof p === "string") return `addPerson has a person whose ${p.slice(4)}`;
  const { id, name, kind, is_ect } = p;
  if (id === undefined || name === undefined || is_ect === undefined) return problem;
  return canonicalPerson({ ...p, id, name, kind: kind ?? "person", is_ect });
}

/** A link added: its ids, known kinds of support, and the other fields, each of its type. */
function addedLink(value: object | undefined): SupportLink | string {
  const problem = "addLink needs a link with link_id, from_id and to_id";
  if (!value) return problem;
  const types = fieldOf(value, "support_types");
  if (Array.isArray(types) && !types.every((t) => typeof t === "string" && isSupportType(t)))
    return "addLink has an unknown kind of support";
  const l = readLinkPart(value);
  if (typeof l === "string") return `addLink has a link whose ${l.slice(4)}`;
  const { link_id, from_id, to_id, support_types } = l;
  if (link_id === undefined || from_id === undefined || to_id === undefined) return problem;
  return canonicalLink({ ...l, link_id, from_id, to_id, support_types: support_types ?? [] });
}

/** A person's changes: a field every person has may be changed, never cleared; the id never changes. */
function personChanges(op: string, value: object): Changes<Person> | string {
  const c = readPersonChanges(value, "id");
  if (typeof c === "string") return `${op} has a change whose ${c.slice(4)}`;
  const { name, kind, is_ect, ...rest } = c;
  if (name === null || kind === null || is_ect === null) return `${op} cannot clear a name, kind or is_ect`;
  return {
    ...rest,
    ...(name === undefined ? {} : { name }),
    ...(kind === undefined ? {} : { kind }),
    ...(is_ect === undefined ? {} : { is_ect }),
  };
}

/** A link's changes (see personChanges). */
function linkChanges(op: string, value: object): Changes<SupportLink> | string {
  const c = readLinkChanges(value, "link_id");
  if (typeof c === "string") return `${op} has a change whose ${c.slice(4)}`;
  const { from_id, to_id, support_types, ...rest } = c;
  if (from_id === null || to_id === null || support_types === null)
    return `${op} cannot clear from_id, to_id or support_types`;
  return {
    ...rest,
    ...(from_id === undefined ? {} : { from_id }),
    ...(to_id === undefined ? {} : { to_id }),
    ...(support_types === undefined ? {} : { support_types }),
  };
}

/** Reads an edit from a project file; a string says what is wrong with it. */
export function readEdit(value: unknown): Edit | string {
  if (value === null || typeof value !== "object") return "an edit must be an object";
  const e = value;
  const op = fieldOf(e, "op");
  const id = textOf(e, "id");
  switch (op) {
    case "addPerson": {
      const person = addedPerson(objectIn(fieldOf(e, "person")));
      return typeof person === "string" ? person : { op, person };
    }
    case "addLink": {
      const link = addedLink(objectIn(fieldOf(e, "link")));
      return typeof link === "string" ? link : { op, link };
    }
    case "updatePerson":
    case "updateLink": {
      const changes = objectIn(fieldOf(e, "changes"));
      if (id === undefined || !changes) return `${op} needs an id and changes`;
      if (op === "updateLink") {
        const read = linkChanges(op, changes);
        return typeof read === "string" ? read : { op, id: linkIdOf(id), changes: read };
      }
      const read = personChanges(op, changes);
      return typeof read === "string" ? read : { op, id: personIdOf(id), changes: read };
    }
    case "removePerson":
      return id === undefined ? `${op} needs an id` : { op, id: personIdOf(id) };
    case "removeLink":
      return id === undefined ? `${op} needs an id` : { op, id: linkIdOf(id) };
    case "mergePeople": {
      const from = textOf(e, "from");
      const into = textOf(e, "into");
      return from !== undefined && into !== undefined
        ? { op, from: personIdOf(from), into: personIdOf(into) }
        : "mergePeople needs from and into";
    }
    default:
      return `"${String(op)}" is not an edit Mosaic knows`;
  }
}
