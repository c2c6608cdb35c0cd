/**
 * A file's columns read three ways, one per kind of file (survey, people, links), from their
 * headers, the user's own choices (a mapping) and a few sample values: what layoutDecision.ts
 * decides the file's shape from.
 */
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import { isSupportType } from "../model/supportTypes.ts";
import { choiceLabel, LEAVE_OUT } from "./columnChoices.ts";
import type { ColumnMapping, ColumnTarget } from "./columns.ts";
import { headerWords } from "./normalise.ts";
import { readQuestion } from "./questions.ts";
import type { ColumnSamples } from "./surveyColumns.ts";
import { readSurveyColumn } from "./surveyColumns.ts";

/** Columns in link-shaped files that are not link fields. */
const EXTRAS: readonly [readonly string[], ColumnTarget][] = [
  [["supporter role", "supporter role title", "role title"], { kind: "supporterRole" }],
  [["supporter school", "giver school"], { kind: "supporterSchool" }],
  [
    [
      "school",
      "ect school",
      "your school",
      "mentee school",
      "which school are you based at",
      "which school are you at",
    ],
    { kind: "ectSchool" },
  ],
];
/** Survey and MIS columns Mosaic must not keep (data minimisation, docs/domain.md section 8.12). */
const DROPPED = [
  "timestamp",
  "start time",
  "completion time",
  "email",
  "email address",
  "id",
  "last modified time",
  "respondent id",
];
const KEPT_OUT = "Mosaic does not keep it (it keeps only what the analysis needs)";
export const FORM_COLUMN = "it is the form's own column";
const FREE_TEXT = "it holds free-text answers, which Mosaic does not keep";
export const UNKNOWN = "Mosaic does not recognise it";
export const SECOND_NAME = "another column already names the ECT";

const SURVEY_OF_FIELD: Readonly<Record<string, ColumnTarget>> = {
  name: { kind: "respondent" },
  school: { kind: "ectSchool" },
  department: { kind: "ectDepartment" },
  ect_year: { kind: "ectYear" },
};
const SIMPLE: Readonly<Record<string, ColumnTarget>> = {
  respondent: { kind: "respondent" },
  helps: { kind: "helps" },
  ectSchool: { kind: "ectSchool" },
  ectDepartment: { kind: "ectDepartment" },
  ectYear: { kind: "ectYear" },
  supporterRole: { kind: "supporterRole" },
  supporterSchool: { kind: "supporterSchool" },
};

function phrases(header: string): string[] {
  const parts = header.includes("/") ? [header, ...header.split("/")] : [header];
  return parts.map(headerWords).filter((p) => p.length > 0);
}

function matches(header: string, names: readonly string[]): boolean {
  const wanted = new Set(names.map(headerWords));
  return phrases(header).some((p) => wanted.has(p));
}

function matchField(header: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  return fields.find((f) => matches(header, [f.name, ...(f.aliases ?? [])]));
}

function fieldOf(fields: readonly FieldSpec[], name: string): FieldSpec | undefined {
  return fields.find((f) => f.name === name);
}

function mapped(header: string, mapping: ColumnMapping | undefined): string | undefined {
  if (!mapping) return undefined;
  if (Object.hasOwn(mapping, header)) return mapping[header];
  const words = headerWords(header);
  for (const [k, v] of Object.entries(mapping)) if (headerWords(k) === words) return v;
  return undefined;
}

/** How many headers Mosaic knows in any shape (used to choose the delimiter). */
export function recognisedCount(header: readonly string[]): number {
  return header.filter(
    (h) =>
      h.length > 0 &&
      (matchField(h, PERSON_FIELDS) ||
        matchField(h, LINK_FIELDS) ||
        readQuestion(h) ||
        readSurveyColumn(h, []) ||
        EXTRAS.some(([n]) => matches(h, n))),
  ).length;
}

/** Each column's values in the sample rows. */
export function columnValues(header: readonly string[], rows: readonly (readonly string[])[]): ColumnSamples[] {
  return header.map((_, i) => rows.map((r) => r[i] ?? ""));
}

/** A column read three ways, one per kind of file. */
export interface Reading {
  readonly header: string;
  readonly forced: string | undefined;
  readonly survey: ColumnTarget | undefined;
  /** Survey name columns: 2 for a clear one ("Your name"), 1 for a bare "Name". */
  readonly nameStrength: number;
  readonly person: ColumnTarget | undefined;
  readonly link: ColumnTarget | undefined;
}

function dropped(header: string): ColumnTarget | undefined {
  if (header.length === 0) return undefined;
  return { kind: "dropped", why: matches(header, DROPPED) ? KEPT_OUT : UNKNOWN };
}

function surveyGuess(header: string, values: ColumnSamples): [ColumnTarget | undefined, number] {
  switch (readSurveyColumn(header, values)) {
    case "metadata":
      return [{ kind: "dropped", why: FORM_COLUMN, metadata: true }, 0];
    case "freeText":
      return [{ kind: "dropped", why: FREE_TEXT }, 0];
    case "respondent":
      return [{ kind: "respondent" }, 2];
    case "plainName":
      return [{ kind: "respondent" }, 1];
    case "ectSchool":
      return [{ kind: "ectSchool" }, 0];
    case "ectDepartment":
      return [{ kind: "ectDepartment" }, 0];
    case "ectYear":
      return [{ kind: "ectYear" }, 0];
    case undefined: {
      const q = readQuestion(header);
      if (q?.kind === "helps") return [q.type ? { kind: "helps", type: q.type } : { kind: "helps" }, 0];
      if (q) return [{ kind: "type", type: q.type }, 0];
      return [dropped(header), 0];
    }
  }
}

function linkGuess(header: string): ColumnTarget | undefined {
  const field = matchField(header, LINK_FIELDS);
  if (field) return { kind: "field", field };
  const extra = EXTRAS.find(([names]) => matches(header, names));
  return extra ? extra[1] : dropped(header);
}

function forcedReading(header: string, v: string): Reading {
  const base = { header, forced: v, nameStrength: 3 };
  if (v === LEAVE_OUT)
    return { ...base, survey: { kind: "ignore" }, person: { kind: "ignore" }, link: { kind: "ignore" } };
  const left: ColumnTarget = {
    kind: "dropped",
    why: `it was chosen as "${choiceLabel(v)}", which this kind of file does not use`,
  };
  const personField = fieldOf(PERSON_FIELDS, v);
  const linkField = fieldOf(LINK_FIELDS, v);
  const simple = SIMPLE[v];
  const survey = isSupportType(v) ? { kind: "type" as const, type: v } : (simple ?? SURVEY_OF_FIELD[v]);
  return {
    ...base,
    survey: survey ?? left,
    person: personField ? { kind: "field", field: personField } : left,
    link: linkField
      ? { kind: "field", field: linkField }
      : simple?.kind === "supporterRole" || simple?.kind === "supporterSchool" || simple?.kind === "ectSchool"
        ? simple
        : left,
  };
}

export function readColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping?: ColumnMapping,
): Reading[] {
  const values = columnValues(header, rows);
  return header.map((h, i): Reading => {
    const v = mapped(h, mapping);
    if (v !== undefined && v !== "") return forcedReading(h, v);
    const [survey, nameStrength] = surveyGuess(h, values[i] ?? []);
    const personField = matchField(h, PERSON_FIELDS);
    return {
      header: h,
      forced: undefined,
      survey,
      nameStrength,
      person: personField ? { kind: "field", field: personField } : dropped(h),
      link: linkGuess(h),
    };
  });
}
