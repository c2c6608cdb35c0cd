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
 * named in a row: `findOrCreateByName`), links added and repeats merged by LinkMerger, and step 4's
 * checks are in finishChecks.ts.
 */
import type { LinkStore } from "../model/linkStore.ts";
import { linkRecords } from "../model/linkStore.ts";
import type { LinkId, Person, PersonId, SupportLink } from "../model/types.ts";
import type { ColumnGuess, ColumnMapping, Shape } from "./columns.ts";
import { guessColumns, recogniseLayout, recognisedCount, SHAPE_LABEL } from "./columns.ts";
import type { Diagnostic, RejectedRow } from "./diagnostics.ts";
import { assignLinkIds, checkLineManagers, confirmAnsweredNobody, noteUnmappedEcts } from "./finishChecks.ts";
import type { ImportLog } from "./importLog.ts";
import type { ImportState } from "./importState.ts";
import { newImportState } from "./importState.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { planColumns } from "./preparedFile.ts";
import type { Delimiter } from "./readCsv.ts";
import { delimiterName, RecordReader } from "./readCsv.ts";
import type { ByteStream, Learnt } from "./fileText.ts";
import { openFileText, SecondLook } from "./fileText.ts";
import { MAX_COLUMNS, readFileStart } from "./fileStart.ts";
import { readLinkRow } from "./readLinkRow.ts";
import { readPeopleRow } from "./readPeopleRow.ts";
import { readSurveyRow } from "./readSurveyRow.ts";
import type { AutoMerge, RoleReference, SameAnswer } from "./samePeople.ts";
import { noteKeptApart, readAnswers } from "./samePeople.ts";
import type { SourceRef } from "./sourceLog.ts";
import { formColumnsOf } from "./columns.ts";
import { formColumnsMessage } from "./surveyColumns.ts";
import type { SamePersonProposal } from "../names/index.ts";
import { proposeSamePeople } from "../names/index.ts";
import { addHelps } from "./readSurveyRow.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import { seniorityFromRolesNote } from "../model/seniorityFromRole.ts";

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
}

export interface RememberedMapping {
  readonly header: readonly string[];
  readonly mapping: ColumnMapping;
}

/** The header set as one key: cells normalised, blanks left out, sorted. */
export function headerSignature(header: readonly string[]): string {
  return header
    .map((h) => h.trim().toLowerCase().replace(/\s+/g, " "))
    .filter((h) => h.length > 0)
    .sort()
    .join("\u0000");
}

/** The part of a mapping that concerns one file's headers, to remember for files like it. */
export function mappingFor(header: readonly string[], mapping: ColumnMapping): RememberedMapping {
  const here = new Set(header);
  return { header, mapping: Object.fromEntries(Object.entries(mapping).filter(([h]) => here.has(h))) };
}

export type { SourceRef };

export interface FileSummary {
  readonly name: string;
  readonly shape?: Shape;
  readonly encoding?: string;
  readonly delimiter?: string;
  readonly header?: readonly string[];
  readonly dataRows: number;
  /** For a file whose columns were not all recognised: each column, a few values and Mosaic's guess (the mapping step). */
  readonly guesses?: readonly ColumnGuess[];
}

export interface ImportResult {
  readonly people: readonly Person[];
  /**
   * Every link as a record, made when first read (reports and exports read them): the import holds
   * its links in `linkStore`, which is what buildNetwork takes.
   */
  readonly links: readonly SupportLink[];
  /** The links, one column per field, their ends as positions in `people`. */
  readonly linkStore: LinkStore;
  readonly diagnostics: readonly Diagnostic[];
  readonly rejected: readonly RejectedRow[];
  readonly files: readonly FileSummary[];
  /** Where each person and link was first read (parallel to `people` and `links`). */
  readonly sources: { readonly people: readonly SourceRef[]; readonly links: readonly SourceRef[] };
  /**
   * "Same person?": spellings of names read from rows that could be one person, not yet answered.
   * Both spellings are kept until the lead answers (ImportOptions.samePeople).
   */
  readonly samePeople: readonly SamePersonProposal[];
  /** Spellings read as one person without asking: equal apart from case, accents, spacing and punctuation. */
  readonly autoMerged: readonly AutoMerge[];
  /** Supporters named by role ("my mentor"), for the lead to name. */
  readonly roleReferences: readonly RoleReference[];
}

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
      readRow(state, p, record.row, record.cells, options);
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
 * Says which columns were left out (a form's own columns in one line), which header names repeat,
 * and what the file was read as.
 */
function reportColumns(log: ImportLog, p: PreparedFile): void {
  const form = formColumnsOf(p.header, p.columns);
  const formMessage = formColumnsMessage(form);
  if (formMessage) log.note("info", p.file.name, formMessage, 1);
  const inForm = new Set(form);
  p.columns.forEach((c, i) => {
    const header = p.header[i] ?? "";
    if (c?.kind === "dropped" && !inForm.has(header))
      log.note("info", p.file.name, `The column "${header}" was not imported: ${c.why}.`, 1, header);
  });
  const first = new Map<string, number>();
  p.header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!key) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else
      log.note(
        "warning",
        p.file.name,
        `Two columns are both headed "${h}" (columns ${earlier + 1} and ${i + 1}); ${usedColumn(p, earlier, i)} Rename one of them if both matter.`,
        1,
        h,
      );
  });
  log.note("info", p.file.name, `Read as a ${SHAPE_LABEL[p.shape]}.`);
}

/** Which of two columns with one header was read. */
function usedColumn(p: PreparedFile, a: number, b: number): string {
  const read = (i: number) =>
    p.columns[i] !== undefined && p.columns[i]?.kind !== "dropped" && p.columns[i]?.kind !== "ignore";
  const [x, y] = [p.columns[a], p.columns[b]];
  if (x?.kind === "field" && y?.kind === "field" && x.field === y.field)
    return `the first (column ${a + 1}) is used, and the second only where the first is blank.`;
  if (read(a) && read(b)) return "both were read.";
  if (read(a)) return `the first (column ${a + 1}) was used and the second left out.`;
  if (read(b)) return `the second (column ${b + 1}) was used and the first left out.`;
  return "neither was read.";
}

/** What a survey's answers came to: who answered "nobody", who named family, who was named by role. */
function reportSurvey(state: ImportState, p: PreparedFile): void {
  const { log } = state;
  const file = p.file.name;
  const nobody = [...(state.respondents.get(file)?.keys() ?? [])].filter((id) => state.answeredNobody.has(id));
  if (nobody.length > 0)
    log.note(
      "info",
      file,
      `${nobody.length === 1 ? "One ECT" : `${nobody.length} ECTs`} named nobody for any kind of support: read as having nobody for now (shown as isolated).`,
    );
  const family = state.familyNamed.filter((f) => state.respondents.get(file)?.has(f.ect));
  if (family.length > 0) {
    const ects = new Set(family.map((f) => f.ect)).size;
    const kinds = [...new Set(family.flatMap((f) => (f.type ? [SUPPORT_TYPES[f.type].short] : [])))];
    log.note(
      "info",
      file,
      `${ects === 1 ? "One ECT names" : `${ects} ECTs name`} family or friends outside school${kinds.length > 0 ? ` for ${kinds.join(" and ")}` : ""}. They count for that ECT's own coverage only, not as supporters of the network.`,
    );
  }
  for (const r of state.roleReferences) {
    if (r.where.file !== file) continue;
    log.note(
      "info",
      file,
      r.resolvedTo
        ? `Named by role: "${r.written}" (row ${r.where.row}, ${r.ect}) was read as ${r.resolvedTo}, recorded in that role for ${r.ect}.`
        : `Named by role: "${r.written}" (row ${r.where.row}, ${r.ect}).${r.linkRoleLabel ? ` Their link is recorded as ${r.ect}'s ${r.linkRoleLabel}.` : ""} It counts for ${r.ect}'s coverage now; naming them (rename them in ${r.ect}'s map) lets Mosaic tell whether they are someone already on the map.`,
      r.where.row,
      r.where.column,
    );
  }
}

/** Reads one data row by its file's shape, after a warning for any cells beyond the header's columns. */
function readRow(
  state: ImportState,
  p: PreparedFile,
  row: number,
  cells: readonly string[],
  options: ImportOptions,
): void {
  // One warning a row, however many cells lie beyond the header.
  let extra = 0;
  let firstExtra = -1;
  for (let i = p.header.length; i < cells.length; i++) {
    if (!cells[i]) continue;
    if (firstExtra < 0) firstExtra = i;
    extra++;
  }
  if (extra > 0)
    state.log.note(
      "warning",
      p.file.name,
      extra === 1
        ? `This row has more values than the header has columns; "${cells[firstExtra]}" in column ${firstExtra + 1} was not read.`
        : `This row has ${extra.toLocaleString("en-GB")} more values than the header has columns (from column ${firstExtra + 1}, "${cells[firstExtra]}"); they were not read.`,
      row,
    );
  if (p.shape === "people") readPeopleRow(state, p, row, cells);
  else if (p.shape === "survey") readSurveyRow(state, p, row, cells);
  else readLinkRow(state, p, row, cells, options.ectName);
}

/** Step 4: the whole-import checks, then the result. */
function finish(state: ImportState, files: readonly FileSummary[]): ImportResult {
  const { log, people, links, answeredNobody } = state;
  addHelps(state);
  assignLinkIds(links.store, links.sources, log);
  confirmAnsweredNobody(people, answeredNobody);
  checkLineManagers(people, log);
  noteUnmappedEcts(people, answeredNobody, log);
  const spellings = spellingsOf(state);
  const proposals = proposeSamePeople(spellings, { answered: people.answers.answered });
  for (const q of proposals) {
    const rows = (w: readonly SourceRef[]) => w.map((x) => x.row).join(", ");
    log.note(
      "info",
      q.keep.where[0]?.file ?? "",
      `Same person? "${q.keep.name}" (row${q.keep.where.length === 1 ? "" : "s"} ${rows(q.keep.where)}) and "${q.other.name}" (row${q.other.where.length === 1 ? "" : "s"} ${rows(q.other.where)}): ${q.why}. Both are kept until you answer, so the figures may change.`,
      q.other.where[0]?.row,
      q.other.where[0]?.column,
    );
  }
  noteKeptApart(log, spellings, people.answers);
  for (const m of people.autoMerged)
    log.note(
      "info",
      m.where.file,
      `"${m.merged}" was read as ${m.kept}: the same name apart from case, accents, spacing or punctuation.`,
      m.where.row,
      m.where.column,
    );
  const list: Person[] = [];
  for (const entry of people.byId.values()) list.push(entry.person);
  const seniority = seniorityFromRolesNote(list);
  if (seniority) log.note("info", files[0]?.name ?? "", seniority);
  log.sortByPlace(files.map((f) => f.name));
  const store = links.store;
  let sources: ImportResult["sources"] | undefined;
  let records: readonly SupportLink[] | undefined;
  // The link records and the sources are made when first read (the import report and exports read
  // them; the analysis and edits do not), once.
  return {
    people: list,
    linkStore: store,
    diagnostics: log.diagnostics,
    rejected: log.rejected,
    files,
    get links() {
      return (records ??= linkRecords(store));
    },
    get sources() {
      return (sources ??= { people: people.sources.toArray(), links: links.sources.toArray() });
    },
    samePeople: proposals,
    autoMerged: people.autoMerged,
    roleReferences: state.roleReferences,
  };
}

/** Every spelling of a name read from rows (not given by a people file), for "Same person?". */
function spellingsOf(state: ImportState): { name: string; count: number; where: readonly SourceRef[] }[] {
  const out: { name: string; count: number; where: readonly SourceRef[] }[] = [];
  for (const [index, seen] of state.people.named) {
    const person = state.people.entries[index]?.person;
    if (person && person.unnamed === undefined) out.push({ name: person.name, count: seen.count, where: seen.where });
  }
  return out;
}

export type { LinkId, PersonId };
