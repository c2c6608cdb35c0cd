/**
 * CSV text to records, with spreadsheet row numbers. The delimiter is chosen from the header row
 * against known column names, because papaparse's guess is wrong on small semicolon or tab files
 * (toolchain.md, trap 8). Rows are streamed to the caller, so no array of every row is ever held.
 */
import Papa from "papaparse";
import { unguardCell } from "./formulaGuard.ts";
import { LfWriter, toLf } from "./lineEndings.ts";

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
 * the most columns; a comma wins ties. A split into more than `maxColumns` cells is a header the
 * import refuses: the delimiter giving the most cells is taken without recognising any of them
 * (recognising 200,000 names four times over takes minutes).
 */
export function detectDelimiter(
  text: string,
  recognised: (cells: readonly string[]) => number,
  maxColumns = Infinity,
): Delimiter {
  const line = headerLine(text);
  const splits = DELIMITERS.map((d) => ({
    d,
    cells: (Papa.parse<string[]>(line, { delimiter: d, preview: 1 }).data[0] ?? []).map(cleanCell),
  }));
  const widest = splits.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  if (widest.cells.length > maxColumns) return widest.d;
  let best: Delimiter = ",";
  let bestScore = -1;
  for (const { d, cells } of splits) {
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

/**
 * Whether a cell as written (before cleanCell) is a spreadsheet formula: its first character,
 * past any spaces, is `=`. A cell guarded by Mosaic's export starts with `'` and is text.
 */
export function writtenAsFormula(raw: string): boolean {
  return raw.trimStart().charCodeAt(0) === 61;
}

const NO_ERRORS: readonly Papa.ParseError[] = [];

export interface CsvRecord {
  /** Spreadsheet row number: the first line of the file is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
  /**
   * The cells written as spreadsheet formulas (`=…`), by index, or undefined (nearly every row).
   * Known only here: a cell Mosaic's export guarded (`'=…`) also starts with `=` once cleaned.
   */
  readonly formulas?: readonly number[];
}

export interface CsvProblem {
  readonly row: number;
  readonly message: string;
}

/**
 * Reads CSV text that arrives in pieces (papaparse's own parser, fed as its chunk streamer feeds
 * it) and hands each non-blank record to `onRecord` as soon as its row is complete, so no array of
 * rows, and no more of the text than a piece and an unfinished row, is ever held. Row numbers are
 * the spreadsheet's: blank lines count, and a quoted line break stays inside one row.
 *
 * The text must have LF line endings (LfWriter): papaparse reads one line ending per parser.
 * `onRecord` returns true to stop reading (a header and a few samples are all some callers need).
 *
 * @example
 * const reader = new RecordReader(",", (r) => console.log(r.row, r.cells));
 * reader.push('id,name\nE1,"Amy'); reader.push(' Li"\n'); reader.end(); // 1 ["id","name"], 2 ["E1","Amy Li"]
 */
export class RecordReader {
  /** Problems papaparse found (an unclosed quote), with their rows. */
  readonly problems: CsvProblem[] = [];
  private readonly parser: Papa.Parser;
  /** Text not yet read: an unfinished row, and what was pushed since. */
  private pending = "";
  /** Whether `pending` holds a quote character: then papaparse reads it. */
  private quoted = false;
  /** Parse again once `pending` is this long: twice the unfinished row, so a huge row is not re-read per piece. */
  private due = 0;
  /** Where the last complete row read ends in `pending`. */
  private consumed = 0;
  private row = 0;
  private done = false;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onRecord: (record: CsvRecord) => boolean | void,
  ) {
    this.parser = new Papa.Parser({
      delimiter,
      newline: "\n",
      step: (result: Papa.ParseStepResult<string[][]>) => this.step(result),
    });
  }

  /** Whether `onRecord` asked to stop. */
  get stopped(): boolean {
    return this.done;
  }

  push(text: string): void {
    if (this.done) return;
    // Quote-free text is split where it lies (readPiece): joining a megabyte piece to the unfinished
    // row before it and scanning the join copied every piece once more, a good part of the reading.
    if (!this.quoted && !text.includes('"')) return this.readPiece(text);
    this.quoted = true;
    this.pending += text;
    if (this.pending.length >= this.due) this.parse(false);
  }

  /** Reads the rest: the last row, which may have no line break after it. */
  end(): void {
    if (!this.done) this.parse(true);
    this.done = true;
  }

  private parse(last: boolean): void {
    this.consumed = 0;
    // papaparse's `ignoreLastRow`: a row with no line break after it yet is left for the next piece.
    if (this.quoted) this.parser.parse(this.pending, 0, !last);
    else this.parseUnquoted(last);
    this.pending = this.done ? "" : this.pending.slice(this.consumed);
    this.quoted = this.pending.includes('"');
    this.due = 2 * this.pending.length;
  }

  /**
   * A quote-free piece after a quote-free unfinished row: the row is finished by the piece's first
   * line, the piece's whole lines are read from the piece itself, and its last line is kept.
   */
  private readPiece(text: string): void {
    const first = text.indexOf("\n");
    if (first < 0) {
      this.pending += text;
      return;
    }
    this.record(`${this.pending}${text.slice(0, first)}`.split(this.delimiter), NO_ERRORS);
    const cutter = new LineCutter(text, this.delimiter);
    let start = first + 1;
    for (let end = text.indexOf("\n", start); end >= 0 && !this.done; end = text.indexOf("\n", start)) {
      this.record(cutter.cells(start, end), NO_ERRORS);
      start = end + 1;
    }
    this.pending = this.done ? "" : text.slice(start);
    this.due = 0;
  }

  /**
   * papaparse's own fast mode, which it takes for text with no quote character: rows split at LF,
   * cells at the delimiter, the last row left for the next piece unless `last`. Done here because
   * papaparse hands each row over in four fresh objects (result, meta, errors, data), which at
   * 600,000 rows was a good part of the import's garbage; the cells come out the same.
   */
  private parseUnquoted(last: boolean): void {
    const text = this.pending;
    if (text.length === 0) return;
    const cutter = new LineCutter(text, this.delimiter);
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      this.consumed = end + 1;
      this.record(cutter.cells(start, end), NO_ERRORS);
      if (this.done) return;
      start = end + 1;
    }
    if (!last) return;
    this.consumed = text.length;
    this.record(text.slice(start).split(this.delimiter), NO_ERRORS);
  }

  private step(result: Papa.ParseStepResult<string[][]>): void {
    this.consumed = result.meta.cursor;
    const cells = result.data[0];
    if (cells) this.record(cells, result.errors);
  }

  private record(cells: string[], errors: readonly Papa.ParseError[]): void {
    if (this.done) return;
    this.row++;
    for (const e of errors) {
      this.problems.push({
        row: this.row,
        message:
          e.code === "MissingQuotes"
            ? "A quoted value is never closed, so the rest of the file may have been read as one cell. Check the quotes on this row."
            : e.message,
      });
    }
    // Cleaned in place: papaparse hands over a fresh array per row, and a copy per row is 500,000 arrays.
    let blank = true;
    let formulas: number[] | undefined;
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i]!;
      const c = cleanCell(raw);
      cells[i] = c;
      if (c.length > 0) blank = false;
      // The one test most cells meet: does it start with `=`? (61 is `=`.)
      if (c.charCodeAt(0) === 61 && writtenAsFormula(raw)) (formulas ??= []).push(i);
    }
    if (blank) return;
    if (this.onRecord({ row: this.row, cells, formulas }) === true) {
      this.done = true;
      this.parser.abort();
    }
  }
}

/**
 * Cuts the quote-free lines of one text into cells, as `text.slice(start, end).split(delimiter)`
 * would, but cell by cell from the text itself: split is a call into the engine's C++ for every
 * row, where indexOf and slice stay in compiled code (about 40% less time cutting a wide file).
 * Lines must be asked for in order: the next delimiter found past a line's end is remembered, so
 * a file with few delimiters is not searched to its end once per line.
 */
class LineCutter {
  /** The next delimiter at or after where the last search started (-1: none in the rest of the text). */
  private next = -2;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  cells(start: number, end: number): string[] {
    const text = this.text;
    const cells: string[] = [];
    let at = start;
    for (;;) {
      if (this.next !== -1 && this.next < at) this.next = text.indexOf(this.delimiter, at);
      const d = this.next;
      if (d < 0 || d >= end) {
        cells.push(text.slice(at, end));
        return cells;
      }
      cells.push(text.slice(at, d));
      at = d + 1;
    }
  }
}

/**
 * Hands every non-blank record of a whole text to `onRecord` (RecordReader over one piece). Any mix
 * of CRLF, LF and CR ends rows; a quoted line break is kept as LF.
 */
export function readRecords(
  text: string,
  delimiter: Delimiter,
  onRecord: (record: CsvRecord) => void,
): readonly CsvProblem[] {
  const reader = new RecordReader(delimiter, onRecord);
  const lf = new LfWriter();
  reader.push(lf.push(text));
  reader.push(lf.end());
  reader.end();
  return reader.problems;
}

/** The header record (first non-blank row) without reading the rest. */
export function readHeader(text: string, delimiter: Delimiter): CsvRecord | undefined {
  let found: CsvRecord | undefined;
  const reader = new RecordReader(delimiter, (record) => {
    found = record;
    return true;
  });
  reader.push(toLf(text));
  reader.end();
  return found;
}

/** The longest header line detectDelimiter looks at: far more than 10,000 columns' worth. */
export const HEADER_LINE_LIMIT = 4 << 20;

/**
 * The header line of text read so far (LF line endings): the first non-blank line, cut at
 * HEADER_LINE_LIMIT characters; undefined while it may still go on (`atEnd`: nothing follows).
 */
export function firstLine(text: string, atEnd: boolean): string | undefined {
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    const line = text.slice(start, Math.min(stop, start + HEADER_LINE_LIMIT));
    if (line.length === HEADER_LINE_LIMIT) return line;
    if (end < 0) return atEnd ? line : undefined;
    if (line.trim().length > 0) return line;
    start = end + 1;
  }
}
