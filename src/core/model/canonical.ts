/**
 * Records in one fixed shape. Every person (and every link) gets every field, in schema order,
 * `undefined` where absent, so V8 gives them all one hidden class: the analysis then reads fields
 * monomorphically, several times faster on large networks than on objects of many shapes.
 * JSON drops the undefined fields, and the model treats undefined as absent.
 */
import type { PersonKind } from "./enums.ts";
import {
  boolIn,
  conceptionIn,
  experienceStageIn,
  formalityIn,
  frequencyIn,
  isoDateIn,
  linkIdIn,
  linkIdOf,
  linkRoleIn,
  mapStatusIn,
  mentorTrainingIn,
  modesIn,
  numberIn,
  originIn,
  personIdIn,
  personIdOf,
  seniorityIn,
  staffTypeIn,
  statusIn,
  styleIn,
  supportTypesIn,
  textIn,
  textListIn,
  unnamedIn,
  visibilityIn,
  willingnessIn,
} from "./slotValues.ts";
import type { Person, PersonId, SupportLink } from "./types.ts";

/** The person in the canonical shape: every field present, in schema order (a field `p` lacks is undefined). */
export function canonicalPerson(p: Person): Person {
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
  };
}

/** The link in the canonical shape (see canonicalPerson). */
export function canonicalLink(l: SupportLink): SupportLink {
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
  };
}

// Records with only the fields every record has: the canonical shape lists all the others, undefined.
const BLANK_PERSON = canonicalPerson({ id: personIdOf(""), name: "", kind: "person", is_ect: false });
const BLANK_LINK = canonicalLink({
  link_id: linkIdOf(""),
  from_id: personIdOf(""),
  to_id: personIdOf(""),
  support_types: [],
});
// Sound: a key of the canonical record is a key of its type (the literal above is checked for extra fields).
export const isPersonKey = (k: string): k is keyof Person => Object.hasOwn(BLANK_PERSON, k);
export const isLinkKey = (k: string): k is keyof SupportLink => Object.hasOwn(BLANK_LINK, k);

/** Each record's fields in canonical order, typed, to go through the fields of a record one by one. */
export const PERSON_KEYS: readonly (keyof Person)[] = Object.keys(BLANK_PERSON).filter(isPersonKey);
export const LINK_KEYS: readonly (keyof SupportLink)[] = Object.keys(BLANK_LINK).filter(isLinkKey);

/** Each record's fields in canonical order: the slot of each field in personDraftFromSlots / linkFromSlots. */
export const PERSON_SLOTS: readonly string[] = PERSON_KEYS;
export const LINK_SLOTS: readonly string[] = LINK_KEYS;

/** A person being read: their record, filled in place as later rows add to it (it becomes the Person). */
export type PersonDraft = { -readonly [K in keyof Person]: Person[K] };

/**
 * A person draft from their field values in canonical order (PERSON_SLOTS),
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

/**
 * A link from its field values in canonical order (LINK_SLOTS), each read by its type (see
 * slotValues.ts): the store holds what a link record held, so every read gives its value back.
 */
export function linkFromSlots(s: readonly unknown[]): SupportLink {
  return {
    link_id: linkIdIn(s[0]) ?? missing("link_id"),
    from_id: personIdIn(s[1]) ?? missing("from_id"),
    to_id: personIdIn(s[2]) ?? missing("to_id"),
    support_types: supportTypesIn(s[3]) ?? missing("support_types"),
    other_types: textListIn(s[4]),
    assesses: boolIn(s[5]),
    formality: formalityIn(s[6]),
    origin: originIn(s[7]),
    frequency: frequencyIn(s[8]),
    minutes_per_month: numberIn(s[9]),
    started_on: isoDateIn(s[10]),
    last_contact: isoDateIn(s[11]),
    status: statusIn(s[12]),
    visibility: visibilityIn(s[13]),
    subtopics: textListIn(s[14]),
    link_role: linkRoleIn(s[15]),
    brokered_by: personIdIn(s[16]),
    willingness: willingnessIn(s[17]),
    ends_on: isoDateIn(s[18]),
    trust: numberIn(s[19]),
    similarity: numberIn(s[20]),
    knew_before: boolIn(s[21]),
    style: styleIn(s[22]),
    modes: modesIn(s[23]),
    agreement_in_place: boolIn(s[24]),
    notes: textIn(s[25]),
  };
}

/** A field every link has, missing from the values read: the store was filled wrongly (a bug, not a file's fault). */
function missing(field: string): never {
  throw new TypeError(`a stored link has no readable ${field}`);
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
