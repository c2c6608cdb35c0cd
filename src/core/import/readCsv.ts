/**
 * CSV text to records, with spreadsheet row numbers. The delimiter is chosen from the header row
 * against known column names, because papaparse's guess is wrong on small semicolon or tab files
 * (toolchain.md, trap 8). Rows are streamed to the caller, so no array of every row is ever held.
 */
import Papa from "papaparse";
import { unguardCell } from "./formulaGuard.ts";
import { toLf, withUniformNewlines } from "./lineEndings.ts";

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function delimiterName(d: string): string {
  return d === "\t" ? "tab" : d === "," ? "comma" : d === ";" ? "semicolon" : d === "|" ? "pipe" : JSON.stringify(d);
}

/** The first non-blank line, which holds the header. */
function headerLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    const line = text.slice(start, end);
    if (line.trim().length > 0) return line;
    start = end + 1;
  }
  return "";
}

/**
 * Picks the delimiter whose split of the header row gives the most recognised column names, then
 * the most columns; a comma wins ties.
 */
export function detectDelimiter(text: string, recognised: (cells: readonly string[]) => number): Delimiter {
  const line = headerLine(text);
  let best: Delimiter = ",";
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const cells = (Papa.parse<string[]>(line, { delimiter: d, preview: 1 }).data[0] ?? []).map(cleanCell);
    const nonEmpty = cells.filter((c) => c.length > 0).length;
    const score = recognised(cells) * 1000 + (nonEmpty > 1 ? nonEmpty : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function cleanCell(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  // Most cells start and end with a visible ASCII character (nothing trim would take, which
  // includes Unicode spaces) and have no guard quote: skip the trims and the regular expression.
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(n - 1);
  if (first > 32 && first < 127 && first !== 39 && last > 32 && last < 127) return raw;
  return unguardCell(raw.trim()).trim();
}

export interface CsvRecord {
  /** Spreadsheet row number: the first line of the file is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly row: number;
  readonly message: string;
}

/**
 * Streams every non-blank record to `onRecord`. Blank lines still count towards row numbers, as
 * they do in a spreadsheet; a quoted line break stays inside one row. Any mix of CRLF, LF and CR
 * ends rows (papaparse itself reads one line ending per file).
 */
export function readRecords(
  text: string,
  delimiter: Delimiter,
  onRecord: (record: CsvRecord) => void,
  /** Characters read so far, every few thousand rows. */
  onProgress?: (read: number) => void,
): readonly CsvProblem[] {
  const problems: CsvProblem[] = [];
  let row = 0;
  const lines = withUniformNewlines(text);
  // A quoted line break is kept as the file wrote it: made "\n", as in a file with LF line endings.
  const breaksToLf = lines.newline !== "\n";
  Papa.parse<string[]>(lines.text, {
    delimiter,
    newline: lines.newline,
    skipEmptyLines: false,
    step: (result) => {
      row++;
      if (onProgress && row % 4096 === 0) onProgress(result.meta.cursor);
      for (const e of result.errors) {
        problems.push({
          row,
          message:
            e.code === "MissingQuotes"
              ? "A quoted value is never closed, so the rest of the file may have been read as one cell. Check the quotes on this row."
              : e.message,
        });
      }
      // Cleaned in place: papaparse hands over a fresh array per row, and a copy per row is 500,000 arrays.
      const cells = result.data;
      let blank = true;
      for (let i = 0; i < cells.length; i++) {
        let c = cleanCell(cells[i]!);
        if (breaksToLf && c.includes("\r")) c = toLf(c);
        cells[i] = c;
        if (c.length > 0) blank = false;
      }
      if (blank) return;
      onRecord({ row, cells });
    },
  });
  return problems;
}

/** The header record (first non-blank row) without reading the rest. */
export function readHeader(text: string, delimiter: Delimiter): CsvRecord | undefined {
  let found: CsvRecord | undefined;
  let row = 0;
  const lines = withUniformNewlines(text);
  Papa.parse<string[]>(lines.text, {
    delimiter,
    newline: lines.newline,
    skipEmptyLines: false,
    step: (result, parser) => {
      row++;
      const cells = result.data.map((raw) => toLf(cleanCell(raw)));
      if (cells.some((c) => c.length > 0)) {
        found = { row, cells };
        parser.abort();
      }
    },
  });
  return found;
}

/**
 * The first `count` non-blank records after the header, without reading the rest: the samples a
 * file's columns are recognised by (a form's anonymous "Name" column) and shown with in the mapping step.
 */
export function readSampleRows(text: string, delimiter: Delimiter, count = 20): readonly (readonly string[])[] {
  const rows: string[][] = [];
  let headerSeen = false;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data.map(cleanCell);
      if (!cells.some((c) => c.length > 0)) return;
      if (headerSeen) rows.push(cells);
      headerSeen = true;
      if (rows.length >= count) parser.abort();
    },
  });
  return rows;
}
