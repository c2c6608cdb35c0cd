/**
 * What a survey export's column is, from its header and a few of its values: the form's own columns
 * (Microsoft Forms, Google Forms), free-text questions, the ECT's name, school, department and year.
 * Support questions are read by meaning in questions.ts.
 */
import { headerWords } from "./normalise.ts";

export type SurveyColumn =
  | "metadata"
  | "freeText"
  | "respondent"
  /** A bare "Name": the ECT's name unless a clearer column names them. */
  | "plainName"
  | "ectSchool"
  | "ectDepartment"
  | "ectYear";

/** Columns Microsoft Forms and Google Forms add to every export (never the ECT's answers). */
const FORM_COLUMNS = new Set(
  [
    "id",
    "start time",
    "completion time",
    "email",
    "last modified time",
    "total points",
    "quiz feedback",
    "timestamp",
    "email address",
    "score",
    "respondent id",
    "submitted at",
    "response id",
  ].map(headerWords),
);
/** Microsoft Forms' per-question quiz columns: "Points - Who helps…", "Feedback - Who helps…". */
const QUIZ_COLUMN = /^\s*(points|feedback)\s+-\s+/i;

const RESPONDENT = new Set(
  [
    "your name",
    "your full name",
    "what is your name",
    "name of ect",
    "name of the ect",
    "full name",
    "ect name",
    "ect's name",
    "ect full name",
    "ect",
    "respondent",
    "respondent name",
    "mentee",
    "mentee name",
    "early career teacher",
    "teacher name",
  ].map(headerWords),
);

const FREE_TEXT =
  /^(anything else|any other comments?|any comments?|other comments?|comments?|further comments?|additional comments?|notes?|is there anything else)\b/;
const SCHOOL =
  /^((your|ect|ect s|mentee) )?school( name)?$|^(which|what) school\b|^name of your school$|^where do you work$/;
const DEPARTMENT =
  /^((your|ect|ect s) )?(department|dept|subject|faculty|subject area)$|^(which|what) (department|subject|faculty)\b/;
const YEAR =
  /^((your|ect) )?(ect|induction) year$|^year of induction$|^(which|what) year of (your )?induction\b|\bect ?1\b.*\bect ?2\b|^(which|what) ect year\b|\b(ect|induction) year 1 or (year )?2\b|\bect ?1 or (ect ?)?2\b/;

/** The first values of a column, blank ones included, as read from the first data rows. */
export type ColumnSamples = readonly string[];

/** True when most sampled values are blank or "Anonymous" (Microsoft Forms' Name column on an open form). */
export function mostlyAnonymous(values: ColumnSamples): boolean {
  if (values.length === 0) return false;
  const empty = values.filter((v) => {
    const w = headerWords(v);
    return w === "" || w === "anonymous";
  }).length;
  return empty * 2 >= values.length;
}

/**
 * Reads one column of a survey export, or undefined when it is none of these (a support question,
 * perhaps, or a column Mosaic does not know).
 *
 * @example readSurveyColumn("Which school are you based at?", []) // "ectSchool"
 */
export function readSurveyColumn(header: string, values: ColumnSamples): SurveyColumn | undefined {
  const words = headerWords(header);
  if (words === "") return undefined;
  if (FORM_COLUMNS.has(words) || QUIZ_COLUMN.test(header)) return "metadata";
  if (words === "name") return mostlyAnonymous(values) ? "metadata" : "plainName";
  if (FREE_TEXT.test(words)) return "freeText";
  // A question about whom, even one naming the school ("…how things work in your school?"), is no profile column.
  if (/\bwho(m)?\b/.test(words)) return undefined;
  if (RESPONDENT.has(words)) return "respondent";
  if (header.includes("/") && header.split("/").some((part) => DEPARTMENT.test(headerWords(part))))
    return "ectDepartment";
  if (SCHOOL.test(words)) return "ectSchool";
  if (DEPARTMENT.test(words)) return "ectDepartment";
  if (YEAR.test(words)) return "ectYear";
  return undefined;
}

/**
 * The one line a report gives for the form's own columns, or undefined when there were none.
 *
 * @example formColumnsMessage(["ID", "Start time"]) // "Left out the form's own columns: ID, Start time."
 */
export function formColumnsMessage(headers: readonly string[]): string | undefined {
  if (headers.length === 0) return undefined;
  const list = headers.join(", ");
  return headers.length === 1
    ? `Left out the form's own column: ${list}.`
    : `Left out the form's own columns: ${list}.`;
}
