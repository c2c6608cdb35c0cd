/**
 * The column schema of people.csv and links.csv: one list drives import (header matching, value
 * parsing) and export (column order, formatting), so the two cannot drift apart.
 */
import {
  CONCEPTIONS,
  EXPERIENCE_STAGES,
  FORMALITIES,
  FREQUENCIES,
  LINK_ROLES,
  MAP_STATUSES,
  MENTOR_TRAININGS,
  MODES,
  ORIGINS,
  PERSON_KINDS,
  SENIORITIES,
  STAFF_TYPES,
  STATUSES,
  STYLES,
  UNNAMED_KINDS,
  VISIBILITIES,
  WILLINGNESSES,
} from "./enums.ts";

export type FieldKind =
  | { readonly kind: "string" }
  | { readonly kind: "id" }
  | { readonly kind: "bool" }
  | { readonly kind: "int"; readonly min: number; readonly max?: number }
  | { readonly kind: "number"; readonly min: number }
  | { readonly kind: "date" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "list" }
  | { readonly kind: "enumList"; readonly values: readonly string[] }
  | { readonly kind: "types" };

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldKind;
  readonly required?: boolean;
  /** Header aliases (docs/domain.md 3.4), matched as whole normalised phrases. */
  readonly aliases?: readonly string[];
}

const str = { kind: "string" } as const;
const id = { kind: "id" } as const;
const bool = { kind: "bool" } as const;
const date = { kind: "date" } as const;
const list = { kind: "list" } as const;
const count = { kind: "int", min: 0 } as const;
const rating = { kind: "int", min: 1, max: 5 } as const;
const oneOf = (values: readonly string[]) => ({ kind: "enum", values }) as const;

export const PERSON_FIELDS: readonly FieldSpec[] = [
  { name: "id", type: id, required: true, aliases: ["person id", "staff id", "person_id"] },
  { name: "name", type: str, required: true, aliases: ["full name", "display name", "person name"] },
  { name: "kind", type: oneOf(PERSON_KINDS) },
  { name: "is_ect", type: bool, required: true, aliases: ["is ect", "ect?"] },
  { name: "role_title", type: str, aliases: ["role", "job title", "role title", "post"] },
  { name: "school", type: str },
  { name: "seniority", type: oneOf(SENIORITIES) },
  { name: "line_manager_id", type: id, aliases: ["line manager", "line manager id", "manager"] },
  { name: "capacity", type: count, aliases: ["max ects", "ect places"] },
  {
    name: "capacity_minutes_per_month",
    type: count,
    aliases: ["capacity minutes", "minutes available", "capacity minutes per month"],
  },
  { name: "ect_year", type: { kind: "int", min: 1, max: 9 }, aliases: ["induction year"] },
  { name: "map_status", type: oneOf(MAP_STATUSES) },
  { name: "staff_type", type: oneOf(STAFF_TYPES) },
  { name: "department", type: str, aliases: ["subject", "team", "phase"] },
  { name: "years_experience", type: { kind: "number", min: 0 }, aliases: ["years experience", "experience"] },
  { name: "mentor_training", type: oneOf(MENTOR_TRAININGS) },
  { name: "support_experience_stage", type: oneOf(EXPERIENCE_STAGES) },
  { name: "mentoring_conception", type: oneOf(CONCEPTIONS) },
  { name: "wants_orientation", type: oneOf(CONCEPTIONS) },
  { name: "strengths", type: list },
  { name: "notes", type: str },
  { name: "unnamed", type: oneOf(UNNAMED_KINDS) },
];

export const LINK_FIELDS: readonly FieldSpec[] = [
  { name: "link_id", type: id, aliases: ["link", "id"] },
  {
    name: "from_id",
    type: id,
    required: true,
    aliases: ["giver", "supporter", "from", "supporter name", "mentor", "who", "supporter id", "giver id"],
  },
  {
    name: "to_id",
    type: id,
    required: true,
    aliases: [
      "receiver",
      "mentee",
      "to",
      "ect",
      "ect name",
      "early career teacher",
      "ect id",
      "receiver id",
      "mentee name",
    ],
  },
  {
    name: "support_types",
    type: { kind: "types" },
    required: true,
    aliases: ["types", "support", "support type", "type", "type of support", "types of support", "kind of support"],
  },
  { name: "assesses", type: bool, aliases: ["assesses me", "do they assess you"] },
  { name: "formality", type: oneOf(FORMALITIES), aliases: ["formal"] },
  { name: "origin", type: oneOf(ORIGINS), aliases: ["chosen by"] },
  { name: "frequency", type: oneOf(FREQUENCIES), aliases: ["how often"] },
  { name: "minutes_per_month", type: count, aliases: ["minutes", "time per month"] },
  { name: "started_on", type: date, aliases: ["start date", "started"] },
  { name: "last_contact", type: date, aliases: ["last met", "last contact date"] },
  { name: "status", type: oneOf(STATUSES) },
  { name: "visibility", type: oneOf(VISIBILITIES) },
  { name: "subtopics", type: list },
  { name: "link_role", type: oneOf(LINK_ROLES), aliases: ["role"] },
  { name: "brokered_by", type: id },
  { name: "willingness", type: oneOf(WILLINGNESSES) },
  { name: "ends_on", type: date, aliases: ["end date", "ended"] },
  { name: "trust", type: rating },
  { name: "similarity", type: rating, aliases: ["relatable"] },
  { name: "knew_before", type: bool },
  { name: "style", type: oneOf(STYLES) },
  { name: "modes", type: { kind: "enumList", values: MODES } },
  { name: "agreement_in_place", type: bool },
  { name: "notes", type: str },
];
