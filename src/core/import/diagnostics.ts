/** What the importer tells the user: every problem names the file, spreadsheet row and column. */

export type DiagnosticLevel = "error" | "warning" | "info";

export interface Diagnostic {
  readonly level: DiagnosticLevel;
  readonly file: string;
  /** Spreadsheet row: the header is row 1. Absent for whole-file messages. */
  readonly row?: number;
  readonly column?: string;
  /** What happened and what to do about it, in plain words. */
  readonly message: string;
}

/** A data row that could not be imported, kept as written so the user can fix it. */
export interface RejectedRow {
  readonly file: string;
  readonly row: number;
  readonly header: readonly string[];
  readonly cells: readonly string[];
  readonly reason: string;
}

export const LEVEL_ORDER: Readonly<Record<DiagnosticLevel, number>> = { error: 0, warning: 1, info: 2 };
