/**
 * The import pipeline: bytes → text → records → people and links, for every shape domain.md 3.4
 * names. Nothing throws and nothing is lost: each data row is imported, merged into an earlier
 * row, or listed in `rejected` with a diagnostic naming file, row and column.
 *
 * 1. Decode every file and read its header; decide its shape.
 * 2. Read people files first, so links can be checked against their ids.
 * 3. Read links, edge lists, one-ECT maps and surveys, creating people by name where no people
 *    file gives ids.
 * 4. Check the whole: generated link ids, line-manager chains, ECTs with no rows.
 */
import type { FieldSpec } from "../model/fields.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../model/fields.ts";
import { LINK_ROLES } from "../model/enums.ts";
import { blankPerson, LINK_SLOTS, PERSON_SLOTS, personFromSlots } from "../model/canonical.ts";
import type { LinkStore } from "../model/linkStore.ts";
import { LINK_ID_SLOT, LinkStoreWriter, linkRecords } from "../model/linkStore.ts";
import type { LinkId, Person, PersonId, SupportLink } from "../model/types.ts";
import type { ImportedColumns, LinkColumns, LinkColumnSource } from "../model/network.ts";
import { resizeLinkColumns, setLinkColumns } from "../model/network.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { sortTypes } from "../model/supportTypes.ts";
import type { ColumnGuess, ColumnMapping, ColumnTarget, Shape } from "./columns.ts";
import { guessColumns, recogniseLayout, recognisedCount, SHAPE_LABEL } from "./columns.ts";
import { decodeBytes } from "./decode.ts";
import type { Diagnostic, DiagnosticLevel, RejectedRow } from "./diagnostics.ts";
import { collapseSpaces, headerWords, nameKey, termKey } from "./normalise.ts";
import type { Delimiter } from "./readCsv.ts";
import { delimiterName, detectDelimiter, readHeader, readRecords, readSampleRows } from "./readCsv.ts";
import { readCell, readCellQuickly, readTypes, splitList } from "./values.ts";
import { readEnum } from "./vocabulary.ts";

export interface InputFile {
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly text?: string;
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

export interface SourceRef {
  readonly file: string;
  readonly row: number;
}

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
   * Every link as a record, made when first read: the import holds its links in a LinkStore
   * (`columns.links`), which is what buildNetwork takes (see `importedLinks`).
   */
  readonly links: readonly SupportLink[];
  readonly diagnostics: readonly Diagnostic[];
  readonly rejected: readonly RejectedRow[];
  readonly files: readonly FileSummary[];
  /** Each link's giver and receiver as positions in `people`, the link store and its columns, for buildNetwork. */
  readonly columns?: ImportedColumns;
  /** Where each person and link was first read (parallel to `people` and `links`). */
  readonly sources: { readonly people: readonly SourceRef[]; readonly links: readonly SourceRef[] };
}

type Draft = Record<string, unknown>;
interface Extras {
  supporterRole?: string;
  supporterSchool?: string;
  ectSchool?: string;
  /** A link_role cell that is not a known role: the supporter's role title, in effect. */
  roleText?: string;
}

const NOBODY = new Set(["nobody", "no one", "noone", "none", "n a", "na", "not applicable", "nil"]);

interface Prepared {
  readonly file: InputFile;
  readonly text: string;
  readonly delimiter: Delimiter;
  readonly encoding: string;
  readonly shape: Shape;
  readonly header: readonly string[];
  readonly columns: readonly (ColumnTarget | undefined)[];
  /**
   * Field columns in canonical field order, as three parallel lists: the field, its cell in the
   * row, and its slot in the record (PERSON_SLOTS or LINK_SLOTS).
   */
  readonly fieldSpecs: readonly FieldSpec[];
  readonly fieldCells: Int32Array;
  readonly fieldSlots: Int32Array;
  readonly extraColumns: readonly (readonly ["supporterRole" | "supporterSchool" | "ectSchool", number])[];
  /** The header of each field's column, for messages. */
  readonly columnOf: (field: string) => string | undefined;
}

/**
 * `onProgress` hears how far the import has got, of how far it has to go, a few times a second on
 * a large file (the page shows it as a progress bar): decoding each file is the first half of the
 * work, reading the rows the second, both in proportion to the files' sizes.
 */
export function importFiles(
  files: readonly InputFile[],
  options: ImportOptions = {},
  onProgress?: (done: number, total: number) => void,
): ImportResult {
  const b = new Builder();
  const summaries: FileSummary[] = [];
  const prepared: Prepared[] = [];
  // Decoding tens of megabytes takes long enough to need progress of its own.
  const sizes = files.map((f) => f.text?.length ?? f.bytes?.length ?? 0);
  const half = Math.max(
    1,
    sizes.reduce((n, s) => n + s, 0),
  );
  let decodedSize = 0;
  onProgress?.(0, 2 * half);

  // 1. Decode and recognise.
  for (const [f, file] of files.entries()) {
    if (f > 0) onProgress?.(decodedSize, 2 * half);
    decodedSize += sizes[f]!;
    const decoded =
      file.text !== undefined
        ? ({ ok: true, text: file.text.replace(/^\uFEFF/, ""), encoding: "text" } as const)
        : decodeBytes(file.bytes ?? new Uint8Array(), file.encoding);
    if (!decoded.ok) {
      b.note("error", file.name, decoded.message);
      summaries.push({ name: file.name, dataRows: 0 });
      continue;
    }
    if ("warning" in decoded && decoded.warning) b.note("warning", file.name, decoded.warning);
    const delimiter = file.delimiter ?? detectDelimiter(decoded.text, recognisedCount);
    const header = readHeader(decoded.text, delimiter);
    if (!header) {
      b.note(
        "error",
        file.name,
        decoded.text.trim().length === 0 ? "The file is empty." : "The file has no header row.",
      );
      summaries.push({ name: file.name, encoding: decoded.encoding, dataRows: 0 });
      continue;
    }
    const signature = headerSignature(header.cells);
    const remembered = options.mapping
      ? undefined
      : options.remembered?.find((r) => headerSignature(r.header) === signature);
    if (remembered)
      b.note("info", file.name, "Used the column choices made before for a file with these columns.", header.row);
    const samples = readSampleRows(decoded.text, delimiter);
    const mapping = options.mapping ?? remembered?.mapping;
    const layout = recogniseLayout(header.cells, mapping, samples);
    if (!layout.ok) {
      b.note("error", file.name, layout.message, header.row);
      summaries.push({
        name: file.name,
        encoding: decoded.encoding,
        delimiter: delimiterName(delimiter),
        header: header.cells,
        dataRows: 0,
        guesses: guessColumns(header.cells, samples, mapping),
      });
      continue;
    }
    prepared.push({
      file,
      text: decoded.text,
      delimiter,
      encoding: decoded.encoding,
      shape: layout.shape,
      header: header.cells,
      ...columnIndex(header.cells, layout.columns),
    });
  }
  b.hasPeopleFile = prepared.some((p) => p.shape === "people");

  // 2 and 3. People first, then everything that links them.
  const order = [...prepared].sort((x, y) => Number(y.shape === "people") - Number(x.shape === "people"));
  const total = Math.max(
    1,
    order.reduce((n, p) => n + p.text.length, 0),
  );
  const reading = onProgress && ((read: number) => onProgress(half + Math.round((half * read) / total), 2 * half));
  let before = 0;
  reading?.(0);
  for (const p of order) {
    b.reportColumns(p);
    let dataRows = 0;
    let headerSeen = false;
    const problems = readRecords(
      p.text,
      p.delimiter,
      (record) => {
        if (!headerSeen) {
          headerSeen = true;
          return;
        }
        dataRows++;
        b.readRow(p, record.row, record.cells, options);
      },
      reading && ((read) => reading(before + read)),
    );
    before += p.text.length;
    reading?.(before);
    for (const problem of problems) b.note("warning", p.file.name, problem.message, problem.row);
    if (dataRows === 0) b.note("warning", p.file.name, "The file has a header but no data rows.");
    if (p.shape === "links" && !b.hasPeopleFile) {
      b.note(
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
  return b.finish(summaries);
}

/** Where each record was read, as two parallel arrays (no object per row). */
class SourceLog {
  private readonly fileNames: string[] = [];
  private readonly rows: number[] = [];
  push(file: string, row: number): void {
    this.fileNames.push(file);
    this.rows.push(row);
  }
  at(i: number): SourceRef {
    return { file: this.fileNames[i]!, row: this.rows[i]! };
  }
  toArray(): SourceRef[] {
    return this.rows.map((row, i) => ({ file: this.fileNames[i]!, row }));
  }
}

/**
 * A person as the builder holds them: the record, whether any link row names them, and the links
 * they give (to merge repeats by scanning a few keys of their own, not by a key per link).
 */
interface Entry {
  /** The person's id, kept here too: reading it from the record costs one more cache miss per link end. */
  readonly id: string;
  readonly person: Draft;
  /** Position in the people list. */
  readonly index: number;
  mentioned: boolean;
  /**
   * The links they give whose receiver is known and which have no other types, by numeric key
   * (receiver position and types): the keys side by side, so the scan for a repeat reads one
   * short array rather than three columns at scattered positions.
   */
  givenKeys: number[] | undefined;
  givenLinks: number[] | undefined;
  /** Made once someone gives many links (a group): numeric key to link. */
  givenByKey: Map<number, number> | undefined;
}

/** Beyond this many links from one giver, repeats are found through a map instead of a scan. */
const SCAN_LIMIT = 16;

class Builder {
  hasPeopleFile = false;
  private readonly people = new Map<string, Entry>();
  private readonly peopleSources = new SourceLog();
  private readonly byName = new Map<string, string>();
  private readonly links = new LinkStoreWriter();
  private readonly linkSources = new SourceLog();
  /** Repeats of links whose giver is not a known person. */
  private readonly linkByKey = new Map<string, number>();
  /** The last person found for each side of a link (giver, receiver), by the id as written, and in which file. */
  private readonly lastWritten: (string | undefined)[] = [undefined, undefined];
  private readonly lastFile: (Prepared | undefined)[] = [undefined, undefined];
  private readonly lastEntry: (Entry | undefined)[] = [undefined, undefined];
  /** The network's link columns, filled as each link is read while its values are still in cache. */
  private linkColumns: LinkColumns = resizeLinkColumns(1024);
  private readonly linkFrom: number[] = [];
  private readonly linkTo: number[] = [];
  private readonly linkOther: (string | undefined)[] = [];
  private readonly answeredNobody = new Set<string>();
  private readonly respondents = new Map<string, Map<string, number>>();
  private readonly diagnostics: Diagnostic[] = [];
  private readonly rejected: RejectedRow[] = [];

  note(level: DiagnosticLevel, file: string, message: string, row?: number, column?: string): void {
    this.diagnostics.push({
      level,
      file,
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
      message,
    });
  }

  private reject(p: Prepared, row: number, cells: readonly string[], reason: string, column?: string): void {
    this.note(
      "error",
      p.file.name,
      `${reason} The row was not imported; it is kept in the "needs attention" list for you to fix.`,
      row,
      column,
    );
    this.rejected.push({ file: p.file.name, row, header: p.header, cells, reason });
  }

  reportColumns(p: Prepared): void {
    p.columns.forEach((c, i) => {
      if (c?.kind === "dropped")
        this.note("info", p.file.name, `The column "${p.header[i]}" was not imported: ${c.why}.`, 1, p.header[i]);
    });
    this.note("info", p.file.name, `Read as a ${SHAPE_LABEL[p.shape]}.`);
  }

  readRow(p: Prepared, row: number, cells: readonly string[], options: ImportOptions): void {
    for (let i = p.header.length; i < cells.length; i++) {
      if (cells[i])
        this.note(
          "warning",
          p.file.name,
          `This row has more values than the header has columns; "${cells[i]}" in column ${i + 1} was not read.`,
          row,
        );
    }
    if (p.shape === "people") this.readPerson(p, row, cells);
    else if (p.shape === "survey") this.readSurvey(p, row, cells);
    else this.readLink(p, row, cells, options);
  }

  /** The record being read, in slots (see personFromSlots), and its extra columns: one of each, reused. */
  private readonly slots: unknown[] = new Array<unknown>(Math.max(PERSON_SLOTS.length, LINK_SLOTS.length));
  private readonly extras: Extras = {};
  /** A merged link's values, and the fields its columns are made from: one of each, reused. */
  private readonly merged: unknown[] = new Array<unknown>(LINK_SLOTS.length);
  private readonly columnSource = {} as Record<keyof LinkColumnSource, unknown>;

  /**
   * Reads the field columns of a row in canonical field order into `this.slots` (a person's or a
   * link's, by slot), and the extra columns into `this.extras`, warning about (and leaving blank)
   * each value that cannot be read.
   */
  private readFields(p: Prepared, row: number, cells: readonly string[]): unknown[] {
    const slots = this.slots.fill(undefined);
    const { fieldSpecs, fieldCells, fieldSlots } = p;
    for (let k = 0; k < fieldSpecs.length; k++) {
      const i = fieldCells[k]!;
      const raw = cells[i] ?? "";
      const slot = fieldSlots[k]!;
      if (raw !== "" && slots[slot] === undefined) this.readField(p, row, p.header[i], fieldSpecs[k]!, slot, raw);
    }
    const extras = this.extras;
    extras.supporterRole = extras.supporterSchool = extras.ectSchool = extras.roleText = undefined;
    for (const [kind, i] of p.extraColumns) {
      const raw = cells[i] ?? "";
      if (raw !== "") extras[kind] = raw;
    }
    return slots;
  }

  private readField(
    p: Prepared,
    row: number,
    column: string | undefined,
    field: FieldSpec,
    slot: number,
    raw: string,
  ): void {
    const into = this.slots;
    if (field.type.kind === "types") {
      const t = readTypes(raw);
      into[slot] = t.types;
      if (t.other.length > 0) into[OTHER_TYPES_SLOT] = t.other;
      for (const word of t.unknown) {
        this.note(
          "warning",
          p.file.name,
          `"${word}" is not a support type Mosaic knows. It is kept and shown, but not counted in coverage. If it means one of the four types, change it to organisational literacy, behaviour, pedagogy or psychosocial.`,
          row,
          column,
        );
      }
      for (const a of t.ambiguous)
        this.note("warning", p.file.name, `${a.question} It is ignored until you choose.`, row, column);
      return;
    }
    if (field.name === "link_role") {
      const role = readEnum("link_role", raw, LINK_ROLES);
      if (role) into[slot] = role;
      else this.extras.roleText = raw;
      return;
    }
    const quick = readCellQuickly(field, raw);
    if (quick !== undefined) {
      into[slot] = quick;
      return;
    }
    const reading = readCell(field, raw);
    if (reading.ok) into[slot] = reading.value;
    else
      this.note(
        "warning",
        p.file.name,
        `${reading.message}; the value was left blank and the rest of the row imported.`,
        row,
        column,
      );
  }

  private readPerson(p: Prepared, row: number, cells: readonly string[]): void {
    const values = personFromSlots(this.readFields(p, row, cells)) as unknown as Draft;
    const id = values.id as string | undefined;
    if (!id) return this.reject(p, row, cells, "This person has no id.", "id");
    if (this.people.has(id))
      return this.reject(p, row, cells, `The id "${id}" is already used by an earlier row; ids must be unique.`, "id");
    if (!values.name) {
      values.name = id;
      this.note("warning", p.file.name, `This person has no name, so their id "${id}" is shown instead.`, row, "name");
    }
    if (values.is_ect === undefined) {
      values.is_ect = false;
      this.note(
        "warning",
        p.file.name,
        `"is_ect" is blank, so ${String(values.name)} is taken not to be an ECT.`,
        row,
        "is_ect",
      );
    }
    values.kind ??= values.staff_type === "group" ? "group" : "person";
    this.addPerson(values, { file: p.file.name, row });
  }

  private addPerson(values: Draft, source: SourceRef): Entry {
    const entry: Entry = {
      id: values.id as string,
      person: values,
      index: this.people.size,
      mentioned: false,
      givenKeys: undefined,
      givenLinks: undefined,
      givenByKey: undefined,
    };
    this.people.set(values.id as string, entry);
    this.peopleSources.push(source.file, source.row);
    const key = nameKey(values.name as string);
    if (!this.byName.has(key)) this.byName.set(key, values.id as string);
    return entry;
  }

  /** Finds or creates a person named in a link row. */
  private personByName(name: string, isEct: boolean, source: SourceRef): Entry {
    const written = collapseSpaces(name);
    const existing = this.people.get(written) ?? this.people.get(this.byName.get(nameKey(written)) ?? "");
    if (existing) {
      if (isEct && !existing.person.is_ect && !this.hasPeopleFile) existing.person.is_ect = true;
      return existing;
    }
    return this.addPerson({ ...blankPerson(), id: written, name: written, kind: "person", is_ect: isEct }, source);
  }

  /**
   * With a people file: ids must exist (a name is accepted too). Without: people come from names.
   * Undefined (after a message) for an id not in the people file.
   */
  private resolve(
    p: Prepared,
    row: number,
    column: string | undefined,
    written: string,
    isEct: boolean,
  ): Entry | undefined {
    // Exports usually list one ECT's (or one giver's) rows together, so the person just found on
    // this side of the link is very often the next one too: a string compare instead of a lookup.
    const side = isEct ? 1 : 0;
    if (this.lastWritten[side] === written && this.lastFile[side] === p) return this.lastEntry[side];
    const entry =
      !this.hasPeopleFile || p.shape !== "links"
        ? this.personByName(written, isEct, { file: p.file.name, row })
        : (this.people.get(written) ?? this.people.get(this.byName.get(nameKey(written)) ?? ""));
    if (!entry) {
      this.note(
        "error",
        p.file.name,
        `"${written}" is not an id in the people file. The link is kept but not counted until you add this person or correct the id.`,
        row,
        column,
      );
      return undefined;
    }
    this.lastWritten[side] = written;
    this.lastFile[side] = p;
    this.lastEntry[side] = entry;
    return entry;
  }

  private readLink(p: Prepared, row: number, cells: readonly string[], options: ImportOptions): void {
    const values = this.readFields(p, row, cells);
    const extras = this.extras;
    const source = { file: p.file.name, row };
    const col = p.columnOf;
    const to = p.shape === "quick" ? collapseSpaces(options.ectName ?? "Me") : (values[TO_SLOT] as string | undefined);
    if (!to) return this.reject(p, row, cells, "This row does not say who receives the support.", col("to_id"));
    const from = values[FROM_SLOT] as string | undefined;
    if (!from) {
      if (p.shape === "links" && this.hasPeopleFile && !this.people.has(to)) {
        return this.reject(
          p,
          row,
          cells,
          "This row has no giver, and its receiver is not in the people file.",
          col("from_id"),
        );
      }
      this.answeredNobody.add(this.resolve(p, row, col("to_id"), to, true)?.id ?? to);
      this.note(
        "info",
        p.file.name,
        `No supporter on this row: read as "${to} has nobody" for now.`,
        row,
        col("from_id"),
      );
      return;
    }
    const types = (values[TYPES_SLOT] as SupportType[] | undefined) ?? [];
    const other = (values[OTHER_TYPES_SLOT] as string[] | undefined) ?? [];
    if (types.length === 0 && other.length === 0) {
      return this.reject(
        p,
        row,
        cells,
        "This link has no support type. Add at least one: organisational literacy, behaviour, pedagogy or psychosocial.",
        col("support_types"),
      );
    }
    const receiver = this.resolve(p, row, col("to_id"), to, true);
    const giver = this.resolve(p, row, col("from_id"), from, false);
    const receiverId = receiver?.id ?? to;
    const giverId = giver?.id ?? from;
    if (giverId === receiverId)
      return this.reject(
        p,
        row,
        cells,
        `"${from}" is both giver and receiver; a link must join two different people.`,
        col("from_id"),
      );
    if (giver) giver.mentioned = true;
    if (receiver) receiver.mentioned = true;
    values[FROM_SLOT] = giverId;
    values[TO_SLOT] = receiverId;
    const roleTitle = extras.supporterRole ?? extras.roleText;
    if (extras.roleText !== undefined && p.shape === "links" && this.hasPeopleFile) {
      this.note(
        "warning",
        p.file.name,
        `"${extras.roleText}" is not a link role (${LINK_ROLES.join(", ")}); it was left blank.`,
        row,
        col("link_role"),
      );
    }
    if (roleTitle) {
      const asRole = readEnum("link_role", roleTitle, LINK_ROLES);
      if (asRole && values[ROLE_SLOT] === undefined) values[ROLE_SLOT] = asRole;
    }
    if (giver && (!this.hasPeopleFile || p.shape !== "links")) {
      const g = giver.person;
      if (roleTitle && g.role_title === undefined) g.role_title = roleTitle;
      const school = extras.supporterSchool;
      if (school && g.school === undefined) g.school = school;
    }
    const ectSchool = extras.ectSchool;
    const r = receiver?.person;
    if (r && ectSchool && r.school === undefined && (!this.hasPeopleFile || p.shape !== "links")) r.school = ectSchool;
    this.addLink(p, row, values, source, giver, receiver);
  }

  private linkKey(i: number): string {
    const other = this.linkOther[i];
    return `${String(this.links.get(FROM_SLOT, i))}\u0000${String(this.links.get(TO_SLOT, i))}\u0000${this.linkColumns.typeMask[i]}${other !== undefined ? `\u0000${other}` : ""}`;
  }

  /**
   * The key of link `i` among its giver's links: a number (receiver position and types) when the
   * receiver is known and there are no other types, which compares and hashes far faster than a
   * string; undefined otherwise (such links are matched by `linkKey`).
   */
  private givenKey(i: number): number | undefined {
    const to = this.linkTo[i]!;
    return to >= 0 && this.linkOther[i] === undefined ? to * 64 + this.linkColumns.typeMask[i]! : undefined;
  }

  /** The earlier link with the same giver, receiver and types as link `i` (pushed last), if any. */
  private earlierLink(i: number, giver: Entry | undefined): number | undefined {
    const key = giver ? this.givenKey(i) : undefined;
    if (key === undefined) return this.linkByKey.get(this.linkKey(i));
    if (giver!.givenByKey) return giver!.givenByKey.get(key);
    const keys = giver!.givenKeys;
    if (keys) for (let k = 0; k < keys.length; k++) if (keys[k] === key) return giver!.givenLinks![k];
    return undefined;
  }

  private rememberLink(i: number, giver: Entry | undefined): void {
    const key = giver ? this.givenKey(i) : undefined;
    if (key === undefined) this.linkByKey.set(this.linkKey(i), i);
    else if (giver!.givenByKey) giver!.givenByKey.set(key, i);
    else {
      const keys = (giver!.givenKeys ??= []);
      const links = (giver!.givenLinks ??= []);
      keys.push(key);
      links.push(i);
      if (keys.length > SCAN_LIMIT) {
        giver!.givenByKey = new Map(keys.map((k, j) => [k, links[j]!]));
        giver!.givenKeys = giver!.givenLinks = undefined;
      }
    }
  }

  /** Adds the link whose values, in slot order, are `values` (which it may change). */
  private addLink(
    p: Prepared,
    row: number,
    values: unknown[],
    source: SourceRef,
    giver: Entry | undefined,
    receiver: Entry | undefined,
  ): void {
    values[TYPES_SLOT] ??= [];
    const otherTypes = values[OTHER_TYPES_SLOT] as string[] | undefined;
    const other = otherTypes ? otherTypes.map(termKey).sort().join(";") : undefined;
    // Pushed first, columns too, so the repeat check can read it like any other link; taken back
    // off if it merges (its columns are then overwritten by the next link, or cut off by finish).
    const at = this.links.push(values);
    this.linkOther.push(other);
    this.linkFrom.push(giver?.index ?? -1);
    this.linkTo.push(receiver?.index ?? -1);
    if (at >= this.linkColumns.typeMask.length) this.linkColumns = resizeLinkColumns(2 * at, this.linkColumns);
    setLinkColumns(this.linkColumns, at, columnSource(values, this.columnSource));
    const earlier = this.earlierLink(at, giver);
    if (earlier !== undefined) {
      this.links.pop();
      this.linkOther.pop();
      this.linkFrom.pop();
      this.linkTo.pop();
      const first = this.merged;
      for (let k = 0; k < values.length; k++) {
        const kept = this.links.get(k, earlier);
        if (kept === undefined && values[k] !== undefined && k !== LINK_ID_SLOT) this.links.set(k, earlier, values[k]);
        first[k] = this.links.get(k, earlier);
      }
      setLinkColumns(this.linkColumns, earlier, columnSource(first, this.columnSource));
      const src = this.linkSources.at(earlier);
      this.note(
        "warning",
        p.file.name,
        `This link repeats row ${src.row}${src.file === p.file.name ? "" : ` of ${src.file}`} (same giver, receiver and types), so the two were merged; where they differ, the earlier row's values were kept.`,
        row,
      );
      return;
    }
    this.rememberLink(at, giver);
    this.linkSources.push(source.file, source.row);
  }

  private readSurvey(p: Prepared, row: number, cells: readonly string[]): void {
    const at = (kind: ColumnTarget["kind"]) => p.columns.findIndex((c) => c?.kind === kind);
    const nameAt = at("respondent");
    const name = cells[nameAt] ?? "";
    if (!name)
      return this.reject(
        p,
        row,
        cells,
        "This response has no name, so Mosaic cannot tell whose support it describes.",
        p.header[nameAt],
      );
    const source = { file: p.file.name, row };
    const ectEntry = this.personByName(name, true, source);
    const ect = ectEntry.person;
    const respondents = (this.respondents.get(p.file.name) ?? new Map<string, number>()).set(ect.id as string, row);
    if (this.respondents.get(p.file.name)?.has(ect.id as string) && respondents.get(ect.id as string) !== row) {
      this.note(
        "warning",
        p.file.name,
        `${name} answered more than once; every answer was read. Remove the older response if it no longer applies.`,
        row,
        p.header[nameAt],
      );
    }
    this.respondents.set(p.file.name, respondents);
    const school = cells[at("ectSchool")] ?? "";
    if (school && ect.school === undefined) ect.school = school;
    const given = new Map<string, { entry: Entry; types: Set<SupportType> }>();
    p.columns.forEach((c, i) => {
      if (c?.kind !== "type") return;
      for (const supporter of splitList(cells[i] ?? "", /[;,\n]/)) {
        const words = headerWords(supporter);
        if (words.length === 0 || NOBODY.has(words)) continue;
        const entry = this.personByName(supporter, false, source);
        const s = entry.person;
        if (s.id === ect.id) {
          this.note(
            "warning",
            p.file.name,
            `${name} named themselves as a supporter; that entry was skipped.`,
            row,
            p.header[i],
          );
          continue;
        }
        const g = given.get(s.id as string) ?? { entry, types: new Set<SupportType>() };
        g.types.add(c.type);
        given.set(s.id as string, g);
      }
    });
    if (given.size === 0) {
      this.answeredNobody.add(ect.id as string);
      this.note("info", p.file.name, `No supporters named on this row: read as "${name} has nobody" for now.`, row);
      return;
    }
    ectEntry.mentioned = true;
    for (const [from, { entry, types }] of given) {
      entry.mentioned = true;
      const values = new Array<unknown>(LINK_SLOTS.length).fill(undefined);
      values[FROM_SLOT] = from;
      values[TO_SLOT] = ect.id;
      values[TYPES_SLOT] = sortTypes(types);
      this.addLink(p, row, values, source, entry, ectEntry);
    }
  }

  finish(files: readonly FileSummary[]): ImportResult {
    // Generated link ids never collide with written ones; a repeated id is replaced.
    const used = new Set<string>();
    const needId: number[] = [];
    const store = this.links;
    for (let i = 0; i < store.count; i++) {
      const id = store.get(LINK_ID_SLOT, i) as string | undefined;
      if (id === undefined) needId.push(i);
      else if (used.has(id)) {
        const src = this.linkSources.at(i);
        this.note(
          "warning",
          src.file,
          `The link id "${id}" is used by an earlier row, so this link was given a new id.`,
          src.row,
          "link_id",
        );
        needId.push(i);
      } else used.add(id);
    }
    let next = 1;
    for (const i of needId) {
      while (used.has(`L${next}`)) next++;
      store.set(LINK_ID_SLOT, i, `L${next}`);
      used.add(`L${next}`);
    }
    for (const id of this.answeredNobody) {
      const entry = this.people.get(id);
      if (entry && !entry.mentioned && entry.person.map_status === undefined) entry.person.map_status = "confirmed";
    }
    this.checkLineManagers();
    [...this.people.entries()].forEach(([id, { person, mentioned }], i) => {
      if (person.is_ect && !mentioned && !this.answeredNobody.has(id) && person.map_status !== "confirmed") {
        const src = this.peopleSources.at(i);
        this.note(
          "info",
          src?.file ?? "",
          `${String(person.name)} is an ECT with no link rows, so their map is shown as not yet filled in (not as isolated).`,
          src?.row,
        );
      }
    });
    const people = [...this.people.values()].map((e) => e.person) as unknown as Person[];
    const result = {
      people,
      columns: {
        people,
        links: store,
        from: Int32Array.from(this.linkFrom),
        to: Int32Array.from(this.linkTo),
        link: resizeLinkColumns(store.count, this.linkColumns),
      },
      diagnostics: this.diagnostics,
      rejected: this.rejected,
      files,
    };
    return lazily(result, {
      links: () => linkRecords(store),
      sources: () => ({ people: this.peopleSources.toArray(), links: this.linkSources.toArray() }),
    });
  }

  private checkLineManagers(): void {
    const ids = [...this.people.keys()];
    const reported = new Set<string>();
    ids.forEach((id, i) => {
      const person = this.people.get(id)!.person;
      const src = this.peopleSources.at(i);
      const manager = person.line_manager_id as string | undefined;
      if (manager === undefined) return;
      if (!this.people.has(manager)) {
        this.note(
          "warning",
          src.file,
          `The line manager "${manager}" is not in the people file, so ${String(person.name)}'s management line stops here.`,
          src.row,
          "line_manager_id",
        );
        return;
      }
      const seen = new Set<string>([id]);
      let cur: string | undefined = manager;
      while (cur !== undefined && this.people.has(cur)) {
        if (seen.has(cur)) {
          const members: string[] = [];
          let m: string | undefined = cur;
          do {
            members.push(m);
            m = this.people.get(m)!.person.line_manager_id as string | undefined;
          } while (m !== undefined && m !== cur && members.length <= seen.size);
          const cycle = members.sort().join(",");
          if (!reported.has(cycle)) {
            reported.add(cycle);
            this.note(
              "warning",
              src.file,
              `The line-manager chain from ${String(person.name)} comes back to ${String(this.people.get(cur)!.person.name)}; the chain stops at the repeat. Check line_manager_id.`,
              src.row,
              "line_manager_id",
            );
          }
          return;
        }
        seen.add(cur);
        cur = this.people.get(cur)!.person.line_manager_id as string | undefined;
      }
    });
  }
}

/**
 * `base` with properties made when first read, once: the link records and the sources (the import
 * report, exports and edits read them; the analysis does not).
 */
function lazily<T extends object, L extends Record<string, unknown>>(
  base: T,
  make: { [K in keyof L]: () => L[K] },
): T & L {
  for (const key of Object.keys(make)) {
    let cached: unknown;
    let done = false;
    Object.defineProperty(base, key, {
      enumerable: true,
      get: () => {
        if (!done) [cached, done] = [make[key]!(), true];
        return cached;
      },
    });
  }
  return base as T & L;
}

/**
 * What buildNetwork takes for an import's links: its link store, with which the import's columns
 * are used as they are, or the records where there are no columns.
 */
export function importedLinks(imported: ImportResult): readonly SupportLink[] | LinkStore {
  return imported.columns ? imported.columns.links : imported.links;
}

/** The fields of a link's values (in slot order) that its columns are made from, in `into`. */
function columnSource(values: readonly unknown[], into: Record<keyof LinkColumnSource, unknown>): LinkColumnSource {
  into.support_types = values[TYPES_SLOT];
  into.minutes_per_month = values[MINUTES_SLOT];
  into.link_role = values[ROLE_SLOT];
  into.origin = values[ORIGIN_SLOT];
  into.status = values[STATUS_SLOT];
  into.assesses = values[ASSESSES_SLOT];
  into.ends_on = values[ENDS_SLOT];
  into.started_on = values[STARTED_SLOT];
  into.last_contact = values[LAST_CONTACT_SLOT];
  into.frequency = values[FREQUENCY_SLOT];
  into.trust = values[TRUST_SLOT];
  into.similarity = values[SIMILARITY_SLOT];
  into.formality = values[FORMALITY_SLOT];
  into.willingness = values[WILLINGNESS_SLOT];
  into.style = values[STYLE_SLOT];
  return into as LinkColumnSource;
}

const FIELD_ORDER = new Map([...PERSON_FIELDS, ...LINK_FIELDS].map((f, i) => [f, i]));

function columnIndex(header: readonly string[], columns: readonly (ColumnTarget | undefined)[]) {
  const fieldColumns: [FieldSpec, number][] = [];
  const extraColumns: ["supporterRole" | "supporterSchool" | "ectSchool", number][] = [];
  columns.forEach((c, i) => {
    if (c?.kind === "field") fieldColumns.push([c.field, i]);
    else if (c?.kind === "supporterRole" || c?.kind === "supporterSchool" || c?.kind === "ectSchool")
      extraColumns.push([c.kind, i]);
  });
  fieldColumns.sort((a, b) => FIELD_ORDER.get(a[0])! - FIELD_ORDER.get(b[0])! || a[1] - b[1]);
  const byField = new Map<string, string>();
  for (const [f, i] of fieldColumns) if (!byField.has(f.name)) byField.set(f.name, header[i]!);
  return {
    columns,
    fieldSpecs: fieldColumns.map(([f]) => f),
    fieldCells: Int32Array.from(fieldColumns, ([, i]) => i),
    fieldSlots: Int32Array.from(fieldColumns, ([f]) => slotOf(f)),
    extraColumns,
    columnOf: (field: string) => byField.get(field),
  };
}

/** A field's slot in its record: people files hold person fields, every other shape link fields. */
function slotOf(f: FieldSpec): number {
  const slot = PERSON_FIELDS.includes(f) ? PERSON_SLOTS.indexOf(f.name) : LINK_SLOTS.indexOf(f.name);
  if (slot < 0) throw new Error(`no slot for the field ${f.name}`);
  return slot;
}

const slot = (name: string) => LINK_SLOTS.indexOf(name);
const FROM_SLOT = slot("from_id");
const TO_SLOT = slot("to_id");
const TYPES_SLOT = slot("support_types");
const OTHER_TYPES_SLOT = slot("other_types");
const ROLE_SLOT = slot("link_role");
const MINUTES_SLOT = slot("minutes_per_month");
const ORIGIN_SLOT = slot("origin");
const STATUS_SLOT = slot("status");
const ASSESSES_SLOT = slot("assesses");
const ENDS_SLOT = slot("ends_on");
const STARTED_SLOT = slot("started_on");
const LAST_CONTACT_SLOT = slot("last_contact");
const FREQUENCY_SLOT = slot("frequency");
const TRUST_SLOT = slot("trust");
const SIMILARITY_SLOT = slot("similarity");
const FORMALITY_SLOT = slot("formality");
const WILLINGNESS_SLOT = slot("willingness");
const STYLE_SLOT = slot("style");

export type { LinkId, PersonId };
