/**
 * What an import gives back, and step 4 of importFiles that makes it: the whole-import checks
 * (link ids, line managers, ECTs with no rows), "Same person?" and the result itself.
 */
import type { LinkStore } from "../model/linkStore.ts";
import { linkRecords } from "../model/linkRecords.ts";
import { seniorityFromRolesNote } from "../model/seniorityFromRole.ts";
import type { Person, SupportLink } from "../model/types.ts";
import type { SamePersonProposal, Spelling } from "../names/index.ts";
import { proposeSamePeople } from "../names/index.ts";
import type { ColumnGuess, Shape } from "./columns.ts";
import type { Diagnostic, RejectedRow } from "./diagnostics.ts";
import { assignLinkIds, checkLineManagers, confirmAnsweredNobody, noteUnmappedEcts } from "./finishChecks.ts";
import type { ImportState } from "./importState.ts";
import { addHelps } from "./readSurveyRow.ts";
import type { AutoMerge, RoleReference } from "./samePeople.ts";
import { noteKeptApart } from "./samePeople.ts";
import type { SchoolShown } from "./schoolsRead.ts";
import { settleSchools } from "./schoolsRead.ts";
import type { SourceRef } from "./sourceLog.ts";

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
  /** The schools shown, in the order first written, with where: "Same school?" answers are applied from these. */
  readonly schools: readonly SchoolShown[];
}

/** Step 4: the whole-import checks, then the result. */
export function finish(state: ImportState, files: readonly FileSummary[]): ImportResult {
  const { log, people, links, answeredNobody } = state;
  addHelps(state);
  assignLinkIds(links.store, links.sources, log);
  confirmAnsweredNobody(people, answeredNobody);
  checkLineManagers(people, log);
  const schools = settleSchools(people, state.schools, log);
  noteUnmappedEcts(people, answeredNobody, log);
  const spellings = spellingsOf(state);
  const proposals = proposeSamePeople(spellings, { answered: people.answers.answered });
  for (const q of proposals) {
    // Told where the name in question is written; a staff-list person named only there says its file.
    const file = q.other.where[0]?.file ?? "";
    const rows = (w: readonly SourceRef[]) => {
      const own = w[0]?.file === file ? "" : `${w[0]?.file ?? ""} `;
      return `${own}row${w.length === 1 ? "" : "s"} ${w.map((x) => x.row).join(", ")}`;
    };
    log.note(
      "info",
      file,
      `Same person? "${q.keep.name}" (${rows(q.keep.where)}) and "${q.other.name}" (${rows(q.other.where)}): ${q.why}. Both are kept until you answer, so the figures may change.`,
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
    schools,
  };
}

/**
 * Every spelling of a name read from rows, for "Same person?", in the order first named; then,
 * when there are any, everyone from a people file not named in a row, where the file lists them.
 * People-file spellings are `listed`: a written name that could be one of them is asked about with
 * them kept, and two of them are never asked about each other (their ids say who they are).
 */
function spellingsOf(state: ImportState): Spelling[] {
  const { named, entries, sources } = state.people;
  const out: Spelling[] = [];
  let written = 0;
  for (const [index, seen] of named) {
    const entry = entries[index];
    if (!entry || entry.person.unnamed !== undefined) continue;
    if (!entry.fromPeopleFile) written++;
    out.push({ name: entry.person.name, count: seen.count, where: seen.where, listed: entry.fromPeopleFile });
  }
  // Only listed names: nothing to ask, and a staff list of thousands is not compared with itself.
  if (written === 0) return [];
  for (const entry of entries)
    if (entry.fromPeopleFile && entry.person.unnamed === undefined && !named.has(entry.index))
      out.push({ name: entry.person.name, count: 0, where: [sources.at(entry.index)], listed: true });
  return out;
}
