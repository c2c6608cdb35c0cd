/**
 * Edits to the people and links a user holds: add, change, remove and merge people; add, change
 * and remove links. An edit is plain data (so it can be stored, undone, and replayed over the
 * files it was made on); applying one never throws (see edits.ts).
 */
import type { LinkStore } from "../model/linkStore.ts";
import type { LinkId, Person, PersonId, SupportLink } from "../model/types.ts";

/** The fields a record may go without. */
type OptionalKey<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * Field changes; `null` clears a field (JSON cannot carry `undefined`). Only a field a record may go
 * without can be cleared, and a record's id never changes.
 */
export type Changes<T> = {
  readonly [K in Exclude<keyof T, "id" | "link_id">]?: K extends OptionalKey<T> ? T[K] | null : T[K];
};

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
