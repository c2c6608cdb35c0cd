/**
 * A file's shape, decided from its columns' three readings (columnReadings.ts): the user's own
 * choices first, then a survey's name and questions, a links file's ends, a people file's id, and
 * otherwise the message the mapping step shows, naming what is missing and a column that might hold it.
 */
import { PERSON_FIELDS } from "../model/fields.ts";
import type { ChoiceGroup } from "./columnChoices.ts";
import { choiceLabel, COLUMN_CHOICES, LEAVE_OUT } from "./columnChoices.ts";
import type { Reading } from "./columnReadings.ts";
import { FORM_COLUMN, SECOND_NAME, UNKNOWN } from "./columnReadings.ts";
import type { ColumnTarget, Shape } from "./columns.ts";
import { headerWords } from "./normalise.ts";

/** Choices that mean something in more than one kind of file. */
const SHARED = new Set(["name", "school", "department", "ect_year", "notes"]);

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

export interface Decided {
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

export function decide(header: readonly string[], readings: readonly Reading[]): Decided {
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
