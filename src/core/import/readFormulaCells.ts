/**
 * The cells of a data row written as spreadsheet formulas, read once for every shape before the
 * shape's own reader sees the row: a HYPERLINK pasted from a staff directory is read by its shown
 * text, with a note; any other formula (`=A2&" "&B2`, `=VLOOKUP(…)`) is not read, said with its
 * row and column, and left blank. Where a blank leaves the row saying nothing about who it is (a
 * person's id or name, a link's giver or receiver, a response's name), the row is kept back.
 * Without this a people file gave a person called `=HYPERLINK(…)`.
 *
 * Which cells are formulas is known only while the row is read (CsvRecord.formulas): a cell
 * Mosaic's export guarded as `'=…` is text, and once cleaned it starts with `=` too.
 */
import type { ColumnTarget, Shape } from "./columns.ts";
import { formulaCell } from "./formulaCell.ts";
import type { ImportState } from "./importState.ts";
import type { PreparedFile } from "./preparedFile.ts";

/** Why a row cannot be read without this cell, for the reject message. */
interface Needed {
  /** What the cell holds: "id", "name", "giver"… */
  readonly what: string;
  /** What Mosaic cannot tell without it. */
  readonly unknown: string;
  /** What to type instead. */
  readonly type: string;
}

/**
 * The row's cells with each formula read (a fresh array; `cells` is kept as written for the
 * "needs attention" list), or undefined when the row was rejected.
 * @param formulas the indices of the cells written as formulas (CsvRecord.formulas)
 */
export function readFormulaCells(
  s: ImportState,
  p: PreparedFile,
  row: number,
  cells: readonly string[],
  formulas: readonly number[],
): readonly string[] | undefined {
  const readAt = formulas.filter((i) => isRead(p.columns[i]));
  for (const i of readAt) {
    const needed = neededFor(p.shape, p.columns[i]);
    const cell = cells[i] ?? "";
    if (needed === undefined || formulaCell(cell)?.kind !== "formula") continue;
    s.log.reject(
      p,
      row,
      cells,
      `The ${needed.what} "${shortened(cell)}" is a spreadsheet formula, so Mosaic cannot tell ${needed.unknown}. Type ${needed.type} in this cell.`,
      p.header[i],
    );
    return undefined;
  }
  const read = [...cells];
  for (const i of readAt) {
    const cell = cells[i] ?? "";
    const formula = formulaCell(cell);
    if (formula === undefined) continue;
    const answer = isAnswer(p.columns[i]);
    const shown = shortened(cell);
    if (formula.kind === "link") {
      const as = answer ? "answer" : (neededFor(p.shape, p.columns[i])?.what ?? "value");
      s.log.note(
        "info",
        p.file.name,
        `"${shown}" is a link: its text, "${formula.text}", was read as the ${as}.`,
        row,
        p.header[i],
      );
      read[i] = formula.text;
      continue;
    }
    s.log.note(
      "warning",
      p.file.name,
      answer
        ? `"${shown}" is a spreadsheet formula, not a name, so it was not read. Type the names (or "nobody") in this cell and import the file again.`
        : `"${shown}" is a spreadsheet formula, so it was not read; the value was left blank and the rest of the row imported. Type the value itself in this cell and import the file again.`,
      row,
      p.header[i],
    );
    read[i] = "";
  }
  return read;
}

/** A long formula cut for a message. */
function shortened(cell: string): string {
  return cell.length > 60 ? `${cell.slice(0, 57)}…` : cell;
}

/** Whether a column is read at all: a formula in a column left out is never looked at. */
function isRead(c: ColumnTarget | undefined): boolean {
  return c !== undefined && c.kind !== "ignore" && c.kind !== "dropped";
}

/** A survey's answer to "Who…?", which lists names. */
function isAnswer(c: ColumnTarget | undefined): boolean {
  return c?.kind === "type" || c?.kind === "helps";
}

/** The columns a row cannot do without: left blank, the row would be rejected or read as something else. */
function neededFor(shape: Shape, c: ColumnTarget | undefined): Needed | undefined {
  if (c?.kind === "respondent")
    return { what: "name", unknown: "whose support this response describes", type: "the name" };
  if (c?.kind !== "field") return undefined;
  const field = c.field.name;
  if (shape === "people") {
    if (field === "id" || field === "name")
      return { what: field, unknown: "who this row is about", type: `the ${field}` };
    return undefined;
  }
  // A blank giver would read as "this ECT has nobody": never that by mistake.
  if (field === "from_id") return { what: "giver", unknown: "who gives this support", type: "their name (or id)" };
  if (field === "to_id") return { what: "receiver", unknown: "who receives this support", type: "their name (or id)" };
  if (field === "support_types")
    return {
      what: "support type",
      unknown: "what kind of support this is",
      type: "the kinds of support (organisational literacy, behaviour, pedagogy or psychosocial)",
    };
  return undefined;
}
