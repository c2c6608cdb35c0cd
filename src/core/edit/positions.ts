/** Finding a person's position by id while edits are made, without copying the people list's index. */
import type { Person } from "../model/types.ts";

/** Each people list's positions by id, made once per list: the page replays its edits over the same import at every change. */
const indexes = new WeakMap<readonly Person[], ReadonlyMap<string, number>>();

export function indexOfPeople(people: readonly Person[]): ReadonlyMap<string, number> {
  const known = indexes.get(people);
  if (known) return known;
  const made = new Map<string, number>();
  people.forEach((p, i) => made.set(p.id, i));
  indexes.set(people, made);
  return made;
}

/** Finding a person's position by id. */
export interface Lookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/** Positions by id: the people list's index as it came, with those added and removed since (it is never copied). */
export class Positions implements Lookup {
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
