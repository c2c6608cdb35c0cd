import { describe, expect, it } from "vitest";
import {
  canonicalLink,
  canonicalPerson,
  LINK_SLOTS,
  linkFromSlots,
  PERSON_SLOTS,
  slotsOfLink,
} from "../../../src/core/model/canonical.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../../../src/core/model/fields.ts";
import { linkIdOf, personIdOf } from "../../../src/core/model/slotValues.ts";
import type { SupportLink } from "../../../src/core/model/types.ts";

/** A link with every field given (ids set per test). */
const LINK: SupportLink = {
  link_id: linkIdOf("L9"),
  from_id: personIdOf("X"),
  to_id: personIdOf("Y"),
  support_types: ["pedagogy"],
  other_types: ["x"],
  assesses: true,
  formality: "formal",
  origin: "emergent",
  frequency: "weekly",
  minutes_per_month: 30,
  status: "strained",
  visibility: "school",
  subtopics: ["s"],
  link_role: "ect_mentor",
  brokered_by: personIdOf("Z"),
  willingness: "asked",
  trust: 4,
  similarity: 2,
  knew_before: false,
  style: "mixed",
  modes: ["advice", "modelling"],
  agreement_in_place: true,
  notes: "n",
};

describe("records from slots", () => {
  it("should put each slot's value in the field that slot names, in canonical order", () => {
    const link = canonicalLink({ ...LINK, link_id: linkIdOf("L1"), from_id: personIdOf("A"), to_id: personIdOf("B") });
    expect(Object.keys(link)).toEqual(LINK_SLOTS);
    expect(linkFromSlots(slotsOfLink(link))).toStrictEqual(link);
    const values: unknown[] = slotsOfLink(link);
    LINK_SLOTS.forEach((k, i) => expect(Object.entries(link).find(([f]) => f === k)?.[1]).toBe(values[i]));
    const person = canonicalPerson({ id: personIdOf("A"), name: "Ann", kind: "person", is_ect: true });
    expect(Object.keys(person)).toEqual(PERSON_SLOTS);
  });

  it("should read a link's values by their types, and refuse one without its ids", () => {
    const values: unknown[] = slotsOfLink({ ...LINK, status: "active" });
    values[LINK_SLOTS.indexOf("status")] = "on hold";
    expect(linkFromSlots(values).status).toBeUndefined();
    values[LINK_SLOTS.indexOf("from_id")] = undefined;
    expect(() => linkFromSlots(values)).toThrow(/from_id/);
  });

  it("should have a slot for every column of the schema", () => {
    for (const f of PERSON_FIELDS) expect(PERSON_SLOTS).toContain(f.name);
    for (const f of LINK_FIELDS) expect(LINK_SLOTS).toContain(f.name);
  });
});
