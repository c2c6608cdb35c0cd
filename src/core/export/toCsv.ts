/**
 * The canonical full export: people.csv and links.csv with every column of docs/domain.md section 3, so
 * that importing the export gives back exactly the same people and links. Every cell is guarded
 * against spreadsheet formula injection.
 */
import Papa from "papaparse";
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
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

function cellsOf(record: object, fields: readonly FieldSpec[]): string[] {
  const r = record as Record<string, unknown>;
  return fields.map((f) =>
    f.type.kind === "types"
      ? [...((r.support_types as string[] | undefined) ?? []), ...((r.other_types as string[] | undefined) ?? [])].join(
          ";",
        )
      : formatValue(r[f.name]),
  );
}

export function peopleToCsv(people: readonly Person[]): string {
  return toCsv(
    PERSON_FIELDS.map((f) => f.name),
    people.map((p) => cellsOf(p, PERSON_FIELDS)),
  );
}

/** The header and one link's cells in the canonical link columns. */
export const LINK_HEADER: readonly string[] = LINK_FIELDS.map((f) => f.name);
export const linkCells = (link: SupportLink): string[] => cellsOf(link, LINK_FIELDS);

export function linksToCsv(links: readonly SupportLink[]): string {
  return toCsv(
    LINK_FIELDS.map((f) => f.name),
    links.map((l) => cellsOf(l, LINK_FIELDS)),
  );
}
