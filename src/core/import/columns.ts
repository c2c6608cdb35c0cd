/**
 * Recognises a file's shape and what each column holds, from its header row and the first few data
 * rows. Headers match as whole phrases after normalisation (case, spacing, punctuation, bracketed
 * text and `?` ignored; "a / b" matches either part), never as a substring of a short alias; survey
 * questions are read by meaning (questions.ts). A respondent-name column beside two or more support
 * questions makes a survey whatever else the file carries, so a form's own "ID" and "Name" never
 * make it a people file.
 *
 * Each column is read three ways, one per kind of file (columnReadings.ts); the shape is then
 * decided from the three readings (layoutDecision.ts).
 */
import type { FieldSpec } from "../model/fields.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { LEAVE_OUT } from "./columnChoices.ts";
import { columnValues, readColumns, UNKNOWN } from "./columnReadings.ts";
import { decide } from "./layoutDecision.ts";

export { recognisedCount } from "./columnReadings.ts";

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
