/**
 * Recognises a file's shape and what each column holds, from its header row and the first few data
 * rows. Headers match as whole phrases after normalisation (case, spacing, punctuation, bracketed
 * text and `?` ignored; "a / b" matches either part), never as a substring of a short alias; survey
 * questions are read by meaning (questions.ts). A respondent-name column beside two or more support
 * questions makes a survey whatever else the file carries, so a form's own "ID" and "Name" never
 * make it a people file.
 */
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { isSupportType } from "../model/supportTypes.ts";
import type { ChoiceGroup } from "./columnChoices.ts";
import { choiceLabel, COLUMN_CHOICES, LEAVE_OUT } from "./columnChoices.ts";
import { headerWords } from "./normalise.ts";
import { readQuestion } from "./questions.ts";
import type { ColumnSamples } from "./surveyColumns.ts";
import { readSurveyColumn } from "./surveyColumns.ts";

/** header (as written, or normalised) → a ColumnChoice value (field name, support type, "respondent"…) or "ignore". */
export type ColumnMapping = Readonly<Record<string, string>>;

export type ColumnTarget =
  | { readonly kind: "field"; readonly field: FieldSpec }
  | { readonly kind: "supporterRole" }
  | { readonly kind: "supporterSchool" }
  | { readonly kind: "ectSchool" }
  | { readonly kind: "ectDepartment" }
  | { readonly kind: "ectYear" }
  | { readonly kind: "type"; readonly type: SupportType }
  /** A survey question about whom the ECT helps ("Who do you support?"), with its kind if it names one. */
  | { readonly kind: "helps"; readonly type?: SupportType }
  | { readonly kind: "respondent" }
  /** Left out; `metadata` marks a form's own column (ID, Start time…), reported in one line (formColumnsMessage). */
  | { readonly kind: "dropped"; readonly why: string; readonly metadata?: true }
  | { readonly kind: "ignore" };

export type Shape = "people" | "links" | "quick" | "survey";

export const SHAPE_LABEL: Readonly<Record<Shape, string>> = {
  people: "people file",
  links: "links file",
  quick: "one ECT's own map",
  survey: "survey export",
};

export type Layout =
  | { readonly ok: true; readonly shape: Shape; readonly columns: readonly (ColumnTarget | undefined)[] }
  | { readonly ok: false; readonly message: string };

/** One column as the mapping step shows it: Mosaic's guess already chosen. */
export interface ColumnGuess {
  readonly header: string;
  /** Up to three non-blank values from the first rows. */
  readonly samples: readonly string[];
  /** The chosen or guessed ColumnChoice value; LEAVE_OUT when left out or not recognised. */
  readonly choice: string;
  /** False when Mosaic could not tell what the column holds (its choice is then LEAVE_OUT). */
  readonly recognised: boolean;
  /** Why a recognised column is left out, e.g. "the form's own column". */
  readonly note?: string;
}

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
const FORM_COLUMN = "it is the form's own column";
const FREE_TEXT = "it holds free-text answers, which Mosaic does not keep";
const UNKNOWN = "Mosaic does not recognise it";
const SECOND_NAME = "another column already names the ECT";

/** Choices that mean something in more than one kind of file. */
const SHARED = new Set(["name", "school", "department", "ect_year", "notes"]);
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
function columnValues(header: readonly string[], rows: readonly (readonly string[])[]): ColumnSamples[] {
  return header.map((_, i) => rows.map((r) => r[i] ?? ""));
}

/** A column read three ways, one per kind of file. */
interface Reading {
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

function readColumns(
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

/** Survey targets with one name column: the one chosen, else the clearest, else the first. */
function surveyColumns(readings: readonly Reading[]): (ColumnTarget | undefined)[] {
  const strongest = Math.max(0, ...readings.map((r) => (r.survey?.kind === "respondent" ? r.nameStrength : 0)));
  let seen = false;
  return readings.map((r) => {
    if (r.survey?.kind !== "respondent") return r.survey;
    if (r.nameStrength < strongest)
      return r.nameStrength === 1
        ? { kind: "dropped", why: FORM_COLUMN, metadata: true }
        : { kind: "dropped", why: SECOND_NAME };
    if (seen) return { kind: "dropped", why: SECOND_NAME };
    seen = true;
    return r.survey;
  });
}

const groupOf = new Map<string, ChoiceGroup>(COLUMN_CHOICES.map((c) => [c.value, c.group]));

/** The kind of file the user's own choices point to, when they all point one way. */
function chosenGroup(readings: readonly Reading[]): ChoiceGroup | undefined {
  const groups = new Set(
    readings.flatMap((r) => {
      if (r.forced === undefined || r.forced === LEAVE_OUT || SHARED.has(r.forced)) return [];
      const g = groupOf.get(r.forced);
      return g ? [g] : [];
    }),
  );
  return groups.size === 1 ? [...groups][0] : undefined;
}

interface Decided {
  readonly shape?: Shape;
  readonly columns: readonly (ColumnTarget | undefined)[];
  readonly message?: string;
}

const has = (cols: readonly (ColumnTarget | undefined)[], name: string) =>
  cols.some((c) => c?.kind === "field" && c.field.name === name);

/** The header of a column that could hold a missing part: one whose header has a word in `words`, and is left out. */
function perhaps(readings: readonly Reading[], cols: readonly (ColumnTarget | undefined)[], words: RegExp): string {
  const free = readings.filter((r, i) => {
    const c = cols[i];
    return r.header.length > 0 && (c === undefined || c.kind === "ignore" || (c.kind === "dropped" && !c.metadata));
  });
  const best = free.find((r) => words.test(headerWords(r.header)));
  return best ? ` (perhaps "${best.header}")` : "";
}

function decide(header: readonly string[], readings: readonly Reading[]): Decided {
  const survey = surveyColumns(readings);
  const person = readings.map((r) => r.person);
  const link = readings.map((r) => r.link);
  const questions = survey.filter((c) => c?.kind === "type").length;
  const named = survey.some((c) => c?.kind === "respondent");
  const chosen = chosenGroup(readings);
  const found = `The columns found were: ${
    header
      .filter((h) => h.length > 0)
      .map((h) => `"${h}"`)
      .join(", ") || "none"
  }.`;

  const asSurvey = (): Decided => {
    if (!named)
      return {
        columns: survey,
        message: `This looks like a survey export, but no column names the ECT. A survey needs the ECT's name: choose "The ECT's name" for one column${perhaps(readings, survey, /\bname\b/)}. ${found}`,
      };
    if (questions === 0)
      return {
        columns: survey,
        message: `A survey needs at least one question about who helps the ECT: choose a kind of support (for example "Who helps with behaviour") for a column${perhaps(readings, survey, /\bwho\b/)}. ${found}`,
      };
    return { shape: "survey", columns: survey.map((c) => c ?? { kind: "ignore" }) };
  };
  const asLinks = (shape: "links" | "quick"): Decided => {
    if (!has(link, "support_types"))
      return {
        columns: link,
        message:
          shape === "links"
            ? `This links file has no support types column (support_types, "types" or "support"): choose "Kinds of support" for one column${perhaps(readings, link, /\b(types?|support|kinds?)\b/)}. ${found}`
            : `This file names supporters but has no support types column ("support_types" or "types"): choose "Kinds of support" for one column${perhaps(readings, link, /\b(types?|support|kinds?)\b/)}. ${found}`,
      };
    if (shape === "links" && !has(link, "to_id"))
      return {
        columns: link,
        message: `This links file needs who receives support: choose "Who receives support (id or name)" for one column. ${found}`,
      };
    return { shape, columns: link };
  };
  const asPeople = (): Decided => {
    const missing = PERSON_FIELDS.filter((f) => f.required && !has(person, f.name));
    if (missing.length > 0)
      return {
        columns: person,
        message: `This people file is missing the required column ${missing.map((f) => f.name).join(" and ")}: choose ${missing.map((f) => `"${choiceLabel(f.name)}"`).join(" and ")} for ${missing.length === 1 ? "a column" : "columns"}${missing.length === 1 ? perhaps(readings, person, missing[0]?.name === "is_ect" ? /\bect\b/ : /\b(id|name)\b/) : ""}. ${found}`,
      };
    return { shape: "people", columns: person };
  };

  if (chosen === "survey") return asSurvey();
  if (chosen === "people") return asPeople();
  if (chosen === "links") return asLinks(has(link, "to_id") || !has(link, "from_id") ? "links" : "quick");
  if (named && questions >= 2) return asSurvey();
  if (has(link, "from_id") && has(link, "to_id")) return asLinks("links");
  // A form's export (its start and completion times, say) is never a people file, whatever its "ID" and "Name".
  const formLike =
    survey.filter((c, i) => c?.kind === "dropped" && c.metadata && !/^(id|name)$/.test(headerWords(header[i] ?? "")))
      .length >= 2;
  if (!formLike && has(person, "id") && (has(person, "name") || has(person, "is_ect"))) return asPeople();
  if (has(link, "from_id") && questions === 0) return asLinks("quick");
  if (questions > 0) return asSurvey();
  // Nothing decided: the columns of whichever reading knows the most, for the mapping step.
  const known = (cols: readonly (ColumnTarget | undefined)[]) =>
    cols.filter((c) => c !== undefined && !(c.kind === "dropped" && c.why === UNKNOWN)).length;
  const columns = [survey, person, link].reduce((a, b) => (known(b) > known(a) ? b : a));
  if (columns === survey && (named || formLike)) return asSurvey();
  return {
    columns,
    message: `No recognisable header: Mosaic expects a people file (id, name, is_ect), a links file (from_id, to_id, support_types), an edge list (ect, supporter, types) or a survey with the ECT's name and one column per kind of support. ${found} Choose what each column holds.`,
  };
}

/**
 * The file's shape and every column's target.
 *
 * @param samples the first data rows (a score or so), which tell Microsoft Forms' anonymous "Name"
 *   column from a column of ECTs' names
 * @example recogniseLayout(["Your name", "Who helps you with behaviour?", "Who supports your teaching?"])
 */
export function recogniseLayout(
  header: readonly string[],
  mapping?: ColumnMapping,
  samples: readonly (readonly string[])[] = [],
): Layout {
  const d = decide(header, readColumns(header, samples, mapping));
  return d.shape ? { ok: true, shape: d.shape, columns: d.columns } : { ok: false, message: d.message ?? "" };
}

/**
 * Each column with a few values and Mosaic's guess (or the choice already made in `mapping`), for
 * the mapping step.
 */
export function guessColumns(
  header: readonly string[],
  samples: readonly (readonly string[])[],
  mapping?: ColumnMapping,
): ColumnGuess[] {
  const readings = readColumns(header, samples, mapping);
  const { columns } = decide(header, readings);
  const values = columnValues(header, samples);
  return header.flatMap((h, i): ColumnGuess[] => {
    if (h.length === 0) return [];
    const shown = (values[i] ?? []).filter((v) => v.length > 0).slice(0, 3);
    const forced = readings[i]?.forced;
    const target = columns[i];
    const guess = forced ?? (target ? choiceOf(target) : LEAVE_OUT);
    const recognised =
      forced !== undefined || (target !== undefined && !(target.kind === "dropped" && target.why === UNKNOWN));
    const note = target?.kind === "dropped" && target.why !== UNKNOWN ? target.why : undefined;
    return [{ header: h, samples: shown, choice: guess, recognised, ...(note ? { note } : {}) }];
  });
}

/** The mapping value that gives a target (a dropped column's is LEAVE_OUT). */
export function choiceOf(target: ColumnTarget): string {
  switch (target.kind) {
    case "field":
      return target.field.name;
    case "type":
      return target.type;
    case "dropped":
    case "ignore":
      return LEAVE_OUT;
    default:
      return target.kind;
  }
}

/**
 * The headers of the form's own columns in a layout (ID, Start time…), for the report's one line.
 *
 * @example formColumnsMessage(formColumnsOf(p.header, p.columns))
 */
export function formColumnsOf(header: readonly string[], columns: readonly (ColumnTarget | undefined)[]): string[] {
  return header.filter((_, i) => {
    const c = columns[i];
    return c?.kind === "dropped" && c.metadata === true;
  });
}
