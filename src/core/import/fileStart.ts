/**
 * The start of a file, which is all the import needs to recognise it: the delimiter (from the
 * header line), the header record and the first SAMPLE_ROWS records after it. Only as much of the
 * file is read as these take.
 */
import type { FileText } from "./fileText.ts";
import type { CsvRecord, Delimiter } from "./readCsv.ts";
import { detectDelimiter, firstLine, RecordReader } from "./readCsv.ts";

/** Rows read to recognise a file's columns (a form's anonymous "Name" column) and shown in the mapping step. */
export const SAMPLE_ROWS = 20;

/**
 * The most columns a header may have. Far beyond any staff list or form export (Excel stops at
 * 16,384); a header wider than this is a file of another kind, and recognising 200,000 columns
 * one by one would take minutes.
 */
export const MAX_COLUMNS = 10_000;

export interface FileStart {
  readonly delimiter: Delimiter;
  /** The first non-blank record; undefined when there is none. */
  readonly header?: CsvRecord;
  readonly samples: readonly (readonly string[])[];
  /** Whether the whole text is blank (known only when there is no header). */
  readonly blank: boolean;
}

export function readFileStart(
  text: FileText,
  delimiter: Delimiter | undefined,
  recognised: (cells: readonly string[]) => number,
): FileStart {
  const pieces = text.pieces();
  try {
    // 1. Enough text for the header line, to choose the delimiter by.
    let head = "";
    let line: string | undefined;
    let atEnd = false;
    let blank = true;
    while (line === undefined) {
      const next = pieces.next();
      atEnd = next.done === true;
      if (!next.done) {
        head += next.value.text;
        if (blank && next.value.text.trim().length > 0) blank = false;
      }
      line = firstLine(head, atEnd);
    }
    const chosen = delimiter ?? detectDelimiter(line, recognised, MAX_COLUMNS);
    // 2. The header record and the samples after it.
    let header: CsvRecord | undefined;
    const samples: (readonly string[])[] = [];
    const reader = new RecordReader(chosen, (record) => {
      if (header) samples.push(record.cells);
      else header = record;
      return header.cells.length > MAX_COLUMNS || samples.length >= SAMPLE_ROWS;
    });
    reader.push(head);
    while (!reader.stopped && !atEnd) {
      const next = pieces.next();
      if (next.done) atEnd = true;
      else {
        reader.push(next.value.text);
        if (blank && next.value.text.trim().length > 0) blank = false;
      }
    }
    reader.end();
    return { delimiter: chosen, ...(header ? { header } : {}), samples, blank };
  } finally {
    // Closes the file when its start was enough.
    pieces.return();
  }
}
