/**
 * The people an import has read, found by id or by name. `findOrCreateByName` is the one place a
 * person named in a row (a link, edge-list, one-ECT map or survey row) is found or created;
 * `resolve` is how a link row's giver or receiver is looked up, by id or by name.
 */
import type { PersonDraft } from "../model/canonical.ts";
import { namedPersonDraft } from "../model/canonical.ts";
import { personIdOf } from "../model/slotValues.ts";
import type { ImportLog } from "./importLog.ts";
import { foldName } from "../names/index.ts";
import { collapseSpaces } from "./normalise.ts";
import type { PreparedFile } from "./preparedFile.ts";
import type { Answers, AutoMerge } from "./samePeople.ts";
import { readAnswers } from "./samePeople.ts";
import type { SourceRef } from "./sourceLog.ts";
import { SourceLog } from "./sourceLog.ts";
import { StringIndex } from "./stringIndex.ts";

/**
 * A person as the import holds them: the record and whether any link row names them.
 */
export interface PersonEntry {
  /** The person's id, kept here too: reading it from the record costs one more cache miss per link end. */
  readonly id: string;
  readonly person: PersonDraft;
  /** Position in the people list. */
  readonly index: number;
  mentioned: boolean;
  /**
   * Read from a people file: their id says who they are, so "Same person?" never asks about two of
   * them, and a name written in a row that could be one of them is asked about with them kept.
   */
  readonly fromPeopleFile: boolean;
}

/** How many rows "Same person?" shows for each spelling. */
const SHOWN_ROWS = 5;

export class PeopleIndex {
  /** Whether a people file gives the ids: then link files must use them, and no one is made from a link row. */
  hasPeopleFile = false;
  /** Everyone, by id, in the order first read. */
  readonly byId = new Map<string, PersonEntry>();
  /** Everyone's id, by position: what `find` looks an id up in (see StringIndex for why not `byId`). */
  private readonly ids = new StringIndex();
  /** Where each person was first read (parallel to `byId`). */
  readonly sources = new SourceLog();
  /** Everyone, by position in the people list. */
  readonly entries: PersonEntry[] = [];
  /** The id of the first person of each name (as foldName reads it: case, accents, spacing and punctuation aside). */
  private readonly byName = new Map<string, string>();
  /**
   * How many of `entries` are in `byName`. It is filled when a lookup by id first fails, and then
   * only with the people added since: an import whose rows use the people file's ids never folds a name.
   */
  private namesIndexed = 0;
  /** The lead's "Same person?" answers. */
  answers: Answers = readAnswers();
  /** Spellings read as someone already there because they fold alike, each once. */
  readonly autoMerged: AutoMerge[] = [];
  private readonly mergedSpellings = new Set<string>();
  /**
   * People found or made by name in link and survey rows (people-file people too), by position:
   * on how many rows each was named and the first of those rows, for "Same person?". A name twice
   * on one row (behaviour and teaching both "Gareth Lowe") is one row: counting cells made "three
   * times (rows 4, 8, …)" promise rows that were not there.
   */
  readonly named = new Map<number, { count: number; where: SourceRef[]; last: SourceRef }>();
  /** The last person found for each side of a link (giver, receiver), by the id as written, and in which file. */
  private readonly lastWritten: (string | undefined)[] = [undefined, undefined];
  private readonly lastFile: (PreparedFile | undefined)[] = [undefined, undefined];
  private readonly lastEntry: (PersonEntry | undefined)[] = [undefined, undefined];

  constructor(private readonly log: ImportLog) {}

  /** Adds a person whose id is not taken yet. */
  add(person: PersonDraft, source: SourceRef, fromPeopleFile = false): PersonEntry {
    const entry: PersonEntry = {
      id: person.id,
      person,
      index: this.byId.size,
      mentioned: false,
      fromPeopleFile,
    };
    this.byId.set(person.id, entry);
    this.ids.add(person.id);
    this.entries.push(entry);
    this.sources.push(source.file, source.row);
    return entry;
  }

  /** The person whose id is `written`, else the first whose name reads the same. */
  find(written: string): PersonEntry | undefined {
    const at = this.ids.indexOf(written);
    if (at >= 0) return this.entries[at];
    this.indexNames();
    return this.byId.get(this.byName.get(foldName(written)) ?? "");
  }

  /** Adds everyone not yet in `byName`, in the order they were added, so the first of each name wins. */
  private indexNames(): void {
    for (; this.namesIndexed < this.entries.length; this.namesIndexed++) {
      const entry = this.entries[this.namesIndexed];
      if (!entry) continue;
      const key = foldName(entry.person.name);
      if (!this.byName.has(key)) this.byName.set(key, entry.id);
    }
  }

  /**
   * Finds or creates a person named in a row. Found by id or name as written (spacing aside);
   * created with the name as their id. Named as the ECT, they become one, unless a people file
   * says who is an ECT.
   */
  findOrCreateByName(name: string, isEct: boolean, source: SourceRef): PersonEntry {
    const asWritten = collapseSpaces(name);
    const written = this.spellingOf(asWritten);
    const existing = this.find(written);
    if (existing) {
      if (isEct && !existing.person.is_ect && !this.hasPeopleFile) existing.person.is_ect = true;
      // Reported as written (double spaces too): what the lead will find in the file.
      const raw = name.trim();
      if (
        written === asWritten &&
        raw !== existing.person.name &&
        raw !== existing.id &&
        !this.mergedSpellings.has(raw)
      ) {
        this.mergedSpellings.add(raw);
        this.autoMerged.push({ kept: existing.person.name, merged: raw, where: source });
      }
      this.count(existing, source);
      return existing;
    }
    const entry = this.add(namedPersonDraft(personIdOf(written), written, isEct), source);
    this.count(entry, source);
    return entry;
  }

  /**
   * The spelling a name written in a row is read as. A spelling the lead said is someone else's
   * ("Pete Adams" is Peter Adams) reads as theirs. With a people file, its names stay who they are
   * (an answer never sends a listed person's name to another), and a name answered as one of them
   * reads as them whichever spelling the lead chose to keep: the listed person has the id.
   */
  private spellingOf(asWritten: string): string {
    if (!this.hasPeopleFile) return this.answers.alias.get(foldName(asWritten)) ?? asWritten;
    if (this.find(asWritten)?.fromPeopleFile) return asWritten;
    const aliased = this.answers.alias.get(foldName(asWritten)) ?? asWritten;
    if (this.find(aliased)?.fromPeopleFile) return aliased;
    for (const other of this.answers.together(asWritten)) {
      const listed = this.find(other);
      if (listed?.fromPeopleFile) return listed.person.name;
    }
    return aliased;
  }

  /** Counts a mention by name, on one row once (people from a people file too: "Same person?" says where). */
  private count(entry: PersonEntry, source: SourceRef): void {
    const seen = this.named.get(entry.index);
    if (!seen) this.named.set(entry.index, { count: 1, where: [source], last: source });
    else if (seen.last.row !== source.row || seen.last.file !== source.file) {
      // Rows are read in order, so a row already counted is the last one counted.
      seen.count++;
      seen.last = source;
      if (seen.where.length < SHOWN_ROWS) seen.where.push(source);
    }
  }

  /**
   * The giver (isEct false) or receiver (isEct true) of a link row, as written in `column`. With a
   * people file, a links file's ids must exist (a name is accepted too); otherwise people come
   * from names. Undefined (after a message) for an id not in the people file.
   */
  resolve(
    p: PreparedFile,
    row: number,
    column: string | undefined,
    written: string,
    isEct: boolean,
  ): PersonEntry | undefined {
    // Exports usually list one ECT's (or one giver's) rows together, so the person just found on
    // this side of the link is very often the next one too: a string compare instead of a lookup.
    const side = isEct ? 1 : 0;
    if (this.lastWritten[side] === written && this.lastFile[side] === p) return this.lastEntry[side];
    const entry =
      !this.hasPeopleFile || p.shape !== "links"
        ? this.findOrCreateByName(written, isEct, { file: p.file.name, row })
        : this.find(written);
    if (!entry) {
      // A warning ("Check"), not an error ("Not imported"): the link itself is imported, as written.
      this.log.note(
        "warning",
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
}
