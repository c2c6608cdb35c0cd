/**
 * Edits being made: the people as they stand, a copy of the link store written in place (so the
 * network built after edits reads the same typed columns as one built straight from the files;
 * the copy shares every column no edit writes with the store it was copied from), and the people
 * and links removed so far. Both are taken out once, at the end: until then every position holds,
 * so the index of people by id is made once per batch and only ever updated, and no edit makes the
 * people list or the store's columns anew.
 *
 * People ids are taken to be unique (the import and `addPerson` make sure of it).
 */
import { canonicalPerson, slotsOfLink } from "../model/canonical.ts";
import type { LinkStore } from "../model/linkStore.ts";
import { FROM_SLOT, TO_SLOT } from "../model/storeSlots.ts";
import type { Person, PersonId, SupportLink } from "../model/types.ts";
import type { PeopleAndLinks } from "./edit.ts";
import type { Lookup } from "./positions.ts";
import { indexOfPeople, Positions } from "./positions.ts";

export class Editing {
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
    const links = this.links;
    let l = links.indexOfId(id);
    while (l >= 0 && this.gone.has(l)) l = links.indexOfId(id, l + 1);
    return l;
  }

  addPerson(p: Person): void {
    const at = this.everyone.length;
    this.everyone.push(p);
    this.positions.set(p.id, at);
    // Links read with an id nobody had now have someone at that end.
    const { links } = this;
    const { from, to, count } = links;
    for (let l = 0; l < count; l++) {
      if (from[l] === -1 && links.valueAt(FROM_SLOT, l) === p.id) links.setFrom(l, at);
      if (to[l] === -1 && links.valueAt(TO_SLOT, l) === p.id) links.setTo(l, at);
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
    this.links.setFrom(l, this.positions.get(link.from_id) ?? -1);
    this.links.setTo(l, this.positions.get(link.to_id) ?? -1);
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
    links.renumberEnds(moved);
    return { people, links };
  }
}
