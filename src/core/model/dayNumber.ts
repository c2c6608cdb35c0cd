/**
 * A date as a whole number of days, the form every analysis compares: shared by import (which writes it),
 * the model (which stores it) and the rules (which read it), so it lives in the model, below them all.
 */
// Module-level, not a closure inside dayNumber: it runs a million times per import.
const digitAt = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 for an ISO date `YYYY-MM-DD`, read from the character codes with the
 * days-from-civil formula (no Date, no substrings: it runs for every date of every link).
 */
export function dayNumber(iso: string): number {
  let y = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const m = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const d = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
