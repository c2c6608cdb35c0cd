/**
 * Reads one cell into a typed value by its field spec. Never throws: a value that cannot be read
 * gives a message saying what was expected, and the caller leaves the field blank.
 */
import type { FieldSpec } from "../model/fields.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import { memoise } from "./memo.ts";
import { collapseSpaces, termKey } from "./normalise.ts";
import type { Ambiguity } from "./vocabulary.ts";
import { readEnum, readSupportType } from "./vocabulary.ts";

export type CellValue = string | number | boolean | readonly string[];
export type CellReading =
  { readonly ok: true; readonly value: CellValue } | { readonly ok: false; readonly message: string };

const TRUE_WORDS = new Set(["yes", "y", "true", "1"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0"]);

/** The exact spellings exports use most are compared directly; the rest go through the memo. */
export function readBool(raw: string): boolean | undefined {
  if (raw === "true" || raw === "yes" || raw === "TRUE") return true;
  if (raw === "false" || raw === "no" || raw === "FALSE") return false;
  return readBoolLoosely(raw);
}

const readBoolLoosely = memoise((raw: string): boolean | undefined => {
  const key = termKey(raw);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
});

/**
 * ISO `2025-03-14` or UK `14/03/2025` (also `14-03-2025`, `14.03.2025`); never US order.
 * Memoised, not read by hand: the memo hands back one shared string per distinct date, where
 * returning each cell's own copy cost 30 MB at 100,000 people.
 */
export const readDate = memoise(readDateOnce, 20000);

function readDateOnce(raw: string): string | undefined {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function splitList(raw: string, separators: RegExp = /[;|\n]/): string[] {
  return raw
    .split(separators)
    .map(collapseSpaces)
    .filter((s) => s.length > 0);
}

export interface TypesReading {
  readonly types: readonly SupportType[];
  readonly other: readonly string[];
  readonly unknown: readonly string[];
  readonly ambiguous: readonly Ambiguity[];
}

/** A support-types cell: several types separated by `;`, `|` or `,`. */
export const readTypes = memoise(readTypesOnce);

function readTypesOnce(raw: string): TypesReading {
  const types: SupportType[] = [];
  const other: string[] = [];
  const unknown: string[] = [];
  const ambiguous: Ambiguity[] = [];
  for (const word of splitList(raw, /[;|,\n]/)) {
    const reading = readSupportType(word);
    if (reading.kind === "type") types.push(reading.type);
    else {
      if (!other.includes(word)) other.push(word);
      if (reading.kind === "ambiguous") ambiguous.push(reading.ambiguity);
      else unknown.push(word);
    }
  }
  return { types: sortTypes(types), other, unknown, ambiguous };
}

/** Up to nine ASCII digits, read by hand (most number cells); undefined for anything else. */
function plainWholeNumber(raw: string): number | undefined {
  if (raw.length === 0 || raw.length > 9) return undefined;
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The value of a cell for the common kinds, or undefined when it needs the full reading (not
 * valid, or a kind read elsewhere): no reading object per cell, as there are millions of cells.
 */
export function readCellQuickly(field: FieldSpec, raw: string): CellValue | undefined {
  const t = field.type;
  switch (t.kind) {
    case "string":
    case "id":
      return raw;
    case "bool":
      return readBool(raw);
    case "date":
      return readDate(raw);
    case "enum":
      return readEnum(field.name, raw, t.values);
    case "int":
    case "number": {
      const n = plainWholeNumber(raw);
      return n !== undefined && n >= t.min && (t.kind !== "int" || t.max === undefined || n <= t.max) ? n : undefined;
    }
    default:
      return undefined;
  }
}

/** Reads a cell for every field kind but `types`, which has its own reader. */
export function readCell(field: FieldSpec, raw: string): CellReading {
  const t = field.type;
  switch (t.kind) {
    case "string":
    case "id":
      return { ok: true, value: raw };
    case "bool": {
      const b = readBool(raw);
      return b === undefined
        ? { ok: false, message: `"${raw}" is not yes or no (use yes/no, y/n, true/false or 1/0)` }
        : { ok: true, value: b };
    }
    case "int":
    case "number": {
      const n = Number(raw.replace(/,/g, ""));
      const whole = t.kind === "int";
      // Past this a number is no longer held exactly ("99999999999999999999" would be 1e20).
      if (Number.isFinite(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER)
        return { ok: false, message: `"${raw}" is far too large to be believable` };
      if (
        !Number.isFinite(n) ||
        (whole && !Number.isInteger(n)) ||
        n < t.min ||
        (t.kind === "int" && t.max !== undefined && n > t.max)
      ) {
        const range = t.kind === "int" && t.max !== undefined ? `from ${t.min} to ${t.max}` : `${t.min} or more`;
        return { ok: false, message: `"${raw}" is not ${whole ? "a whole number" : "a number"} ${range}` };
      }
      return { ok: true, value: n };
    }
    case "date": {
      const d = readDate(raw);
      return d === undefined
        ? { ok: false, message: `"${raw}" is not a date: write 2025-03-14 or 14/03/2025 (day first, never US order)` }
        : { ok: true, value: d };
    }
    case "enum": {
      const v = readEnum(field.name, raw, t.values);
      return v === undefined
        ? { ok: false, message: `"${raw}" is not one of: ${t.values.join(", ")}` }
        : { ok: true, value: v };
    }
    case "list":
      return { ok: true, value: splitList(raw) };
    case "enumList": {
      const items = splitList(raw, /[;|,\n]/);
      const values: string[] = [];
      for (const item of items) {
        const v = readEnum(field.name, item, t.values);
        if (v === undefined) return { ok: false, message: `"${item}" is not one of: ${t.values.join(", ")}` };
        if (!values.includes(v)) values.push(v);
      }
      return { ok: true, value: values };
    }
    case "types":
      return { ok: false, message: "support types are read by readTypes" };
  }
}
