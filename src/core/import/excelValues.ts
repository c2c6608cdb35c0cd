/**
 * Excel's numbers as the text a person sees: General format (no float noise) and dates, which a
 * workbook stores as day counts (serial numbers) with a date number format. Dates become ISO
 * text, which the importer reads without guessing day/month order.
 */

/**
 * How a number format shows a number: as a date (with the time when there is one), a time of day,
 * an elapsed time (`[h]:mm`), or as a plain number (undefined).
 */
export type DateKind = "date" | "time" | "elapsed";

/** Excel's built-in date and time formats (ids below 164 need no `numFmt` in the file). */
const BUILT_IN: ReadonlyMap<number, DateKind> = new Map([
  [14, "date"], // m/d/yyyy (shown in the reader's locale)
  [15, "date"], // d-mmm-yy
  [16, "date"], // d-mmm
  [17, "date"], // mmm-yy
  [18, "time"], // h:mm AM/PM
  [19, "time"], // h:mm:ss AM/PM
  [20, "time"], // h:mm
  [21, "time"], // h:mm:ss
  [22, "date"], // m/d/yyyy h:mm
  [45, "time"], // mm:ss
  [46, "elapsed"], // [h]:mm:ss
  [47, "time"], // mm:ss.0
]);

/** The kind of a number format, from its code when the file gives one, else from its built-in id. */
export function dateKind(numFmtId: number, code: string | undefined): DateKind | undefined {
  return code === undefined ? BUILT_IN.get(numFmtId) : kindOfCode(code);
}

/**
 * Reads a format code's date and time letters (d, m, y, h, s), skipping quoted text, escaped
 * characters (`\x`), padding and fill (`_x`, `*x`) and brackets (`[Red]`, `[$-409]`), except the
 * elapsed-time brackets `[h]`, `[mm]`, `[ss]`.
 */
export function kindOfCode(code: string): DateKind | undefined {
  let date = false;
  let time = false;
  let month = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!.toLowerCase();
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? code.length : close;
    } else if (c === "\\" || c === "_" || c === "*") i++;
    else if (c === "[") {
      const close = code.indexOf("]", i + 1);
      const inside = code.slice(i + 1, close < 0 ? code.length : close).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) return "elapsed";
      i = close < 0 ? code.length : close;
    } else if (c === "d" || c === "y") date = true;
    else if (c === "h" || c === "s") time = true;
    else if (c === "m") month = true;
  }
  // A lone "m" is a month ("mmm yyyy"); next to h or s it is minutes.
  return date || (month && !time) ? "date" : time ? "time" : undefined;
}

/** A number as Excel's General format shows it: 15 significant digits, so 0.1 + 0.2 is 0.3. */
export function generalNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

const DAY = 86_400;
/** The largest serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2_958_465;

/**
 * A serial number as ISO text: `YYYY-MM-DD`, with ` HH:MM:SS` when it has a time part; a time of
 * day under one day as `HH:MM:SS`; an elapsed time as `H:MM:SS`. Undefined when it is no date.
 * In the 1900 date system serial 1 is 1900-01-01 and 60 is Excel's 29 February 1900 (a day
 * Lotus 1-2-3 invented and Excel kept); in the 1904 system (old Macs) serial 0 is 1904-01-01.
 */
export function serialToText(serial: number, kind: DateKind, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL + 1) return undefined;
  const seconds = Math.round(serial * DAY);
  const days = Math.floor(seconds / DAY);
  const clock = seconds - days * DAY;
  if (kind === "elapsed")
    return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  if (kind === "time" && days === 0) return hms(clock);
  const date = dayText(days, date1904);
  return clock === 0 ? date : `${date} ${hms(clock)}`;
}

function dayText(days: number, date1904: boolean): string {
  if (!date1904 && days === 60) return "1900-02-29";
  // Days since 1899-12-31 (1900 system, before the invented day) or 1904-01-01.
  const utc = date1904 ? Date.UTC(1904, 0, 1 + days) : Date.UTC(1899, 11, days < 60 ? 31 + days : 30 + days);
  return new Date(utc).toISOString().slice(0, 10);
}

function hms(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
