/**
 * The rows of one file that could not be imported, as a CSV with the file's own columns plus the
 * problem, so the user can fix them in their spreadsheet and import them again.
 */
import type { RejectedRow } from "../import/diagnostics.ts";
import { toCsv } from "./toCsv.ts";

export function rejectedRowsCsv(rejected: readonly RejectedRow[], file: string): string {
  const rows = rejected.filter((r) => r.file === file);
  const header = rows[0]?.header ?? [];
  const width = Math.max(header.length, ...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => header[i] || `column ${i + 1}`);
  return toCsv(
    [...columns, "spreadsheet row", "what needs attention"],
    rows.map((r) => [...Array.from({ length: width }, (_, i) => r.cells[i] ?? ""), String(r.row), r.reason]),
  );
}
