/**
 * A what-if scenario's impact as CSV (guarded against formula injection), for sharing a plan. Each
 * row is one flag that clears or one that appears (the "change" column says which), grouped by whom
 * it is about: cleared first, then new. Rows never pair a cleared flag with a new one: pairing by
 * person zipped unrelated lists ("Contact has slipped → A couple of supporters"). Where a flag
 * clears for a reason the scenario gives, the row says it (its subject is away, a person it names
 * is away, or no one now gives that kind: the new gap has its own row), so a flag that goes away
 * never reads like good news. The last column keeps the flag code for anyone sorting by machine.
 */
import type { WhatIfResult } from "../analysis/whatIf.ts";
import type { Flag } from "../analysis/flags.ts";
import { toCsv } from "../export/toCsv.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { NameOf } from "./describeFlag.ts";
import { describeFlag, typeWord } from "./describeFlag.ts";
import { FLAG_HELP, fillText } from "./helpTexts.ts";
import { SEVERITY_WORD } from "./markdown.ts";

export const SCENARIO_CSV_HEADER = ["who", "change", "what happens", "support type", "priority", "flag code"] as const;

/** A flag's title and body for the mentor lead. */
function words(f: Flag, nameOf: NameOf): { readonly title: string; readonly body: string } {
  const w = describeFlag(f, nameOf, "they");
  return { title: w.title, body: w.body };
}

const noOneFor = (t: SupportType): string =>
  fillText(FLAG_HELP.GAP?.title ?? "No one for {type}", { type: typeWord(t) });

/**
 * A network row's "who": the people the flag lists (the ECTs with one supporter or none, the
 * keystones), so the reader need not open Mosaic to see whom it means: as they were for a flag that
 * clears, as they would be for one that appears. `nameOf` gives codes in share mode. Names never
 * start the cell, and `toCsv` guards every cell anyway.
 */
function networkWho(f: Flag, nameOf: NameOf): string {
  const names = [...new Set(f.people ?? [])].map(nameOf).join("; ");
  return names === "" ? "The whole network" : `The whole network (${names})`;
}

/**
 * @example
 * scenarioToCsv(whatIf(prepared, ["beth"]), nameOf);
 * // …Tom Baker,cleared,"One source for wellbeing: no longer raised, as no one now gives it (see the new gap)",…
 * // …Tom Baker,new,No one for wellbeing,Wellbeing,Worth attention,GAP
 */
export function scenarioToCsv(w: WhatIfResult, nameOf: NameOf): string {
  const away = new Set<string>(w.removed);
  const rows: string[][] = [];
  const who = (f: Flag) => (f.subject ? nameOf(f.subject) : networkWho(f, nameOf));
  const typeCell = (t: SupportType | undefined) => (t ? SUPPORT_TYPES[t].label : "");
  for (const id of w.removed) rows.push([nameOf(id), "away", "Away in this scenario", "", "", ""]);

  // Whom each row is about, in the order they first come: the network first, then people.
  const subjects = new Map<string, { cleared: Flag[]; added: Flag[] }>();
  const groupOf = (subject: string) => {
    let g = subjects.get(subject);
    if (!g) subjects.set(subject, (g = { cleared: [], added: [] }));
    return g;
  };
  groupOf("");
  for (const f of w.flagsCleared) groupOf(f.subject ?? "").cleared.push(f);
  for (const f of w.flagsAdded) groupOf(f.subject ?? "").added.push(f);

  const isNewGap = (ect: string | undefined, t: SupportType | undefined) =>
    w.newGaps.some((g) => g.ect === ect && g.supportType === t);
  const clearedWords = (f: Flag): string => {
    const title = words(f, nameOf).title;
    if (f.subject !== undefined && away.has(f.subject)) return `${title}: not shown while they are away`;
    if (f.supportType && isNewGap(f.subject, f.supportType))
      return `${title}: no longer raised, as no one now gives it (see the new gap)`;
    const personAway = [f.person, ...(f.people ?? [])].find((p) => p !== undefined && away.has(p));
    if (personAway !== undefined) return `${title}: no longer raised, as ${nameOf(personAway)} is away`;
    return `${title}: no longer raised`;
  };
  // Gaps no flag speaks of: an ECT left with no one at all has no GAP flags beside ISOLATED.
  const told = (ect: string, t: string) => w.flagsAdded.some((f) => f.subject === ect && f.supportType === t);
  for (const g of w.newGaps) if (!told(g.ect, g.supportType)) groupOf(g.ect);

  for (const [subject, g] of subjects) {
    for (const f of g.cleared)
      rows.push([who(f), "cleared", clearedWords(f), typeCell(f.supportType), SEVERITY_WORD[f.severity], f.code]);
    for (const f of g.added) {
      const { title, body } = words(f, nameOf);
      rows.push([who(f), "new", `${title}: ${body}`, typeCell(f.supportType), SEVERITY_WORD[f.severity], f.code]);
    }
    for (const gap of w.newGaps)
      if (gap.ect === subject && !told(gap.ect, gap.supportType))
        rows.push([
          nameOf(gap.ect),
          "new",
          noOneFor(gap.supportType),
          typeCell(gap.supportType),
          SEVERITY_WORD.warning,
          "GAP",
        ]);
  }
  return toCsv(SCENARIO_CSV_HEADER, rows);
}
