/**
 * Recognises a file's shape and what each column holds, from its header row alone. Headers match
 * as whole phrases after normalisation (case, spacing, punctuation, bracketed text and `?` ignored;
 * "a / b" matches either part), never as a substring of a short alias.
 */
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { isSupportType } from "../model/supportTypes.ts";
import { headerWords } from "./normalise.ts";
import { typeOfQuestion } from "./vocabulary.ts";

/** header (as written, or normalised) → field name, support type, "respondent" or "ignore". */
export type ColumnMapping = Readonly<Record<string, string>>;

export type ColumnTarget =
  | { readonly kind: "field"; readonly field: FieldSpec }
  | { readonly kind: "supporterRole" }
  | { readonly kind: "supporterSchool" }
  | { readonly kind: "ectSchool" }
  | { readonly kind: "type"; readonly type: SupportType }
  | { readonly kind: "respondent" }
  | { readonly kind: "dropped"; readonly why: string }
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

const RESPONDENT = [
  "name",
  "your name",
  "ect name",
  "ect",
  "respondent",
  "full name",
  "mentee",
  "early career teacher",
  "teacher name",
  "name of ect",
];
const EXTRAS: readonly [readonly string[], ColumnTarget][] = [
  [["supporter role", "supporter role title", "role title"], { kind: "supporterRole" }],
  [["supporter school", "giver school"], { kind: "supporterSchool" }],
  [["school", "ect school", "your school", "mentee school"], { kind: "ectSchool" }],
];
/** Survey and MIS columns Mosaic must not keep (data minimisation, domain.md section 8.12). */
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
        typeOfQuestion(h) ||
        matches(h, RESPONDENT) ||
        EXTRAS.some(([n]) => matches(h, n))),
  ).length;
}

function fieldOf(fields: readonly FieldSpec[], name: string): FieldSpec | undefined {
  return fields.find((f) => f.name === name);
}

export function recogniseLayout(header: readonly string[], mapping?: ColumnMapping): Layout {
  const forced = header.map((h) => mapped(h, mapping));
  const linkCols = header.map((h, i) => {
    const m = forced[i];
    return m !== undefined ? fieldOf(LINK_FIELDS, m) : matchField(h, LINK_FIELDS);
  });
  const personCols = header.map((h, i) => {
    const m = forced[i];
    return m !== undefined ? fieldOf(PERSON_FIELDS, m) : matchField(h, PERSON_FIELDS);
  });
  const has = (cols: readonly (FieldSpec | undefined)[], name: string) => cols.some((f) => f?.name === name);
  const found = `The columns found were: ${
    header
      .filter((h) => h.length > 0)
      .map((h) => `"${h}"`)
      .join(", ") || "none"
  }.`;

  const common = (i: number): ColumnTarget | undefined => {
    const m = forced[i];
    if (m === "ignore") return { kind: "ignore" };
    if (m !== undefined && isSupportType(m)) return { kind: "type", type: m };
    if (m === "respondent") return { kind: "respondent" };
    return undefined;
  };

  if (has(linkCols, "from_id") && has(linkCols, "to_id")) {
    if (!has(linkCols, "support_types")) {
      return {
        ok: false,
        message: `This links file has no support types column (support_types, "types" or "support"). ${found}`,
      };
    }
    return {
      ok: true,
      shape: "links",
      columns: header.map((h, i) => common(i) ?? linkColumn(h, linkCols[i], forced[i])),
    };
  }
  const questions = header.map((h, i) => {
    const c = common(i);
    if (c?.kind === "type") return c.type;
    return forced[i] === undefined ? typeOfQuestion(h) : undefined;
  });
  // Microsoft Forms exports start with "ID" and "Name" (of the respondent): with questions about
  // support and no is_ect column, that is a survey, not a people file.
  const survey = questions.some(Boolean) && !has(personCols, "is_ect");
  if (has(personCols, "id") && (has(personCols, "name") || has(personCols, "is_ect")) && !survey) {
    const missing = PERSON_FIELDS.filter((f) => f.required && !has(personCols, f.name)).map((f) => f.name);
    if (missing.length > 0) {
      return {
        ok: false,
        message: `This people file is missing the required column ${missing.join(" and ")}. ${found}`,
      };
    }
    return {
      ok: true,
      shape: "people",
      columns: header.map(
        (h, i) => common(i) ?? (personCols[i] ? { kind: "field", field: personCols[i] } : dropped(h)),
      ),
    };
  }
  if (has(linkCols, "from_id") && !questions.some(Boolean)) {
    if (!has(linkCols, "support_types")) {
      return {
        ok: false,
        message: `This file names supporters but has no support types column ("support_types" or "types"). ${found}`,
      };
    }
    return {
      ok: true,
      shape: "quick",
      columns: header.map((h, i) => common(i) ?? linkColumn(h, linkCols[i], forced[i])),
    };
  }
  if (questions.some(Boolean)) {
    const columns = header.map((h, i): ColumnTarget | undefined => {
      const c = common(i);
      if (c) return c;
      const q = questions[i];
      if (q) return { kind: "type", type: q };
      if (matches(h, RESPONDENT)) return { kind: "respondent" };
      const extra = EXTRAS.find(([names]) => matches(h, names));
      if (extra?.[1].kind === "ectSchool") return extra[1];
      return dropped(h);
    });
    const respondents = columns.filter((c) => c?.kind === "respondent").length;
    if (respondents === 0) {
      return {
        ok: false,
        message: `This looks like a survey export, but no column names the ECT (for example "Name" or "Your name"). ${found} Map the name column to "respondent".`,
      };
    }
    return { ok: true, shape: "survey", columns: keepFirstRespondent(columns) };
  }
  return {
    ok: false,
    message: `No recognisable header: Mosaic expects a people file (id, name, is_ect), a links file (from_id, to_id, support_types), an edge list (ect, supporter, types) or a survey with one column per kind of support. ${found} Choose what each column holds with a column mapping.`,
  };
}

function linkColumn(
  header: string,
  field: FieldSpec | undefined,
  forced: string | undefined,
): ColumnTarget | undefined {
  if (field) return { kind: "field", field };
  if (forced !== undefined) return dropped(header);
  const extra = EXTRAS.find(([names]) => matches(header, names));
  return extra ? extra[1] : dropped(header);
}

function dropped(header: string): ColumnTarget | undefined {
  if (header.length === 0) return undefined;
  if (matches(header, DROPPED))
    return { kind: "dropped", why: "Mosaic does not keep it (it keeps only what the analysis needs)" };
  return { kind: "dropped", why: "Mosaic does not recognise it" };
}

function keepFirstRespondent(columns: (ColumnTarget | undefined)[]): ColumnTarget[] {
  let seen = false;
  return columns.map((c): ColumnTarget => {
    if (c?.kind !== "respondent") return c ?? { kind: "ignore" };
    if (seen) return { kind: "dropped", why: "another column already names the ECT" };
    seen = true;
    return c;
  });
}
