/**
 * Reads a row's cells into the record being read: each field's value, by its field spec, into its
 * slot, and the columns that are not fields (supporter role and school, ECT school) into extras.
 * A value that cannot be read is left blank, with a warning naming its row and column.
 */
import { LINK_SLOTS, PERSON_SLOTS } from "../model/canonical.ts";
import { LINK_ROLES } from "../model/enums.ts";
import type { FieldSpec } from "../model/fields.ts";
import type { ImportLog } from "./importLog.ts";
import { OTHER_TYPES_SLOT } from "./linkSlots.ts";
import { implausibleDate, implausibleNumber } from "./plausible.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { readCell, readCellQuickly, readTypes } from "./values.ts";
import { readEnum } from "./vocabulary.ts";

/** The columns of a row that are not fields. */
export interface Extras {
  supporterRole?: string;
  supporterSchool?: string;
  ectSchool?: string;
  /** A link_role cell that is not a known role: the supporter's role title, in effect. */
  roleText?: string;
}

export class CellReader {
  /** The record being read, in slots (see personFromSlots), and its extra columns: one of each, reused. */
  private readonly slots: unknown[] = new Array<unknown>(Math.max(PERSON_SLOTS.length, LINK_SLOTS.length));
  readonly extras: Extras = {};

  constructor(private readonly log: ImportLog) {}

  /**
   * Reads the field columns of a row in canonical field order into the slots it returns (a
   * person's or a link's, by slot; the same array every row), and the extra columns into
   * `extras`, warning about (and leaving blank) each value that cannot be read.
   */
  readFields(p: PreparedFile, row: number, cells: readonly string[]): unknown[] {
    const slots = this.slots.fill(undefined);
    const { fieldSpecs, fieldCells, fieldSlots } = p;
    for (let k = 0; k < fieldSpecs.length; k++) {
      const i = fieldCells[k]!;
      const raw = cells[i] ?? "";
      const slot = fieldSlots[k]!;
      if (raw !== "" && slots[slot] === undefined) this.readField(p, row, p.header[i], fieldSpecs[k]!, slot, raw);
    }
    const extras = this.extras;
    extras.supporterRole = extras.supporterSchool = extras.ectSchool = extras.roleText = undefined;
    for (const [kind, i] of p.extraColumns) {
      const raw = cells[i] ?? "";
      if (raw !== "") extras[kind] = raw;
    }
    return slots;
  }

  private readField(
    p: PreparedFile,
    row: number,
    column: string | undefined,
    field: FieldSpec,
    slot: number,
    raw: string,
  ): void {
    const into = this.slots;
    if (field.type.kind === "types") {
      const t = readTypes(raw);
      into[slot] = t.types;
      if (t.other.length > 0) into[OTHER_TYPES_SLOT] = t.other;
      for (const word of t.unknown) {
        this.log.note(
          "warning",
          p.file.name,
          `"${word}" is not a support type Mosaic knows. It is kept and shown, but not counted in coverage. If it means one of the four types, change it to organisational literacy, behaviour, pedagogy or psychosocial.`,
          row,
          column,
        );
      }
      for (const a of t.ambiguous)
        this.log.note("warning", p.file.name, `${a.question} It is ignored until you choose.`, row, column);
      return;
    }
    if (field.name === "link_role") {
      const role = readEnum("link_role", raw, LINK_ROLES);
      if (role) into[slot] = role;
      else this.extras.roleText = raw;
      return;
    }
    const quick = readCellQuickly(field, raw);
    const reading = quick !== undefined ? undefined : readCell(field, raw);
    const value = quick ?? (reading?.ok ? reading.value : undefined);
    const message =
      reading && !reading.ok ? reading.message : value !== undefined ? this.implausible(field, value, raw) : undefined;
    if (message === undefined) into[slot] = value;
    else
      this.log.note(
        "warning",
        p.file.name,
        `${message}; the value was left blank and the rest of the row imported.`,
        row,
        column,
      );
  }

  /** Why a value read well cannot be believed (see plausible.ts), or undefined. */
  private implausible(field: FieldSpec, value: unknown, raw: string): string | undefined {
    const kind = field.type.kind;
    if (kind === "date" && typeof value === "string") return implausibleDate(value, raw);
    if ((kind === "int" || kind === "number") && typeof value === "number")
      return implausibleNumber(field.name, value, raw);
    return undefined;
  }
}
