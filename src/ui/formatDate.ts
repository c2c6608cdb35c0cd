/**
 * "2026-09-01" as "1 September 2026" (the date itself, whatever the device's time zone): every
 * date the app shows reads one way. Anything that is not such a date is shown as it is.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (at.getUTCDate() !== Number(m[3])) return iso;
  return at.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** The latest of a person's last-contact dates (ISO dates sort as text), as shown: "11 March 2025". */
export function lastContactWords(dates: readonly (string | undefined)[]): string {
  const latest = dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .pop();
  return latest === undefined ? "not recorded" : formatDate(latest);
}
