/**
 * How a link's fields are held as numbers in the link store: each closed vocabulary as its position
 * plus one (0 for blank), dates as day numbers, ratings and minutes as numbers with a mark for
 * blank. Each encoding says whether it holds the value whole, so a record decoded from the numbers
 * is the record that was written (a value they cannot hold is kept as written, see LinkStore).
 */
import { FORMALITIES, FREQUENCIES, LINK_ROLES, ORIGINS, STATUSES, STYLES, WILLINGNESSES } from "./enums.ts";
import type { SupportType } from "./supportTypes.ts";
import { maskToTypes, SUPPORT_TYPES } from "./supportTypes.ts";
import type { IsoDate } from "./types.ts";
import { dayNumber } from "./dayNumber.ts";

export const NO_DAY = -2147483648;
export const NO_MINUTES = -1;

/** Bits of a link's traits column. */
export const TRAIT_FORMAL = 1;
export const TRAIT_DIRECTED = 2;
export const TRAIT_DIRECTIVE = 4;

const codes = (values: readonly string[]): Readonly<Record<string, number>> =>
  Object.fromEntries(values.map((v, i) => [v, i + 1]));

export const ROLE_CODE = codes(LINK_ROLES);
export const ORIGIN_CODE = codes(ORIGINS);
export const FREQUENCY_CODE = codes(FREQUENCIES);
export const STATUS_CODE = codes(STATUSES);
export const FORMALITY_CODE = codes(FORMALITIES);
export const WILLINGNESS_CODE = codes(WILLINGNESSES);
export const STYLE_CODE = codes(STYLES);

/** The code of `v` in `table`: 0 for blank, -1 for a value the table does not hold. */
export function codeOf(table: Readonly<Record<string, number>>, v: unknown): number {
  if (v === undefined) return 0;
  return typeof v === "string" ? (table[v] ?? -1) : -1;
}

/** The value of `code` in `values` (position plus one), undefined for 0. */
export function valueOf<T>(values: readonly T[], code: number): T | undefined {
  return code === 0 ? undefined : values[code - 1];
}

/** Each type mask's types in canonical order: what a link's `support_types` decodes to. */
const TYPES_OF_MASK: readonly (readonly SupportType[])[] = Array.from({ length: 64 }, (_, mask) => maskToTypes(mask));

/** The types of `mask`, as a new array. */
export function typesOfMask(mask: number): SupportType[] {
  return [...(TYPES_OF_MASK[mask] ?? [])];
}

/** True when `types` is exactly what its mask decodes to: known types, canonical order, no repeats. */
export function typesExact(types: readonly SupportType[], mask: number): boolean {
  const canonical = TYPES_OF_MASK[mask];
  if (!canonical || canonical.length !== types.length) return false;
  for (let i = 0; i < types.length; i++) if (types[i] !== canonical[i]) return false;
  return true;
}

/** A type mask without allocating (the import runs it for every link). */
export function maskOf(types: readonly SupportType[]): number {
  let mask = 0;
  for (let i = 0; i < types.length; i++) mask |= SUPPORT_TYPES[types[i]!].bit;
  return mask;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => {
  const d = digit(s, i);
  return d >= 0 && d <= 9;
};

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A real calendar date written `YYYY-MM-DD`: the form whose day number gives it back exactly. */
export function isCanonicalIso(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(s, i)) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The day number of a canonical ISO date (see isCanonicalIso). */
export const dayOfIso = dayNumber;

/** The ISO date of day number `day` (days since 1970-01-01): the inverse of dayNumber. */
export function isoOfDay(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return isoDate(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}

function isIsoDate(s: string): s is IsoDate {
  return s.length === 10;
}

function isoDate(s: string): IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`not a date Mosaic can write: ${s}`);
  return s;
}
