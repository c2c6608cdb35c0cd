/**
 * Tiny network builders for hand-checked fixtures: people by id with a few attributes, links as
 * "giver > receiver: types" with optional fields.
 */
import type { Person, PersonId, Settings, SupportLink, SupportNetwork, SupportType } from "../../src/core/index.ts";
import { analyse, buildNetwork, resolveSettings, sortTypes } from "../../src/core/index.ts";

export const AS_OF = "2025-03-14";

export function person(id: string, attrs: Partial<Omit<Person, "id">> = {}): Person {
  return { id: id as PersonId, name: attrs.name ?? id, kind: "person", is_ect: false, ...attrs };
}

export function ect(id: string, attrs: Partial<Omit<Person, "id">> = {}): Person {
  return person(id, { is_ect: true, ...attrs });
}

export function group(id: string, attrs: Partial<Omit<Person, "id">> = {}): Person {
  return person(id, { kind: "group", staff_type: "group", ...attrs });
}

let counter = 0;
/** Link fields as plain values (dates and ids unbranded). */
export type LinkAttrs = {
  readonly [K in keyof SupportLink]?: SupportLink[K] extends string | undefined ? string : SupportLink[K];
};

export function link(from: string, to: string, types: readonly SupportType[], attrs: LinkAttrs = {}): SupportLink {
  return {
    link_id: attrs.link_id ?? `T${++counter}`,
    from_id: from as PersonId,
    to_id: to as PersonId,
    support_types: sortTypes(types),
    ...attrs,
  } as SupportLink;
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return resolveSettings({ as_of_date: AS_OF, ...overrides }, AS_OF).settings;
}

export function net(people: readonly Person[], links: readonly SupportLink[]): SupportNetwork {
  return buildNetwork(people, links);
}

export function run(people: readonly Person[], links: readonly SupportLink[], overrides: Partial<Settings> = {}) {
  return analyse(net(people, links), settings(overrides));
}

/** Codes of the flags raised for one ECT. */
export function ectCodes(
  people: readonly Person[],
  links: readonly SupportLink[],
  id = "E",
  overrides: Partial<Settings> = {},
): string[] {
  return run(people, links, overrides)
    .ects.find((e) => e.id === id)!
    .flags.map((f) => f.code);
}

export const ALL4: readonly SupportType[] = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"];
