/**
 * Records in one fixed shape. Every person (and every link) gets every field, in schema order,
 * `undefined` where absent, so V8 gives them all one hidden class: the analysis then reads fields
 * monomorphically, several times faster on large networks than on objects of many shapes.
 * JSON drops the undefined fields, and the model treats undefined as absent.
 */
import type { PersonKind } from "./enums.ts";
import {
  conceptionIn,
  unnamedIn,
  experienceStageIn,
  mapStatusIn,
  mentorTrainingIn,
  numberIn,
  personIdIn,
  seniorityIn,
  staffTypeIn,
  textIn,
  textListIn,
} from "./slotValues.ts";
import type { Person, PersonId, SupportLink } from "./types.ts";

type Loose = Readonly<Record<string, unknown>>;

export function canonicalPerson(p: Loose): Person {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    is_ect: p.is_ect,
    role_title: p.role_title,
    school: p.school,
    seniority: p.seniority,
    line_manager_id: p.line_manager_id,
    capacity: p.capacity,
    capacity_minutes_per_month: p.capacity_minutes_per_month,
    ect_year: p.ect_year,
    map_status: p.map_status,
    staff_type: p.staff_type,
    department: p.department,
    years_experience: p.years_experience,
    mentor_training: p.mentor_training,
    support_experience_stage: p.support_experience_stage,
    mentoring_conception: p.mentoring_conception,
    wants_orientation: p.wants_orientation,
    strengths: p.strengths,
    notes: p.notes,
    unnamed: p.unnamed,
  } as Person;
}

export function canonicalLink(l: Loose): SupportLink {
  return {
    link_id: l.link_id,
    from_id: l.from_id,
    to_id: l.to_id,
    support_types: l.support_types,
    other_types: l.other_types,
    assesses: l.assesses,
    formality: l.formality,
    origin: l.origin,
    frequency: l.frequency,
    minutes_per_month: l.minutes_per_month,
    started_on: l.started_on,
    last_contact: l.last_contact,
    status: l.status,
    visibility: l.visibility,
    subtopics: l.subtopics,
    link_role: l.link_role,
    brokered_by: l.brokered_by,
    willingness: l.willingness,
    ends_on: l.ends_on,
    trust: l.trust,
    similarity: l.similarity,
    knew_before: l.knew_before,
    style: l.style,
    modes: l.modes,
    agreement_in_place: l.agreement_in_place,
    notes: l.notes,
  } as SupportLink;
}

/** A person with every field present and undefined, to fill in place. */
export function blankPerson(): Record<string, unknown> {
  return canonicalPerson({}) as unknown as Record<string, unknown>;
}

/** A link with every field present and undefined, to fill in place. */
export function blankLink(): Record<string, unknown> {
  return canonicalLink({}) as unknown as Record<string, unknown>;
}

/** Each record's fields in canonical order: the slot of each field in personFromSlots / linkFromSlots. */
export const PERSON_SLOTS: readonly string[] = Object.keys(blankPerson());
export const LINK_SLOTS: readonly string[] = Object.keys(blankLink());

/**
 * A person from their field values in canonical order (PERSON_SLOTS): the import fills such an
 * array cell by cell, an array store where a store by field name is a slow keyed store.
 */
export function personFromSlots(s: readonly unknown[]): Person {
  return {
    id: s[0],
    name: s[1],
    kind: s[2],
    is_ect: s[3],
    role_title: s[4],
    school: s[5],
    seniority: s[6],
    line_manager_id: s[7],
    capacity: s[8],
    capacity_minutes_per_month: s[9],
    ect_year: s[10],
    map_status: s[11],
    staff_type: s[12],
    department: s[13],
    years_experience: s[14],
    mentor_training: s[15],
    support_experience_stage: s[16],
    mentoring_conception: s[17],
    wants_orientation: s[18],
    strengths: s[19],
    notes: s[20],
    unnamed: s[21],
  } as Person;
}

/** A person being read: their record, filled in place as later rows add to it (it becomes the Person). */
export type PersonDraft = { -readonly [K in keyof Person]: Person[K] };

/**
 * A person draft from their field values in canonical order (PERSON_SLOTS, as personFromSlots),
 * with the four fields every person has given, as the import has settled them. Each other value
 * is read by its type (see slotValues.ts); the import wrote each slot with a value of that type.
 */
export function personDraftFromSlots(
  s: readonly unknown[],
  id: PersonId,
  name: string,
  kind: PersonKind,
  isEct: boolean,
): PersonDraft {
  return {
    id,
    name,
    kind,
    is_ect: isEct,
    role_title: textIn(s[4]),
    school: textIn(s[5]),
    seniority: seniorityIn(s[6]),
    line_manager_id: personIdIn(s[7]),
    capacity: numberIn(s[8]),
    capacity_minutes_per_month: numberIn(s[9]),
    ect_year: numberIn(s[10]),
    map_status: mapStatusIn(s[11]),
    staff_type: staffTypeIn(s[12]),
    department: textIn(s[13]),
    years_experience: numberIn(s[14]),
    mentor_training: mentorTrainingIn(s[15]),
    support_experience_stage: experienceStageIn(s[16]),
    mentoring_conception: conceptionIn(s[17]),
    wants_orientation: conceptionIn(s[18]),
    strengths: textListIn(s[19]),
    notes: textIn(s[20]),
    unnamed: unnamedIn(s[21]),
  };
}

/** A person known only by name (from a link row or a survey answer): every other field blank. */
export function namedPersonDraft(id: PersonId, name: string, isEct: boolean): PersonDraft {
  return {
    id,
    name,
    kind: "person",
    is_ect: isEct,
    role_title: undefined,
    school: undefined,
    seniority: undefined,
    line_manager_id: undefined,
    capacity: undefined,
    capacity_minutes_per_month: undefined,
    ect_year: undefined,
    map_status: undefined,
    staff_type: undefined,
    department: undefined,
    years_experience: undefined,
    mentor_training: undefined,
    support_experience_stage: undefined,
    mentoring_conception: undefined,
    wants_orientation: undefined,
    strengths: undefined,
    notes: undefined,
    unnamed: undefined,
  };
}

/** A link from its field values in canonical order (LINK_SLOTS; see personFromSlots). */
export function linkFromSlots(s: readonly unknown[]): SupportLink {
  return {
    link_id: s[0],
    from_id: s[1],
    to_id: s[2],
    support_types: s[3],
    other_types: s[4],
    assesses: s[5],
    formality: s[6],
    origin: s[7],
    frequency: s[8],
    minutes_per_month: s[9],
    started_on: s[10],
    last_contact: s[11],
    status: s[12],
    visibility: s[13],
    subtopics: s[14],
    link_role: s[15],
    brokered_by: s[16],
    willingness: s[17],
    ends_on: s[18],
    trust: s[19],
    similarity: s[20],
    knew_before: s[21],
    style: s[22],
    modes: s[23],
    agreement_in_place: s[24],
    notes: s[25],
  } as SupportLink;
}

/** A link's field values in canonical order (LINK_SLOTS): the inverse of linkFromSlots. */
export function slotsOfLink(l: SupportLink): unknown[] {
  return [
    l.link_id,
    l.from_id,
    l.to_id,
    l.support_types,
    l.other_types,
    l.assesses,
    l.formality,
    l.origin,
    l.frequency,
    l.minutes_per_month,
    l.started_on,
    l.last_contact,
    l.status,
    l.visibility,
    l.subtopics,
    l.link_role,
    l.brokered_by,
    l.willingness,
    l.ends_on,
    l.trust,
    l.similarity,
    l.knew_before,
    l.style,
    l.modes,
    l.agreement_in_place,
    l.notes,
  ];
}
