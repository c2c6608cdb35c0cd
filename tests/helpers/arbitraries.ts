/** fast-check generators of valid people and links (values the model can hold). */
import fc from "fast-check";
import type { Person, SupportLink } from "../../src/core/index.ts";
import { ALL_TYPES, FREQUENCIES, LINK_ROLES, STATUSES } from "../../src/core/index.ts";
import { schoolKey } from "../../src/core/model/schoolNames.ts";
import {
  CONCEPTIONS,
  EXPERIENCE_STAGES,
  FORMALITIES,
  MAP_STATUSES,
  MENTOR_TRAININGS,
  MODES,
  ORIGINS,
  SENIORITIES,
  STAFF_TYPES,
  STYLES,
  VISIBILITIES,
  WILLINGNESSES,
} from "../../src/core/model/enums.ts";

/** Text as a cell holds it after import: trimmed and not empty. */
export const text = fc
  .string({
    minLength: 1,
    maxLength: 12,
    unit: fc.oneof(
      fc.constantFrom("=", "+", "-", "@", "'", '"', ",", ";", "\n", " ", "é", "\t"),
      fc.string({ minLength: 1, maxLength: 1 }),
    ),
  })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
/** A list item: no separators, single spaces. */
const item = fc
  .string({ minLength: 1, maxLength: 8 })
  .map((s) =>
    s
      .replace(/[;|\n\r\t,]/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .filter((s) => s.length > 0);
const date = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2039-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const personArb = (id: string): fc.Arbitrary<Person> =>
  fc
    .record({
      name: text,
      kind: fc.constantFrom("person", "group"),
      is_ect: fc.boolean(),
      role_title: opt(text),
      school: opt(text),
      seniority: opt(fc.constantFrom(...SENIORITIES)),
      capacity: opt(fc.nat(20)),
      capacity_minutes_per_month: opt(fc.nat(1000)),
      ect_year: opt(fc.integer({ min: 1, max: 2 })),
      map_status: opt(fc.constantFrom(...MAP_STATUSES)),
      staff_type: opt(fc.constantFrom(...STAFF_TYPES)),
      department: opt(text),
      years_experience: opt(fc.nat(400).map((n) => n / 10)),
      mentor_training: opt(fc.constantFrom(...MENTOR_TRAININGS)),
      support_experience_stage: opt(fc.constantFrom(...EXPERIENCE_STAGES)),
      mentoring_conception: opt(fc.constantFrom(...CONCEPTIONS)),
      wants_orientation: opt(fc.constantFrom(...CONCEPTIONS)),
      strengths: opt(fc.uniqueArray(item, { minLength: 1, maxLength: 3 })),
      notes: opt(text),
    })
    .map((p) => compact({ id, ...p }) as unknown as Person);

export const linkArb = (linkId: string, from: string, to: string): fc.Arbitrary<SupportLink> =>
  fc
    .record({
      support_types: fc.subarray([...ALL_TYPES], { minLength: 1 }),
      other_types: opt(fc.subarray(["juggling", "pastoral", "mentoring"], { minLength: 1 })),
      assesses: opt(fc.boolean()),
      formality: opt(fc.constantFrom(...FORMALITIES)),
      origin: opt(fc.constantFrom(...ORIGINS)),
      frequency: opt(fc.constantFrom(...FREQUENCIES)),
      minutes_per_month: opt(fc.nat(600)),
      started_on: opt(date),
      last_contact: opt(date),
      status: opt(fc.constantFrom(...STATUSES)),
      visibility: opt(fc.constantFrom(...VISIBILITIES)),
      subtopics: opt(fc.uniqueArray(item, { minLength: 1, maxLength: 3 })),
      link_role: opt(fc.constantFrom(...LINK_ROLES)),
      willingness: opt(fc.constantFrom(...WILLINGNESSES)),
      ends_on: opt(date),
      trust: opt(fc.integer({ min: 1, max: 5 })),
      similarity: opt(fc.integer({ min: 1, max: 5 })),
      knew_before: opt(fc.boolean()),
      style: opt(fc.constantFrom(...STYLES)),
      modes: opt(fc.subarray([...MODES], { minLength: 1 })),
      agreement_in_place: opt(fc.boolean()),
      notes: opt(text),
    })
    .map((l) => compact({ link_id: linkId, from_id: from, to_id: to, ...l }) as unknown as SupportLink);

/**
 * Each school written one way, as an import leaves it: spellings differing only in case or spacing
 * ("a" and "A") are one school, shown as written most often, so a network holding both would not
 * come back from an import as it went in. The first spelling of each stands for all of them.
 */
function settledSchools(people: readonly Person[]): Person[] {
  const first = new Map<string, string>();
  return people.map((p) => {
    if (p.school === undefined) return p;
    const key = schoolKey(p.school);
    const school = first.get(key) ?? p.school;
    first.set(key, school);
    return school === p.school ? p : { ...p, school };
  });
}

/** A network of 1 to `max` people and links between distinct people, no duplicate links. */
export const networkArb = (max = 8) =>
  fc.integer({ min: 1, max }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `P${i}`);
    const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));
    return fc
      .tuple(
        fc.tuple(...ids.map((id) => personArb(id))),
        pairs.length === 0
          ? fc.constant([])
          : fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 12, selector: ([a, b]) => `${a}>${b}` }),
      )
      .chain(([people, chosen]) =>
        fc.tuple(
          fc.constant(settledSchools(people)),
          chosen.length === 0
            ? fc.constant([] as SupportLink[])
            : fc.tuple(...chosen.map(([a, b], i) => linkArb(`L${i + 1}`, a, b))),
        ),
      );
  });
