import { describe, expect, it } from "vitest";
import {
  canonicalLink,
  canonicalPerson,
  LINK_SLOTS,
  linkFromSlots,
  PERSON_SLOTS,
  personFromSlots,
} from "../../../src/core/model/canonical.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../../../src/core/model/fields.ts";

describe("records from slots", () => {
  it("should put each slot's value in the field that slot names, in canonical order", () => {
    const person = personFromSlots(PERSON_SLOTS) as unknown as Record<string, unknown>;
    expect(Object.keys(person)).toEqual(Object.keys(canonicalPerson({})));
    for (const k of PERSON_SLOTS) expect(person[k]).toBe(k);
    const link = linkFromSlots(LINK_SLOTS) as unknown as Record<string, unknown>;
    expect(Object.keys(link)).toEqual(Object.keys(canonicalLink({})));
    for (const k of LINK_SLOTS) expect(link[k]).toBe(k);
  });

  it("should have a slot for every column of the schema", () => {
    for (const f of PERSON_FIELDS) expect(PERSON_SLOTS).toContain(f.name);
    for (const f of LINK_FIELDS) expect(LINK_SLOTS).toContain(f.name);
  });
});
