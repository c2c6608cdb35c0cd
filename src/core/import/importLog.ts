/** What an import tells the user as it reads: its diagnostics and the rows it could not import. */
import type { Diagnostic, DiagnosticLevel, RejectedRow } from "./diagnostics.ts";
import type { PreparedFile } from "./preparedFile.ts";

export class ImportLog {
  readonly diagnostics: Diagnostic[] = [];
  readonly rejected: RejectedRow[] = [];

  note(level: DiagnosticLevel, file: string, message: string, row?: number, column?: string): void {
    this.diagnostics.push({
      level,
      file,
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
      message,
    });
  }

  /**
   * Puts the notes in reading order: by file (in `files` order, others after), then by row, a
   * file's notes without a row first. Stable, so notes on one row keep the order they were made in.
   */
  sortByPlace(files: readonly string[]): void {
    const order = new Map(files.map((f, i) => [f, i]));
    const fileAt = (d: Diagnostic) => order.get(d.file) ?? files.length;
    this.diagnostics.sort((a, b) => fileAt(a) - fileAt(b) || (a.row ?? 0) - (b.row ?? 0));
  }

  /** Leaves a data row out, saying why, and keeps it as written for the user to fix. */
  reject(p: PreparedFile, row: number, cells: readonly string[], reason: string, column?: string): void {
    this.note(
      "error",
      p.file.name,
      `${reason} The row was not imported; it is kept in the "needs attention" list for you to fix.`,
      row,
      column,
    );
    this.rejected.push({ file: p.file.name, row, header: p.header, cells, reason });
  }
}
