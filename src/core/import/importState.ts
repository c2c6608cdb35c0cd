/** What the row readers of one import share: built once by importFiles, read and filled by every row. */
import { CellReader } from "./cellReader.ts";
import { ImportLog } from "./importLog.ts";
import { LinkMerger } from "./linkMerger.ts";
import { PeopleIndex } from "./peopleIndex.ts";

export interface ImportState {
  readonly log: ImportLog;
  readonly cells: CellReader;
  readonly people: PeopleIndex;
  readonly links: LinkMerger;
  /** People who said (or whose rows said) they have nobody, by id. */
  readonly answeredNobody: Set<string>;
  /** Each survey file's respondents: their id, and the row of their latest answer. */
  readonly respondents: Map<string, Map<string, number>>;
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
  };
}
