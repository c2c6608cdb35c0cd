/**
 * The import pipeline: bytes → text → records → people and links, for every shape docs/domain.md 3.4
 * names. Nothing throws and nothing is lost: each data row is imported, merged into an earlier
 * row, or listed in `rejected` with a diagnostic naming file, row and column.
 *
 * 1. Decode every file and read its header; decide its shape.
 * 2. Read people files first, so links can be checked against their ids.
 * 3. Read links, edge lists, one-ECT maps and surveys, creating people by name where no people
 *    file gives ids.
 * 4. Check the whole: generated link ids, line-manager chains, ECTs with no rows.
 *
 * The rows are read by readPeopleRow, readLinkRow and readSurveyRow, which share an ImportState:
 * the cells of a row are read by CellReader, people found or created by PeopleIndex (a person
 * named in a row: `findOrCreateByName`), links added and repeats merged by LinkMerger. What each
 * file's reading says is in fileReports.ts; step 4 and the result are in importResult.ts.
 */
import type { ColumnMapping } from "./columns.ts";
import { guessColumns, recogniseLayout, recognisedCount } from "./columns.ts";
import { reportColumns, reportSurvey } from "./fileReports.ts";
import type { ImportState } from "./importState.ts";
import { newImportState } from "./importState.ts";
import type { FileSummary, ImportResult } from "./importResult.ts";
import { finish } from "./importResult.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { planColumns } from "./preparedFile.ts";
import type { CsvRecord, Delimiter } from "./readCsv.ts";
import { delimiterName, RecordReader } from "./readCsv.ts";
import type { ByteStream, Learnt } from "./fileText.ts";
import { openFileText, SecondLook } from "./fileText.ts";
import { MAX_COLUMNS, readFileStart } from "./fileStart.ts";
import { readFormulaCells } from "./readFormulaCells.ts";
import { readLinkRow } from "./readLinkRow.ts";
import { readPeopleRow } from "./readPeopleRow.ts";
import { readSurveyRow } from "./readSurveyRow.ts";
import type { RememberedMapping } from "./rememberedMapping.ts";
import { headerSignature } from "./rememberedMapping.ts";
import type { SameAnswer } from "./samePeople.ts";
import { readAnswers } from "./samePeople.ts";
import type { SourceRef } from "./sourceLog.ts";
import type { LinkId, PersonId } from "../model/types.ts";
import type { SameSchoolAnswer } from "../model/schoolAnswers.ts";

export type { FileSummary, ImportResult } from "./importResult.ts";
export type { RememberedMapping } from "./rememberedMapping.ts";
export { headerSignature, mappingFor } from "./rememberedMapping.ts";

export interface InputFile {
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly text?: string;
  /** The file read in chunks (the CLI reads files this way, so none is held whole). */
  readonly stream?: ByteStream;
  /** Overrides for when detection gets a file wrong. */
  readonly encoding?: string;
  readonly delimiter?: Delimiter;
}

export interface ImportOptions {
  readonly mapping?: ColumnMapping;
  /**
   * Column choices remembered from earlier imports, each for one set of headers: a file whose
   * headers are exactly those (in any order, ignoring case and spacing) uses it.
   */
  readonly remembered?: readonly RememberedMapping[];
  /** The ECT of a one-person map (the quick format has no ECT column). */
  readonly ectName?: string;
  /** The lead's answers to "Same person?", kept with the project and applied to every import of it. */
  readonly samePeople?: readonly SameAnswer[];
  /**
   * The lead's answers to "Same school?", kept with the project like samePeople. The import itself
   * does not read them: they are applied after it (withSchoolAnswers), so answering reads no file again.
   */
  readonly sameSchools?: readonly SameSchoolAnswer[];
}

export type { SourceRef };

/**
 * `onProgress` hears how far the import has got, of how far it has to go, a few times a second on
 * a large file (the page shows it as a progress bar): recognising each file (reading its start) is
 * the first half, reading the rows the second, both in proportion to the files' sizes, and with
 * the name of the file it is on (the page says "Reading people.csv…").
 *
 * Each file is read as a stream of pieces (InputFile.stream, or its bytes or text cut into
 * pieces), so the import holds the model and a piece, never a whole file's text and rows.
 */
export function importFiles(
  files: readonly InputFile[],
  options: ImportOptions = {},
  onProgress?: (done: number, total: number, file?: string) => void,
): ImportResult {
  const learnt = new Map<number, Learnt>();
  // A second look starts again from the first file: progress waits until it is past where it was.
  let furthest = 0;
  const progress =
    onProgress &&
    ((done: number, total: number, file?: string) => {
      furthest = Math.max(furthest, done);
      onProgress(furthest, total, file);
    });
  for (;;) {
    try {
      return importOnce(files, options, learnt, progress);
    } catch (e) {
      // A later chunk disagreed with a file's first (fileText.ts): read everything again knowing it.
      if (!(e instanceof SecondLook) || learnt.get(e.file) === e.learnt) throw e;
      learnt.set(e.file, e.learnt);
    }
  }
}

function importOnce(
  files: readonly InputFile[],
  options: ImportOptions,
  learnt: ReadonlyMap<number, Learnt>,
  onProgress?: (done: number, total: number, file?: string) => void,
): ImportResult {
  const state = newImportState();
  state.people.answers = readAnswers(options.samePeople);
  const log = state.log;
  const summaries: FileSummary[] = [];
  const prepared: PreparedFile[] = [];
  const sizes = files.map((f) => f.text?.length ?? f.stream?.size ?? f.bytes?.length ?? 0);
  const half = Math.max(
    1,
    sizes.reduce((n, s) => n + s, 0),
  );
  let recognisedSize = 0;
  onProgress?.(0, 2 * half, files[0]?.name);

  // 1. Read the start of each file and recognise it.
  for (const [f, file] of files.entries()) {
    if (f > 0) onProgress?.(recognisedSize, 2 * half, file.name);
    recognisedSize += sizes[f]!;
    const opened = openFileText(file, f, learnt.get(f));
    if (!opened.ok) {
      log.note("error", file.name, opened.message);
      summaries.push({ name: file.name, dataRows: 0 });
      continue;
    }
    const text = opened.text;
    if (text.warning) log.note("warning", file.name, text.warning);
    const start = readFileStart(text, file.delimiter, recognisedCount);
    const { delimiter, header } = start;
    if (!header) {
      log.note("error", file.name, start.blank ? "The file is empty." : "The file has no header row.");
      summaries.push({ name: file.name, encoding: text.encoding, dataRows: 0 });
      continue;
    }
    if (header.cells.length > MAX_COLUMNS) {
      log.note(
        "error",
        file.name,
        `The header row has ${header.cells.length.toLocaleString("en-GB")} columns, more than the ${MAX_COLUMNS.toLocaleString("en-GB")} Mosaic reads, so this file was not read. Check that it is the file you meant: a staff list, links or survey answers have a few dozen columns at most.`,
        header.row,
      );
      summaries.push({ name: file.name, encoding: text.encoding, delimiter: delimiterName(delimiter), dataRows: 0 });
      continue;
    }
    const signature = headerSignature(header.cells);
    const remembered = options.mapping
      ? undefined
      : options.remembered?.find((r) => headerSignature(r.header) === signature);
    if (remembered)
      log.note("info", file.name, "Used the column choices made before for a file with these columns.", header.row);
    const samples = start.samples;
    const mapping = options.mapping ?? remembered?.mapping;
    const layout = recogniseLayout(header.cells, mapping, samples);
    if (!layout.ok) {
      log.note("error", file.name, layout.message, header.row);
      summaries.push({
        name: file.name,
        encoding: text.encoding,
        delimiter: delimiterName(delimiter),
        header: header.cells,
        dataRows: 0,
        guesses: guessColumns(header.cells, samples, mapping),
      });
      continue;
    }
    prepared.push({
      file,
      text,
      delimiter,
      encoding: text.encoding,
      shape: layout.shape,
      header: header.cells,
      ...planColumns(header.cells, layout.columns),
    });
  }
  state.people.hasPeopleFile = prepared.some((p) => p.shape === "people");

  // 2 and 3. People first, then everything that links them, each file read again from its start.
  const order = [...prepared].sort((x, y) => Number(y.shape === "people") - Number(x.shape === "people"));
  const total = Math.max(
    1,
    order.reduce((n, p) => n + p.text.size, 0),
  );
  const reading =
    onProgress &&
    ((read: number, file?: string) => onProgress(half + Math.round((half * read) / total), 2 * half, file));
  let before = 0;
  reading?.(0, order[0]?.file.name);
  for (const p of order) {
    reportColumns(log, p);
    let dataRows = 0;
    let headerSeen = false;
    const reader = new RecordReader(p.delimiter, (record) => {
      if (!headerSeen) {
        headerSeen = true;
        return;
      }
      dataRows++;
      readRow(state, p, record, options);
    });
    for (const piece of p.text.pieces()) {
      reader.push(piece.text);
      reading?.(before + piece.read, p.file.name);
    }
    reader.end();
    before += p.text.size;
    reading?.(before, p.file.name);
    for (const problem of reader.problems) log.note("warning", p.file.name, problem.message, problem.row);
    if (dataRows === 0)
      log.note("warning", p.file.name, "This file has a header but no rows, so there was nothing to read.");
    if (p.shape === "survey") reportSurvey(state, p);
    if (p.shape === "links" && !state.people.hasPeopleFile) {
      log.note(
        "info",
        p.file.name,
        "There is no people file, so each person's id is their name as first written, and everyone who receives support in this file is taken to be an ECT. Add a people file to say who is an ECT.",
      );
    }
    summaries.push({
      name: p.file.name,
      shape: p.shape,
      encoding: p.encoding,
      delimiter: delimiterName(p.delimiter),
      header: p.header,
      dataRows,
    });
  }

  // 4. Whole-network checks.
  return finish(state, summaries);
}

/**
 * Reads one data row by its file's shape, after a warning for any cells beyond the header's
 * columns and its formulas read (readFormulaCells.ts), the same for every shape.
 */
function readRow(state: ImportState, p: PreparedFile, record: CsvRecord, options: ImportOptions): void {
  const { row, cells: written, formulas } = record;
  // One warning a row, however many cells lie beyond the header.
  let extra = 0;
  let firstExtra = -1;
  for (let i = p.header.length; i < written.length; i++) {
    if (!written[i]) continue;
    if (firstExtra < 0) firstExtra = i;
    extra++;
  }
  if (extra > 0)
    state.log.note(
      "warning",
      p.file.name,
      extra === 1
        ? `This row has more values than the header has columns; "${written[firstExtra]}" in column ${firstExtra + 1} was not read.`
        : `This row has ${extra.toLocaleString("en-GB")} more values than the header has columns (from column ${firstExtra + 1}, "${written[firstExtra]}"); they were not read.`,
      row,
    );
  const cells = formulas ? readFormulaCells(state, p, row, written, formulas) : written;
  if (cells === undefined) return;
  if (p.shape === "people") readPeopleRow(state, p, row, cells);
  else if (p.shape === "survey") readSurveyRow(state, p, row, cells);
  else readLinkRow(state, p, row, cells, options.ectName);
}

export type { LinkId, PersonId };
