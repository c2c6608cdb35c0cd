/** A what-if scenario's impact as CSV (guarded against formula injection), for sharing a plan. */
import type { WhatIfResult } from "../analysis/whatIf.ts";
import { toCsv } from "../export/toCsv.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";

export function scenarioToCsv(w: WhatIfResult, nameOf: (id: string) => string): string {
  const rows: string[][] = [];
  for (const id of w.removed) rows.push(["away", nameOf(id), "", "", ""]);
  for (const g of w.newGaps) rows.push(["new gap", nameOf(g.ect), SUPPORT_TYPES[g.supportType].label, "", ""]);
  for (const id of w.newlyIsolated) rows.push(["newly without support", nameOf(id), "", "", ""]);
  for (const f of w.flagsAdded)
    rows.push([
      "flag appears",
      f.subject ? nameOf(f.subject) : "network",
      f.supportType ? SUPPORT_TYPES[f.supportType].label : "",
      f.code,
      f.severity,
    ]);
  for (const f of w.flagsCleared)
    rows.push([
      "flag clears",
      f.subject ? nameOf(f.subject) : "network",
      f.supportType ? SUPPORT_TYPES[f.supportType].label : "",
      f.code,
      f.severity,
    ]);
  return toCsv(["change", "who", "support type", "flag", "severity"], rows);
}
