/**
 * Correcting a person's details by hand (role title, school, department, seniority, capacity; an
 * ECT's school, department and year) without re-exporting the files. What is typed is read by the
 * importer's own rules (readCell on the people file's field specs, the same bounds, the same
 * seniority words), so a value the import would leave blank is refused here too, and one typed
 * here would import. The result is one `updatePerson` edit holding only what changed.
 */
import { PERSON_FIELDS } from "../model/fields.ts";
import { SENIORITIES } from "../model/enums.ts";
import { seniorityIn } from "../model/slotValues.ts";
import type { Person } from "../model/types.ts";
import { implausibleCapacity } from "../import/plausible.ts";
import { readCell } from "../import/values.ts";
import { readEnum } from "../import/vocabulary.ts";
import type { Changes, Edit } from "./edit.ts";
import type { TypedSchool } from "./typedSchool.ts";
import { typedSchool } from "./typedSchool.ts";

export const DETAIL_FIELDS = [
  "role_title",
  "school",
  "department",
  "seniority",
  "capacity",
  "capacity_minutes_per_month",
  "ect_year",
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The form's fields as typed (a blank clears the field). */
export type DetailsDraft = Readonly<Record<DetailField, string>>;

export interface DetailsProblem {
  readonly field: DetailField;
  readonly message: string;
}

export interface DetailsReading {
  /** What cannot be saved, field by field; nothing is saved while there are any. */
  readonly problems: readonly DetailsProblem[];
  /** How the school typed reads against the map's schools (a new one is allowed, and said). */
  readonly school: TypedSchool;
  /** The one edit to make, or undefined when there are problems or nothing changes. */
  readonly edit?: Extract<Edit, { op: "updatePerson" }> | undefined;
}

/**
 * The fields offered for a person: an ECT's setting and year (their load is not what a lead
 * corrects for them), and a supporter's or group's role, setting, seniority and capacity.
 */
export function detailFieldsFor(person: Pick<Person, "is_ect">): readonly DetailField[] {
  return person.is_ect
    ? ["school", "department", "ect_year"]
    : ["role_title", "school", "department", "seniority", "capacity", "capacity_minutes_per_month"];
}

/** The form's starting values: the person's details as held, blanks where none are. */
export function detailsDraftOf(p: Person): DetailsDraft {
  const text = (v: string | number | undefined) => (v === undefined ? "" : String(v));
  return {
    role_title: text(p.role_title),
    school: text(p.school),
    department: text(p.department),
    seniority: text(p.seniority),
    capacity: text(p.capacity),
    capacity_minutes_per_month: text(p.capacity_minutes_per_month),
    ect_year: text(p.ect_year),
  };
}

const SPEC = new Map(PERSON_FIELDS.map((f) => [f.name, f]));

/** A whole-number field read as the importer reads it, with its bounds; undefined for a blank. */
function readCount(
  field: "capacity" | "capacity_minutes_per_month",
  raw: string,
  isGroup: boolean,
): { value?: number | undefined; problem?: string | undefined } {
  const spec = SPEC.get(field);
  if (raw === "" || !spec) return {};
  const reading = readCell(spec, raw);
  if (!reading.ok) return { problem: `${reading.message}. ${BLANK_IS_FINE}` };
  if (typeof reading.value !== "number") return {};
  const why = implausibleCapacity(field, reading.value, isGroup);
  return why === undefined ? { value: reading.value } : { problem: `${why}.` };
}

const BLANK_IS_FINE = "Leave it blank if it is not known.";

/**
 * The highest ECT year a lead may type: the settings' years of induction (England's two), never
 * above what the importer reads (its 1–9) nor below 1.
 */
export function lastEctYear(ectYears: number): number {
  const spec = SPEC.get("ect_year")?.type;
  const importMax = spec?.kind === "int" && spec.max !== undefined ? spec.max : ectYears;
  return Math.max(1, Math.min(Math.floor(ectYears), importMax));
}

/** "1", "1 or 2", "a year from 1 to 3": the years a lead may type. */
export function ectYearChoices(last: number): string {
  if (last === 1) return "1";
  return last === 2 ? "1 or 2" : `a year from 1 to ${last}`;
}

/**
 * An ECT's year as typed, read by the importer's cell reader and then held to the years of
 * induction in the settings: the importer reads 1–9 (other systems), but a lead correcting a year
 * by hand in a two-year induction means 1 or 2.
 */
function readEctYear(raw: string, ectYears: number): { value?: number | undefined; problem?: string | undefined } {
  const spec = SPEC.get("ect_year");
  if (raw === "" || !spec) return {};
  const reading = readCell(spec, raw);
  const last = lastEctYear(ectYears);
  if (reading.ok && typeof reading.value === "number" && reading.value <= last) return { value: reading.value };
  const years = last === 1 ? "1 year" : `${last} years`;
  return {
    problem: `"${raw}" is not a year of induction here: induction lasts ${years} (Years of induction, in the settings), so the year is ${ectYearChoices(last)}. ${BLANK_IS_FINE}`,
  };
}

/**
 * Reads the form against the person as held, the map's schools (as shown) and the settings' years
 * of induction (`ect_years`). Only the fields offered for the person (detailFieldsFor) are read;
 * each that changed goes into the edit, a blank as `null` (the field cleared). A year held beyond
 * the induction (an imported 3) is kept while it is not changed.
 * @example readPersonDetails(mark, { ...detailsDraftOf(mark), capacity: "1" }, schools, 2).edit
 * // { op: "updatePerson", id: "P03", changes: { capacity: 1 } }
 */
export function readPersonDetails(
  person: Person,
  draft: DetailsDraft,
  schools: readonly string[],
  ectYears: number,
): DetailsReading {
  const offered = new Set(detailFieldsFor(person));
  const problems: DetailsProblem[] = [];
  const changes: { -readonly [K in keyof Changes<Person>]: Changes<Person>[K] } = {};
  const isGroup = person.kind === "group";
  const trimmed = (f: DetailField) => draft[f].replace(/\s+/gu, " ").trim();

  for (const field of ["role_title", "department"] as const) {
    if (!offered.has(field)) continue;
    const value = trimmed(field);
    if (value !== (person[field] ?? "")) changes[field] = value === "" ? null : value;
  }

  const school = offered.has("school") ? typedSchool(draft.school, schools) : { kind: "blank" as const };
  if (offered.has("school")) {
    const value = school.kind === "blank" ? "" : school.school;
    if (value !== (person.school ?? "")) changes.school = value === "" ? null : value;
  }

  if (offered.has("seniority")) {
    const raw = trimmed("seniority");
    const value = raw === "" ? undefined : seniorityIn(readEnum("seniority", raw, SENIORITIES));
    if (raw !== "" && value === undefined)
      problems.push({
        field: "seniority",
        message: `"${raw}" is not a seniority Mosaic knows: choose ECT, teacher, middle leader, senior leader or headteacher, or leave it blank (support staff, people from outside a school).`,
      });
    else if (value !== person.seniority) changes.seniority = value ?? null;
  }

  for (const field of ["capacity", "capacity_minutes_per_month"] as const) {
    if (!offered.has(field)) continue;
    const { value, problem } = readCount(field, trimmed(field), isGroup);
    if (problem !== undefined) problems.push({ field, message: problem });
    else if (value !== person[field]) changes[field] = value ?? null;
  }

  const year = trimmed("ect_year");
  if (offered.has("ect_year") && year !== (person.ect_year === undefined ? "" : String(person.ect_year))) {
    const { value, problem } = readEctYear(year, ectYears);
    if (problem !== undefined) problems.push({ field: "ect_year", message: problem });
    else if (value !== person.ect_year) changes.ect_year = value ?? null;
  }

  const edit =
    problems.length === 0 && Object.keys(changes).length > 0
      ? { op: "updatePerson" as const, id: person.id, changes }
      : undefined;
  return { problems, school, edit };
}
