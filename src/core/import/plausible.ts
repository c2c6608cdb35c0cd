/**
 * Bounds past which a number in an imported file is taken to be a slip (a stray digit, a pasted
 * phone number), not a fact: such a value is left blank with a warning naming its row and
 * column, never stored as given. One small module, so the bounds are easy to find and to argue
 * about.
 */

/** A supporter giving induction support to more ECTs than this at once is not believable. */
export const MAX_CAPACITY_ECTS = 50;
/** About 166 hours a month: more than a full-time job's working time. */
export const MAX_MINUTES_PER_MONTH = 10_000;
/** A working life. */
export const MAX_YEARS_EXPERIENCE = 60;
/** Dates of support outside these years are typing slips (1925 for 2025, 2205 for 2025). */
export const EARLIEST_YEAR = 1950;
export const LATEST_YEAR = 2100;

// ISO dates compare as strings: "1949-12-31" < "1950-01-01".
const EARLIEST_DATE = `${EARLIEST_YEAR}-01-01`;
const LATEST_DATE = `${LATEST_YEAR}-12-31`;

/** Upper bounds on number fields that hold for everyone (capacity is by kind: see `implausibleCapacity`). */
const NUMBER_BOUNDS: ReadonlyMap<string, { readonly max: number; readonly what: string }> = new Map([
  ["years_experience", { max: MAX_YEARS_EXPERIENCE, what: "years of experience" }],
  ["minutes_per_month", { max: MAX_MINUTES_PER_MONTH, what: "minutes a month" }],
]);

const CAPACITY_BOUNDS: ReadonlyMap<string, { readonly max: number; readonly what: string }> = new Map([
  ["capacity", { max: MAX_CAPACITY_ECTS, what: "ECTs" }],
  ["capacity_minutes_per_month", { max: MAX_MINUTES_PER_MONTH, what: "minutes a month" }],
]);

const tooMany = (raw: string, max: number, what: string) =>
  `"${raw}" is more than ${max.toLocaleString("en-GB")} ${what}, which is not believable (check for a stray digit)`;

/** Why the number in field `field` cannot be believed, or undefined when it can (or the field has no bound). */
export function implausibleNumber(field: string, n: number, raw: string): string | undefined {
  const bound = NUMBER_BOUNDS.get(field);
  return bound && n > bound.max ? tooMany(raw, bound.max, bound.what) : undefined;
}

/**
 * Why a person's capacity cannot be believed, or undefined. Groups are exempt: a peer group or a
 * network can hold many ECTs and many hours between its members.
 */
export function implausibleCapacity(field: string, n: number, isGroup: boolean): string | undefined {
  const bound = CAPACITY_BOUNDS.get(field);
  return !isGroup && bound && n > bound.max ? tooMany(String(n), bound.max, bound.what) : undefined;
}

/** Why an ISO date (YYYY-MM-DD) cannot be believed, or undefined. */
export function implausibleDate(iso: string, raw: string): string | undefined {
  if (iso < EARLIEST_DATE) return `"${raw}" is before ${EARLIEST_YEAR}, which is not believable`;
  if (iso > LATEST_DATE) return `"${raw}" is after ${LATEST_YEAR}, which is not believable`;
  return undefined;
}

/** Capacity fields, checked once the person's kind is known. */
export const CAPACITY_FIELDS: readonly string[] = [...CAPACITY_BOUNDS.keys()];
