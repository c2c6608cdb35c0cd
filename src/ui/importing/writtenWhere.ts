import type { Spelling } from "../../core/index.ts";

const WORDS = ["", "once", "twice", "three times", "four times", "five times", "six times", "seven times"] as const;

/** "once", "twice", "three times", … "12 times": how often a name is written, in words while short. */
export function howOften(count: number): string {
  return WORDS[count] || `${count.toLocaleString("en-GB")} times`;
}

/**
 * How often and where one spelling of a name is written: "twice (rows 2, 5)", or with the file
 * when more than one was read, "three times (staff.csv row 4; survey.xlsx rows 2, 5)". The rows
 * are the first few the core kept; "…" says there are more. A staff-list person no row names is
 * "only in the staff list (staff.csv row 3)".
 */
export function writtenWhere(s: Spelling, nameFiles: boolean): string {
  const byFile = new Map<string, number[]>();
  for (const w of s.where) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.row]);
  const rows = (r: readonly number[]) => `row${r.length === 1 ? "" : "s"} ${r.join(", ")}`;
  const places = [...byFile].map(([file, r]) => (nameFiles ? `${file} ${rows(r)}` : rows(r)));
  const more = s.count > s.where.length ? ", …" : "";
  // A staff-list person no row names: where the list has them.
  if (s.count === 0) return `only in the staff list (${places.join("; ")})`;
  return places.length === 0 ? howOften(s.count) : `${howOften(s.count)} (${places.join("; ")}${more})`;
}
