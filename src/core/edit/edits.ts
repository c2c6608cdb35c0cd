/**
 * Edits to the people and links a user holds: add, change, remove and merge people; add, change
 * and remove links. An edit is plain data (so it can be stored, undone, and replayed over the
 * files it was made on); applying one never throws: an edit that no longer fits (its person has
 * gone) comes back with a problem in words and leaves the data as it was.
 */
import { canonicalLink as toLink, canonicalPerson as toPerson, slotsOfLink } from "../model/canonical.ts";
import type { LinkStore } from "../model/linkStore.ts";
import { FROM_SLOT, linkAt, TO_SLOT } from "../model/linkStore.ts";
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

/** People and their links: the links' ends are positions in `people` (see LinkStore). */
export interface PeopleAndLinks {
  readonly people: readonly Person[];
  readonly links: LinkStore;
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

/** Each people list's positions by id, made once per list: the page replays its edits over the same import at every change. */
const indexes = new WeakMap<readonly Person[], ReadonlyMap<string, number>>();

function indexOfPeople(people: readonly Person[]): ReadonlyMap<string, number> {
  const known = indexes.get(people);
  if (known) return known;
  const made = new Map<string, number>();
  people.forEach((p, i) => made.set(p.id, i));
  indexes.set(people, made);
  return made;
}

/** Finding a person's position by id. */
interface Lookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Positions by id: the people list's index as it came, with those added and removed since (it is never copied). */
class Positions implements Lookup {
  private readonly added = new Map<string, number>();
  private readonly removed = new Set<string>();

  constructor(private readonly base: ReadonlyMap<string, number>) {}

  get(id: string): number | undefined {
    const at = this.added.get(id);
    if (at !== undefined) return at;
    return this.removed.has(id) ? undefined : this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, at: number): void {
    this.added.set(id, at);
  }

  delete(id: string): void {
    this.added.delete(id);
    this.removed.add(id);
  }
}

function linkProblem(link: SupportLink, people: Lookup): string | undefined {
  if (link.from_id === link.to_id) return "someone cannot support themselves";
  if (!people.has(link.from_id)) return `there is no one with id ${link.from_id}`;
  if (!people.has(link.to_id)) return `there is no one with id ${link.to_id}`;
  if (link.support_types.length === 0 && (link.other_types?.length ?? 0) === 0)
    return "a link needs at least one kind of support";
  return undefined;
}

/**
 * Edits being made: the people as they stand, a copy of the link store written in place (so the
 * network built after edits reads the same typed columns as one built straight from the files),
 * and the people and links removed so far. Both are taken out once, at the end: until then every
 * position holds, so the index of people by id is made once per batch and only ever updated, and
 * no edit makes the people list or the store's columns anew.
 *
 * People ids are taken to be unique (the import and `addPerson` make sure of it).
 */
class Editing {
  /** Everyone so far by position, the removed included (see `removed`): this batch's own copy. */
  private readonly everyone: Person[];
  /** The position of each person not removed, by id. */
  private readonly positions: Positions;
  /** Positions in `everyone` of the people removed. */
  private readonly removed = new Set<number>();
  /** Positions of the links removed. */
  readonly gone = new Set<number>();

  constructor(
    people: readonly Person[],
    readonly links: LinkStore,
  ) {
    this.everyone = people.slice();
    this.positions = new Positions(indexOfPeople(people));
  }

  /** Each person's position by id (positions hold until `finish`). */
  index(): Lookup {
    return this.positions;
  }

  /** The person at position `i` (removed or not). */
  personAt(i: number): Person | undefined {
    return this.everyone[i];
  }

  /** Puts `p` at position `i`, in place of the person there (with the same id). */
  setPerson(i: number, p: Person): void {
    this.everyone[i] = p;
  }

  /** Every person not removed whose line manager was `id` now has `to` (none when undefined). */
  repointLineManager(id: PersonId, to: PersonId | undefined, skip: number): void {
    const everyone = this.everyone;
    for (let i = 0; i < everyone.length; i++) {
      const p = everyone[i];
      if (p && p.line_manager_id === id && i !== skip && !this.removed.has(i))
        everyone[i] = canonicalPerson({ ...p, line_manager_id: to });
    }
  }

  /** The position of the link with id `id` (not removed), or -1. */
  linkIndex(id: string): number {
    // The built-in search over the ids: far quicker at 500,000 links than a loop comparing each.
    const ids: readonly string[] = this.links.ids;
    const { count } = this.links;
    let l = ids.indexOf(id);
    while (l >= 0 && l < count && this.gone.has(l)) l = ids.indexOf(id, l + 1);
    return l < count ? l : -1;
  }

  addPerson(p: Person): void {
    const at = this.everyone.length;
    this.everyone.push(p);
    this.positions.set(p.id, at);
    // Links read with an id nobody had now have someone at that end.
    const { links } = this;
    const { from, to, count } = links;
    for (let l = 0; l < count; l++) {
      if (from[l] === -1 && links.valueAt(FROM_SLOT, l) === p.id) from[l] = at;
      if (to[l] === -1 && links.valueAt(TO_SLOT, l) === p.id) to[l] = at;
    }
  }

  /** Marks the person at `r` removed (their links already gone or moved); taken out at the end. */
  dropPerson(r: number): void {
    const p = this.everyone[r];
    if (p) this.positions.delete(p.id);
    this.removed.add(r);
  }

  /** Writes `link` at `l`, its ends at the positions of its ids. */
  setLink(l: number, link: SupportLink): void {
    this.links.write(l, slotsOfLink(link));
    this.links.from[l] = this.positions.get(link.from_id) ?? -1;
    this.links.to[l] = this.positions.get(link.to_id) ?? -1;
  }

  /** The people and links as edited: the removed taken out, later positions moved down. */
  finish(): PeopleAndLinks {
    const { links } = this;
    if (this.gone.size > 0) {
      const keep = new Uint8Array(links.count).fill(1);
      for (const l of this.gone) keep[l] = 0;
      links.keep(keep);
      this.gone.clear();
    }
    if (this.removed.size === 0) return { people: this.everyone, links };
    // Each old position's new one; no link left ends at a removed person (their links went or moved).
    const moved = new Int32Array(this.everyone.length);
    const people: Person[] = [];
    for (let i = 0; i < this.everyone.length; i++) {
      const p = this.everyone[i];
      const gone = p === undefined || this.removed.has(i);
      moved[i] = gone ? -1 : people.length;
      if (!gone) people.push(p);
    }
    const { from, to, count } = links;
    for (let l = 0; l < count; l++) {
      const f = from[l]!;
      const t = to[l]!;
      if (f >= 0) from[l] = moved[f]!;
      if (t >= 0) to[l] = moved[t]!;
    }
    return { people, links };
  }
}

export function applyEdit(data: PeopleAndLinks, edit: Edit): EditOutcome {
  const w = new Editing(data.people, data.links.copy(edit.op === "addLink" ? 1 : 0));
  const problem = edit1(w, edit);
  return problem === undefined ? { data: w.finish() } : { data, problem };
}

/** Makes one edit on `w`, or says why it cannot be made (and leaves `w` as it was). */
function edit1(w: Editing, edit: Edit): string | undefined {
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
      w.setPerson(i, canonicalPerson(changed(p, edit.changes)));
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
      const next = canonicalLink(changed(linkAt(links, l), edit.changes));
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

/** The same person entered twice: `fromId`'s links move to `intoId`, and `fromId` goes. */
function mergePeople(w: Editing, fromId: PersonId, intoId: PersonId): string | undefined {
  if (fromId === intoId) return "choose two different people to merge";
  const ids = w.index();
  const fi = ids.get(fromId);
  const ii = ids.get(intoId);
  const from = fi === undefined ? undefined : w.personAt(fi);
  const into = ii === undefined ? undefined : w.personAt(ii);
  if (fi === undefined || !from) return `there is no one with id ${fromId}`;
  if (ii === undefined || !into) return `there is no one with id ${intoId}`;
  // The person kept keeps their own details and takes any the other had that they lack.
  const filled: Record<string, unknown> = { ...into };
  for (const [k, v] of Object.entries(from)) if (filled[k] === undefined) filled[k] = v;
  filled.is_ect = from.is_ect || into.is_ect;
  const kept = canonicalPerson(filled);
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
    if (links.from[l] === fi) links.from[l] = ii;
    if (links.to[l] === fi) links.to[l] = ii;
  }
  w.dropPerson(fi);
  w.setPerson(ii, kept);
  // The person kept keeps their own line manager as it was, even were it the one merged in.
  w.repointLineManager(fromId, intoId, ii);
  return undefined;
}

/** Applies edits in order; those that no longer fit are skipped and listed, the rest still apply. */
export function applyEdits(
  data: PeopleAndLinks,
  edits: readonly Edit[],
): { data: PeopleAndLinks; problems: { readonly index: number; readonly message: string }[] } {
  const problems: { index: number; message: string }[] = [];
  if (edits.length === 0) return { data, problems };
  // Room for the links added, so that adding one does not grow every column to twice its size.
  const w = new Editing(data.people, data.links.copy(edits.filter((e) => e.op === "addLink").length));
  edits.forEach((e, index) => {
    const problem = edit1(w, e);
    if (problem !== undefined) problems.push({ index, message: problem });
  });
  return { data: w.finish(), problems };
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
