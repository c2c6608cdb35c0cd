/** What the row readers of one import share: built once by importFiles, read and filled by every row. */
import { CellReader } from "./cellReader.ts";
import { ImportLog } from "./importLog.ts";
import { LinkMerger } from "./linkMerger.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { PersonEntry } from "./peopleIndex.ts";
import { PeopleIndex } from "./peopleIndex.ts";
import type { PreparedFile } from "./preparedFile.ts";
import type { RoleReference } from "./samePeople.ts";
import { SchoolsRead } from "./schoolsRead.ts";

export interface ImportState {
  readonly log: ImportLog;
  readonly cells: CellReader;
  readonly people: PeopleIndex;
  readonly links: LinkMerger;
  /** People who said (or whose rows said) they have nobody, by id. */
  readonly answeredNobody: Set<string>;
  /** Each survey file's respondents: their id, and the row of their latest answer. */
  readonly respondents: Map<string, Map<string, number>>;
  /** Supporters named by role, in the order read, for the lead to name. */
  readonly roleReferences: RoleReference[];
  /** Each time an ECT names family or a friend outside school, and for which kind. */
  readonly familyNamed: { readonly ect: string; readonly type: SupportType | undefined }[];
  /**
   * "Who do you help?" answers, added once every row is read: where the person helped also named
   * the ECT, that one link is marked as the ECT's contribution rather than doubled.
   */
  readonly helps: {
    readonly p: PreparedFile;
    readonly row: number;
    readonly ect: PersonEntry;
    readonly helped: PersonEntry;
    readonly types: readonly SupportType[];
  }[];
  /** Supporters named by role or as family, by their wording (folded) and ECT. */
  readonly unnamed: Map<string, PersonEntry>;
  /** Where each spelling of a school was first read, for settling them once every row is read. */
  readonly schools: SchoolsRead;
}

export function newImportState(): ImportState {
  const log = new ImportLog();
  return {
    log,
    cells: new CellReader(log),
    people: new PeopleIndex(log),
    links: new LinkMerger(log),
    answeredNobody: new Set<string>(),
    respondents: new Map<string, Map<string, number>>(),
    roleReferences: [],
    familyNamed: [],
    helps: [],
    unnamed: new Map<string, PersonEntry>(),
    schools: new SchoolsRead(),
  };
}
