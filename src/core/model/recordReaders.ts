/**
 * People and links read from loose values (a project file's JSON, an edit stored on this device):
 * each field by a reader of its own type, from a table, so the compiler checks that every field
 * has one and that it gives that field's type. A value of the wrong type is never let through.
 */
import { isLinkKey, isPersonKey } from "./canonical.ts";
import {
  boolIn,
  conceptionIn,
  experienceStageIn,
  formalityIn,
  frequencyIn,
  isoDateIn,
  linkIdIn,
  linkRoleIn,
  mapStatusIn,
  mentorTrainingIn,
  modesIn,
  numberIn,
  originIn,
  personIdIn,
  personKindIn,
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
import type { Person, SupportLink } from "./types.ts";

/** A field's value when it is of the field's type, else undefined. */
type Reader<T> = (value: unknown) => T | undefined;
/**
 * A reader for every field, optional ones too: mapped over the keys as a plain union (Exclude makes
 * one), which keeps no `?`, and lets `READERS[key]` be typed as the reader of that very key.
 */
type Readers<T> = { readonly [K in Exclude<keyof T, never>]: Reader<T[K]> };

/** Some of a record's fields, being read one by one. */
export type PersonPart = { -readonly [K in keyof Person]?: Person[K] };
export type LinkPart = { -readonly [K in keyof SupportLink]?: SupportLink[K] };

const PERSON_READERS: Readers<Person> = {
  id: personIdIn,
  name: textIn,
  kind: personKindIn,
  is_ect: boolIn,
  role_title: textIn,
  school: textIn,
  seniority: seniorityIn,
  line_manager_id: personIdIn,
  capacity: numberIn,
  capacity_minutes_per_month: numberIn,
  ect_year: numberIn,
  map_status: mapStatusIn,
  staff_type: staffTypeIn,
  department: textIn,
  years_experience: numberIn,
  mentor_training: mentorTrainingIn,
  support_experience_stage: experienceStageIn,
  mentoring_conception: conceptionIn,
  wants_orientation: conceptionIn,
  strengths: textListIn,
  notes: textIn,
  unnamed: unnamedIn,
};

const LINK_READERS: Readers<SupportLink> = {
  link_id: linkIdIn,
  from_id: personIdIn,
  to_id: personIdIn,
  support_types: supportTypesIn,
  other_types: textListIn,
  assesses: boolIn,
  formality: formalityIn,
  origin: originIn,
  frequency: frequencyIn,
  minutes_per_month: numberIn,
  started_on: isoDateIn,
  last_contact: isoDateIn,
  status: statusIn,
  visibility: visibilityIn,
  subtopics: textListIn,
  link_role: linkRoleIn,
  brokered_by: personIdIn,
  willingness: willingnessIn,
  ends_on: isoDateIn,
  trust: numberIn,
  similarity: numberIn,
  knew_before: boolIn,
  style: styleIn,
  modes: modesIn,
  agreement_in_place: boolIn,
  notes: textIn,
};

/** Some fields of a person (of a link) with any of them null, "cleared", as an edit's changes hold them. */
export type PersonChangesPart = { -readonly [K in keyof Person]?: Person[K] | null };
export type LinkChangesPart = { -readonly [K in keyof SupportLink]?: SupportLink[K] | null };

function setPersonField<K extends keyof Person>(out: PersonPart, key: K, value: unknown): boolean {
  const read = PERSON_READERS[key](value);
  if (read === undefined) return false;
  out[key] = read;
  return true;
}

function setLinkField<K extends keyof SupportLink>(out: LinkPart, key: K, value: unknown): boolean {
  const read = LINK_READERS[key](value);
  if (read === undefined) return false;
  out[key] = read;
  return true;
}

/**
 * A record's fields read from `value` (see readPersonChanges), a null taken as a field left out:
 * for a whole record, where nothing is there to clear.
 */
export function readPersonPart(value: object): PersonPart | string {
  const out: PersonPart = {};
  const entries: [string, unknown][] = Object.entries(value);
  for (const [key, v] of entries)
    if (isPersonKey(key) && v !== undefined && v !== null && !setPersonField(out, key, v))
      return `its ${key} cannot be read`;
  return out;
}

export function readLinkPart(value: object): LinkPart | string {
  const out: LinkPart = {};
  const entries: [string, unknown][] = Object.entries(value);
  for (const [key, v] of entries)
    if (isLinkKey(key) && v !== undefined && v !== null && !setLinkField(out, key, v))
      return `its ${key} cannot be read`;
  return out;
}

/** Sets field `key` of `out` from `value`, a null as null: false when the value is not of the field's type. */
function readPersonField<K extends keyof Person>(out: PersonChangesPart, key: K, value: unknown): boolean {
  const read = value === null ? null : PERSON_READERS[key](value);
  if (read === undefined) return false;
  out[key] = read;
  return true;
}

function readLinkField<K extends keyof SupportLink>(out: LinkChangesPart, key: K, value: unknown): boolean {
  const read = value === null ? null : LINK_READERS[key](value);
  if (read === undefined) return false;
  out[key] = read;
  return true;
}

/**
 * The fields of `value` that a person has, but `skip`, each read by its type, a null kept as null
 * (JSON's only way to say "cleared"); fields Mosaic does not know are left out. A string names
 * the first field whose value is not of its type.
 */
export function readPersonChanges(value: object, skip?: keyof Person): PersonChangesPart | string {
  const out: PersonChangesPart = {};
  const entries: [string, unknown][] = Object.entries(value);
  for (const [key, v] of entries)
    if (isPersonKey(key) && key !== skip && v !== undefined && !readPersonField(out, key, v))
      return `its ${key} cannot be read`;
  return out;
}

/** The fields of `value` that a link has, but `skip` (see readPersonChanges). */
export function readLinkChanges(value: object, skip?: keyof SupportLink): LinkChangesPart | string {
  const out: LinkChangesPart = {};
  const entries: [string, unknown][] = Object.entries(value);
  for (const [key, v] of entries)
    if (isLinkKey(key) && key !== skip && v !== undefined && !readLinkField(out, key, v))
      return `its ${key} cannot be read`;
  return out;
}
