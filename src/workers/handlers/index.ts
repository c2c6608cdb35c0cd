/** The worker's handler for each kind of request, one entry per kind (the compiler checks both ways). */
import { ectLinks, personRecord, sameName } from "./edits.ts";
import { exportFiles, sharedMap, storeFiles } from "./exports.ts";
import type { Handlers } from "./handler.ts";
import { demo, load } from "./load.ts";
import { comparison, planCsv, propose } from "./plan.ts";
import { constellation, findPeople, graph, names, overviewRows, suggest, summary, whatif } from "./queries.ts";
import { addSnapshot, dropSnapshot, history } from "./snapshots.ts";

export const HANDLERS: Handlers = {
  load,
  demo,
  constellation,
  export: exportFiles,
  suggest,
  overviewRows,
  whatif,
  propose,
  comparePlan: comparison,
  planCsv,
  findPeople,
  names,
  addSnapshot,
  dropSnapshot,
  networkSummary: summary,
  storeFiles,
  shareMap: sharedMap,
  ectLinks,
  sameNameOnMap: sameName,
  person: personRecord,
  history,
  graph,
};
