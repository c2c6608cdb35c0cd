/**
 * What an import gives back, and step 4 of importFiles that makes it: the whole-import checks
 * (link ids, line managers, ECTs with no rows), "Same person?" and the result itself.
 */
import type { LinkStore } from "../model/linkStore.ts";
import { linkRecords } from "../model/linkRecords.ts";
import { seniorityFromRolesNote } from "../model/seniorityFromRole.ts";
import type { Person, SupportLink } from "../model/types.ts";
import type { SamePersonProposal } from "../names/index.ts";
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
    schools,
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
