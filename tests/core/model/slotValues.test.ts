import { describe, expect, it } from "vitest";
import {
  canonicalPerson,
  namedPersonDraft,
  PERSON_SLOTS,
  personDraftFromSlots,
} from "../../../src/core/model/canonical.ts";
import {
  isoDateIn,
  linkRoleIn,
  numberIn,
  personIdOf,
  supportTypesIn,
  textIn,
  textListIn,
} from "../../../src/core/model/slotValues.ts";
import type { Person } from "../../../src/core/model/types.ts";

const full: Person = {
  id: personIdOf("P1"),
  name: "Ann Lee",
  kind: "person",
  is_ect: true,
  role_title: "Teacher",
  school: "Hill",
  seniority: "ect",
  line_manager_id: personIdOf("P2"),
  capacity: 2,
  capacity_minutes_per_month: 60,
  ect_year: 1,
  map_status: "draft",
  staff_type: "teaching",
  department: "Maths",
  years_experience: 0.5,
  mentor_training: "basic",
  support_experience_stage: "mentor",
  mentoring_conception: "mixed",
  wants_orientation: "developmental",
  strengths: ["maths"],
  notes: "n",
};

describe("slot values", () => {
  it("should give back a value of its type and undefined for any other", () => {
    expect(textIn("a")).toBe("a");
    expect(textIn(1)).toBeUndefined();
    expect(numberIn(0)).toBe(0);
    expect(numberIn("0")).toBeUndefined();
    expect(linkRoleIn("ect_mentor")).toBe("ect_mentor");
    expect(linkRoleIn("mentor")).toBeUndefined();
    expect(isoDateIn("2025-03-14")).toBe("2025-03-14");
    expect(isoDateIn("14/03/2025")).toBeUndefined();
    expect(supportTypesIn(["pedagogy", "behaviour"])).toEqual(["pedagogy", "behaviour"]);
    expect(supportTypesIn(["pedagogy", "teaching"])).toBeUndefined();
    expect(textListIn(["a", 1])).toBeUndefined();
  });
});

describe("person drafts", () => {
  it("should read every field from its slot", () => {
    const slots = PERSON_SLOTS.map((k) => Object.entries(full).find(([f]) => f === k)?.[1]);
    const draft = personDraftFromSlots(slots, full.id, full.name, full.kind, full.is_ect);
    expect(draft).toStrictEqual(canonicalPerson(full));
    expect(Object.keys(draft)).toEqual(PERSON_SLOTS);
  });

  it("should make a person known by name in the canonical shape", () => {
    const draft = namedPersonDraft(personIdOf("Ann"), "Ann", false);
    expect(Object.keys(draft)).toEqual(PERSON_SLOTS);
    expect(draft).toMatchObject({ id: "Ann", name: "Ann", kind: "person", is_ect: false });
  });
});
