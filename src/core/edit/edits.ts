/**
 * Edits to the people and links a user holds: add, change, remove and merge people; add, change
 * and remove links. An edit is plain data (so it can be stored, undone, and replayed over the
 * files it was made on); applying one never throws: an edit that no longer fits (its person has
 * gone) comes back with a problem in words and leaves the data as it was.
 */
import { canonicalLink as toLink, canonicalPerson as toPerson } from "../model/canonical.ts";
import { isSupportType, sortTypes } from "../model/supportTypes.ts";
import type { LinkId, Person, PersonId, SupportLink } from "../model/types.ts";

/** Field changes; `null` clears a field (JSON cannot carry `undefined`). */
export type Changes<T> = { readonly [K in Exclude<keyof T, "id" | "link_id">]?: T[K] | null };

export type Edit =
  | { readonly op: "addPerson"; readonly person: Person }
  | { readonly op: "updatePerson"; readonly id: PersonId; readonly changes: Changes<Person> }
  /** Removes the person and every link to or from them. */
  | { readonly op: "removePerson"; readonly id: PersonId }
  /** The same person entered twice: `from`'s links move to `into`, and `from` goes. */
  | { readonly op: "mergePeople"; readonly from: PersonId; readonly into: PersonId }
  | { readonly op: "addLink"; readonly link: SupportLink }
  | { readonly op: "updateLink"; readonly id: LinkId; readonly changes: Changes<SupportLink> }
  | { readonly op: "removeLink"; readonly id: LinkId };

export interface PeopleAndLinks {
  readonly people: readonly Person[];
  readonly links: readonly SupportLink[];
}

export type EditOutcome =
  | { readonly data: PeopleAndLinks; readonly problem?: undefined }
  | {
      readonly data: PeopleAndLinks;
      readonly problem: string;
    };

// Records in the model's one fixed shape (see canonical.ts).
const canonicalPerson = (p: object): Person => toPerson(p as Record<string, unknown>);
const canonicalLink = (l: object): SupportLink => toLink(l as Record<string, unknown>);

function changed<T extends object>(record: T, changes: object): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [k, v] of Object.entries(changes)) out[k] = v === null ? undefined : v;
  return out as T;
}

function linkProblem(link: SupportLink, people: ReadonlySet<string>): string | undefined {
  if (link.from_id === link.to_id) return "someone cannot support themselves";
  if (!people.has(link.from_id)) return `there is no one with id ${link.from_id}`;
  if (!people.has(link.to_id)) return `there is no one with id ${link.to_id}`;
  if (link.support_types.length === 0 && (link.other_types?.length ?? 0) === 0)
    return "a link needs at least one kind of support";
  return undefined;
}

export function applyEdit(data: PeopleAndLinks, edit: Edit): EditOutcome {
  const { people, links } = data;
  const ids = new Set(people.map((p) => p.id as string));
  const fail = (problem: string): EditOutcome => ({ data, problem });
  switch (edit.op) {
    case "addPerson": {
      if (ids.has(edit.person.id)) return fail(`there is already someone with id ${edit.person.id}`);
      if (!edit.person.name.trim()) return fail("a person needs a name");
      return { data: { people: [...people, canonicalPerson(edit.person)], links } };
    }
    case "updatePerson": {
      if (!ids.has(edit.id)) return fail(`there is no one with id ${edit.id}`);
      if (edit.changes.name !== undefined && !edit.changes.name?.trim()) return fail("a person needs a name");
      return {
        data: { people: people.map((p) => (p.id === edit.id ? canonicalPerson(changed(p, edit.changes)) : p)), links },
      };
    }
    case "removePerson": {
      if (!ids.has(edit.id)) return fail(`there is no one with id ${edit.id}`);
      return {
        data: {
          people: people
            .filter((p) => p.id !== edit.id)
            .map((p) => (p.line_manager_id === edit.id ? canonicalPerson({ ...p, line_manager_id: undefined }) : p)),
          links: links.filter((l) => l.from_id !== edit.id && l.to_id !== edit.id),
        },
      };
    }
    case "mergePeople": {
      if (edit.from === edit.into) return fail("choose two different people to merge");
      const from = people.find((p) => p.id === edit.from);
      const into = people.find((p) => p.id === edit.into);
      if (!from) return fail(`there is no one with id ${edit.from}`);
      if (!into) return fail(`there is no one with id ${edit.into}`);
      // The person kept keeps their own details and takes any the other had that they lack.
      const filled: Record<string, unknown> = { ...into };
      for (const [k, v] of Object.entries(from)) if (filled[k] === undefined) filled[k] = v;
      filled.is_ect = from.is_ect || into.is_ect;
      const kept = canonicalPerson(filled);
      const repoint = (id: PersonId) => (id === edit.from ? edit.into : id);
      const merged: SupportLink[] = [];
      const at = new Map<string, number>();
      const moved = new Set<number>();
      for (const l of links) {
        const f = repoint(l.from_id);
        const t = repoint(l.to_id);
        if (f === t) continue;
        const wasMoved = f !== l.from_id || t !== l.to_id;
        const next = wasMoved ? canonicalLink({ ...l, from_id: f, to_id: t }) : l;
        const key = `${f}\u0000${t}`;
        const i = at.get(key);
        // Two links between the same pair because of the merge become one with both sets of
        // types; pairs that had several links before keep them.
        if (i !== undefined && (wasMoved || moved.has(i))) {
          const first = merged[i]!;
          merged[i] = canonicalLink({
            ...first,
            support_types: sortTypes([...new Set([...first.support_types, ...next.support_types])]),
            other_types:
              first.other_types || next.other_types
                ? [...new Set([...(first.other_types ?? []), ...(next.other_types ?? [])])]
                : undefined,
          });
          moved.add(i);
          continue;
        }
        if (i === undefined) at.set(key, merged.length);
        if (wasMoved) moved.add(merged.length);
        merged.push(next);
      }
      return {
        data: {
          people: people
            .filter((p) => p.id !== edit.from)
            .map((p) =>
              p.id === edit.into
                ? kept
                : p.line_manager_id === edit.from
                  ? canonicalPerson({ ...p, line_manager_id: edit.into })
                  : p,
            ),
          links: merged,
        },
      };
    }
    case "addLink": {
      if (links.some((l) => l.link_id === edit.link.link_id))
        return fail(`there is already a link with id ${edit.link.link_id}`);
      const problem = linkProblem(edit.link, ids);
      if (problem) return fail(problem);
      return {
        data: {
          people,
          links: [...links, canonicalLink({ ...edit.link, support_types: sortTypes(edit.link.support_types) })],
        },
      };
    }
    case "updateLink": {
      const old = links.find((l) => l.link_id === edit.id);
      if (!old) return fail(`there is no link with id ${edit.id}`);
      const next = canonicalLink(changed(old, edit.changes));
      const problem = linkProblem({ ...next, support_types: sortTypes(next.support_types ?? []) }, ids);
      if (problem) return fail(problem);
      return {
        data: {
          people,
          links: links.map((l) => (l === old ? { ...next, support_types: sortTypes(next.support_types) } : l)),
        },
      };
    }
    case "removeLink": {
      if (!links.some((l) => l.link_id === edit.id)) return fail(`there is no link with id ${edit.id}`);
      return { data: { people, links: links.filter((l) => l.link_id !== edit.id) } };
    }
  }
}

/** Applies edits in order; those that no longer fit are skipped and listed, the rest still apply. */
export function applyEdits(
  data: PeopleAndLinks,
  edits: readonly Edit[],
): { data: PeopleAndLinks; problems: { readonly index: number; readonly message: string }[] } {
  const problems: { index: number; message: string }[] = [];
  let current = data;
  edits.forEach((e, index) => {
    const r = applyEdit(current, e);
    if (r.problem !== undefined) problems.push({ index, message: r.problem });
    current = r.data;
  });
  return { data: current, problems };
}

/** An id not yet taken, readable where it can be: "maya-patel", then "maya-patel-2". */
export function freshId(taken: ReadonlySet<string>, base: string): string {
  const stem =
    base
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "person";
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const OPS = ["addPerson", "updatePerson", "removePerson", "mergePeople", "addLink", "updateLink", "removeLink"];

/** Reads an edit from a project file; a string says what is wrong with it. */
export function readEdit(value: unknown): Edit | string {
  if (!value || typeof value !== "object") return "an edit must be an object";
  const e = value as Record<string, unknown>;
  const str = (k: string) => typeof e[k] === "string" && e[k].length > 0;
  if (!OPS.includes(e.op as string)) return `"${String(e.op)}" is not an edit Mosaic knows`;
  const obj = (k: string) => e[k] !== null && typeof e[k] === "object" && !Array.isArray(e[k]);
  switch (e.op) {
    case "addPerson": {
      const p = e.person as Record<string, unknown> | undefined;
      if (!obj("person") || typeof p!.id !== "string" || typeof p!.name !== "string" || typeof p!.is_ect !== "boolean")
        return "addPerson needs a person with an id, a name and is_ect";
      return { op: "addPerson", person: canonicalPerson({ kind: "person", ...p }) };
    }
    case "addLink": {
      const l = e.link as Record<string, unknown> | undefined;
      const types = Array.isArray(l?.support_types) ? (l.support_types as unknown[]) : [];
      if (
        !obj("link") ||
        typeof l!.link_id !== "string" ||
        typeof l!.from_id !== "string" ||
        typeof l!.to_id !== "string"
      )
        return "addLink needs a link with link_id, from_id and to_id";
      if (!types.every((t) => typeof t === "string" && isSupportType(t)))
        return "addLink has an unknown kind of support";
      return { op: "addLink", link: canonicalLink(l!) };
    }
    case "updatePerson":
    case "updateLink":
      if (!str("id") || !obj("changes")) return `${e.op} needs an id and changes`;
      return e as unknown as Edit;
    case "removePerson":
    case "removeLink":
      return str("id") ? (e as unknown as Edit) : `${e.op} needs an id`;
    default:
      return str("from") && str("into") ? (e as unknown as Edit) : "mergePeople needs from and into";
  }
}
