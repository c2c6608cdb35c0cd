/**
 * A file ready to read, once its header is recognised: its text (to read again), shape and, for the per-row
 * readers, where each field's value is in the row and where it goes in the record.
 */
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import { LINK_SLOTS, PERSON_SLOTS } from "../model/canonical.ts";
import type { ColumnTarget, Shape } from "./columns.ts";
import type { FileText } from "./fileText.ts";
import type { InputFile } from "./importFiles.ts";
import type { Delimiter } from "./readCsv.ts";

export type ExtraColumn = "supporterRole" | "supporterSchool" | "ectSchool";

export interface PreparedFile {
  readonly file: InputFile;
  /** The file's text, read again from its start for the rows. */
  readonly text: FileText;
  readonly delimiter: Delimiter;
  readonly encoding: string;
  readonly shape: Shape;
  readonly header: readonly string[];
  readonly columns: readonly (ColumnTarget | undefined)[];
  /**
   * Field columns in canonical field order, as three parallel lists: the field, its cell in the
   * row, and its slot in the record (PERSON_SLOTS or LINK_SLOTS).
   */
  readonly fieldSpecs: readonly FieldSpec[];
  readonly fieldCells: Int32Array;
  readonly fieldSlots: Int32Array;
  readonly extraColumns: readonly (readonly [ExtraColumn, number])[];
  /** The header of each field's column, for messages. */
  readonly columnOf: (field: string) => string | undefined;
}

/** The reading plan of a file's columns: the part of PreparedFile that comes from its header. */
export type ColumnPlan = Pick<
  PreparedFile,
  "columns" | "fieldSpecs" | "fieldCells" | "fieldSlots" | "extraColumns" | "columnOf"
>;

const FIELD_ORDER = new Map([...PERSON_FIELDS, ...LINK_FIELDS].map((f, i) => [f, i]));

export function planColumns(header: readonly string[], columns: readonly (ColumnTarget | undefined)[]): ColumnPlan {
  const fieldColumns: [FieldSpec, number][] = [];
  const extraColumns: [ExtraColumn, number][] = [];
  columns.forEach((c, i) => {
    if (c?.kind === "field") fieldColumns.push([c.field, i]);
    else if (c?.kind === "supporterRole" || c?.kind === "supporterSchool" || c?.kind === "ectSchool")
      extraColumns.push([c.kind, i]);
  });
  fieldColumns.sort((a, b) => FIELD_ORDER.get(a[0])! - FIELD_ORDER.get(b[0])! || a[1] - b[1]);
  const byField = new Map<string, string>();
  for (const [f, i] of fieldColumns) if (!byField.has(f.name)) byField.set(f.name, header[i]!);
  return {
    columns,
    fieldSpecs: fieldColumns.map(([f]) => f),
    fieldCells: Int32Array.from(fieldColumns, ([, i]) => i),
    fieldSlots: Int32Array.from(fieldColumns, ([f]) => slotOf(f)),
    extraColumns,
    columnOf: (field: string) => byField.get(field),
  };
}

/** A field's slot in its record: people files hold person fields, every other shape link fields. */
function slotOf(f: FieldSpec): number {
  const slot = PERSON_FIELDS.includes(f) ? PERSON_SLOTS.indexOf(f.name) : LINK_SLOTS.indexOf(f.name);
  if (slot < 0) throw new Error(`no slot for the field ${f.name}`);
  return slot;
}
