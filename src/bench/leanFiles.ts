/**
 * Lean copies of the generator's wide files, for the process bench: people with 8 columns and links
 * with 6, the columns a small school's export might have, so the per-row cost of the import is seen
 * apart from the per-cell cost of wide rows.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import Papa from "papaparse";

export const LEAN_PEOPLE = [
  "id",
  "name",
  "kind",
  "is_ect",
  "role_title",
  "school",
  "seniority",
  "line_manager_id",
] as const;
export const LEAN_LINKS = ["link_id", "from_id", "to_id", "support_types", "assesses", "status"] as const;

/** One CSV line's cells (papaparse only for a quoted line: the generator writes none). */
function cells(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const parsed = Papa.parse<string[]>(line).data[0];
  return parsed ?? [];
}

/** The text of `wide` with only the `keep` columns, in `keep`'s order. */
export function leanCsv(wide: string, keep: readonly string[]): string {
  const lines = wide.split("\n");
  const header = cells(lines[0] ?? "");
  const at = keep.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`the wide file has no column ${name}`);
    return i;
  });
  const out: string[] = [];
  for (const line of lines) {
    if (line === "") continue;
    const row = cells(line);
    out.push(Papa.unparse([at.map((i) => row[i] ?? "")]));
  }
  return `${out.join("\n")}\n`;
}

/** Writes `to` as the lean copy of `from` once (through a temporary name, so a stopped run leaves none half-written). */
export function writeLeanCopy(from: string, to: string, keep: readonly string[]): void {
  if (existsSync(to)) return;
  const fd = openSync(`${to}.part`, "w");
  writeSync(fd, leanCsv(readFileSync(from, "utf8"), keep));
  closeSync(fd);
  renameSync(`${to}.part`, to);
}
