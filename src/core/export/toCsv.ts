/**
 * The canonical full export: people.csv and links.csv with every column of docs/domain.md section 3, so
 * that importing the export gives back exactly the same people and links. Every cell is guarded
 * against spreadsheet formula injection.
 */
import Papa from "papaparse";
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import { isLinkKey, isPersonKey } from "../model/canonical.ts";
import type { Person, SupportLink } from "../model/types.ts";
import { guardCell } from "../import/formulaGuard.ts";

/** A CSV document with a BOM (so Excel reads UTF-8) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: header.map(guardCell), data: rows.map((r) => r.map(guardCell)) },
    { newline: "\r\n", quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join(";");
  if (typeof value === "boolean") return value ? "true" : "false";
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a record's other fields are text and numbers
  return String(value);
}

/** A field's column: the record key its cell is read from, and whether it is the support-types cell. */
interface Column<K> {
  readonly key: K;
  readonly types: boolean;
}

/**
 * The fields' columns, each named by a key of the record type: checked once, when the module loads,
 * so a cell is read by a typed key with no cast, and a field its record lacks is found at once
 * (it would otherwise export as a blank column and never import back).
 */
function columnsOf<K extends string>(
  fields: readonly FieldSpec[],
  isKey: (name: string) => name is K,
): readonly Column<K>[] {
  return fields.map((f) => {
    if (!isKey(f.name)) throw new Error(`The field "${f.name}" is not a key of its record.`);
    return { key: f.name, types: f.type.kind === "types" };
  });
}

const PERSON_COLUMNS = columnsOf(PERSON_FIELDS, isPersonKey);
const LINK_COLUMNS = columnsOf(LINK_FIELDS, isLinkKey);

function cellsOf<R>(record: R, columns: readonly Column<keyof R>[], typesCell: (record: R) => string): string[] {
  return columns.map((c) => (c.types ? typesCell(record) : formatValue(record[c.key])));
}

/** A link's types cell: the known types, then the others (custom or ambiguous), so both import back. */
const linkTypesCell = (l: SupportLink): string => [...l.support_types, ...(l.other_types ?? [])].join(";");
/** A person has no types: a types column among theirs would be blank. */
const noTypes = (): string => "";

export function peopleToCsv(people: readonly Person[]): string {
  return toCsv(
    PERSON_FIELDS.map((f) => f.name),
    people.map((p) => cellsOf(p, PERSON_COLUMNS, noTypes)),
  );
}

/** The header and one link's cells in the canonical link columns. */
export const LINK_HEADER: readonly string[] = LINK_FIELDS.map((f) => f.name);
export const linkCells = (link: SupportLink): string[] => cellsOf(link, LINK_COLUMNS, linkTypesCell);

export function linksToCsv(links: readonly SupportLink[]): string {
  return toCsv(
    LINK_FIELDS.map((f) => f.name),
    links.map((l) => cellsOf(l, LINK_COLUMNS, linkTypesCell)),
  );
}
