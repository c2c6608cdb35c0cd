/**
 * A what-if scenario's impact as CSV (guarded against formula injection), for sharing a plan. The
 * person-facing columns are words: each change says what it was and what it becomes ("One source for
 * wellbeing → No one for wellbeing"), so a flag that goes away because its only supporter is away
 * never reads like good news. The last column keeps the flag codes for anyone sorting by machine.
 */
import type { WhatIfResult } from "../analysis/whatIf.ts";
import type { Flag } from "../analysis/flags.ts";
import { SEVERITY_RANK } from "../analysis/flags.ts";
import { toCsv } from "../export/toCsv.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { NameOf } from "./describeFlag.ts";
import { describeFlag, typeWord } from "./describeFlag.ts";
import { FLAG_HELP, fillText } from "./helpTexts.ts";
import { SEVERITY_WORD } from "./markdown.ts";

export const SCENARIO_CSV_HEADER = ["who", "what happens", "support type", "priority", "flag code"] as const;

/** Flags are paired across the scenario by whom and what they are about; network flags also by rule. */
const pairKey = (f: Flag): string =>
  f.scope === "network" ? `network|${f.code}|${f.supportType ?? ""}` : `${f.subject ?? ""}|${f.supportType ?? ""}`;

/** A flag's title and body for the mentor lead. */
function words(f: Flag, nameOf: NameOf): { readonly title: string; readonly body: string } {
  const w = describeFlag(f, nameOf, "they");
  return { title: w.title, body: w.body };
}

const noOneFor = (t: SupportType): string =>
  fillText(FLAG_HELP.GAP?.title ?? "No one for {type}", { type: typeWord(t) });

/**
 * A network row's "who": the people the flag lists (the ECTs with one supporter or none, the
 * keystones), so the reader need not open Mosaic to see whom it means. When the list changes in the
 * scenario, the list before follows. `nameOf` gives codes in share mode. Names never start the cell,
 * and `toCsv` guards every cell anyway.
 */
function networkWho(f: Flag, before: Flag | undefined, nameOf: NameOf): string {
  const names = (people: readonly string[]) => [...new Set(people)].map(nameOf).join("; ");
  const now = names(f.people ?? []);
  const was = before ? names(before.people ?? []) : now;
  if (now === "" && was === "") return "The whole network";
  if (now === was) return `The whole network (${now})`;
  return `The whole network (${now || "no one"}; before: ${was || "no one"})`;
}

/**
 * @example
 * scenarioToCsv(whatIf(prepared, ["beth"]), nameOf);
 * // …Tom Baker,One source for wellbeing → No one for wellbeing,Wellbeing,Act soon,SOLE_SOURCE → GAP
 */
export function scenarioToCsv(w: WhatIfResult, nameOf: NameOf): string {
  const away = new Set<string>(w.removed);
  const rows: string[][] = [];
  const who = (f: Flag, before?: Flag) => (f.subject ? nameOf(f.subject) : networkWho(f, before, nameOf));
  const typeCell = (f: Flag) => (f.supportType ? SUPPORT_TYPES[f.supportType].label : "");
  for (const id of w.removed) rows.push([nameOf(id), "Away in this scenario", "", "", ""]);

  const addedByKey = new Map<string, Flag[]>();
  for (const f of w.flagsAdded) addedByKey.set(pairKey(f), [...(addedByKey.get(pairKey(f)) ?? []), f]);
  const shown = new Set<Flag>();
  for (const f of w.flagsCleared) {
    const before = words(f, nameOf);
    const after = addedByKey.get(pairKey(f)) ?? [];
    after.forEach((a) => shown.add(a));
    const gap = w.newGaps.some((g) => g.ect === f.subject && g.supportType === f.supportType);
    const personAway = [f.person, ...(f.people ?? [])].find((p) => p !== undefined && away.has(p));
    let happens: string;
    if (f.subject !== undefined && away.has(f.subject)) happens = `${before.title}: not shown while they are away`;
    else if (after.length > 0) {
      const afterWords = after.map((a) => words(a, nameOf));
      const same = afterWords.every((a) => a.title === before.title);
      happens = same
        ? `${before.body} → ${afterWords.map((a) => a.body).join("; ")}`
        : `${before.title} → ${afterWords.map((a) => a.title).join("; ")}`;
    } else if (gap && f.supportType) happens = `${before.title} → ${noOneFor(f.supportType)}`;
    else if (personAway !== undefined) happens = `${before.title} → no longer raised, as ${nameOf(personAway)} is away`;
    else happens = `${before.title} → no longer raised`;
    // A gap is worth attention (the GAP rule's severity), however mild the flag it replaces.
    const gapFlag: readonly Flag[] = gap && after.length === 0 ? [{ ...f, code: "GAP", severity: "warning" }] : [];
    const worst = [f, ...after, ...gapFlag].reduce((a, b) =>
      SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a,
    );
    const codes =
      after.length > 0 ? `${f.code} → ${after.map((a) => a.code).join("; ")}` : gap ? `${f.code} → GAP` : f.code;
    const whoFlag = after.length > 0 ? { ...f, people: after.flatMap((a) => a.people ?? []) } : f;
    rows.push([
      who(whoFlag, after.length > 0 ? f : undefined),
      happens,
      typeCell(f),
      SEVERITY_WORD[worst.severity],
      codes,
    ]);
  }
  for (const f of w.flagsAdded) {
    if (shown.has(f)) continue;
    rows.push([who(f), `New: ${words(f, nameOf).title}`, typeCell(f), SEVERITY_WORD[f.severity], f.code]);
  }
  // Gaps no flag above speaks of: an ECT left with no one at all has no GAP flags beside ISOLATED.
  const told = (ect: string, t: string) =>
    [...w.flagsCleared, ...w.flagsAdded].some((f) => f.subject === ect && f.supportType === t);
  for (const g of w.newGaps) {
    if (told(g.ect, g.supportType)) continue;
    rows.push([
      nameOf(g.ect),
      `New: ${noOneFor(g.supportType)}`,
      SUPPORT_TYPES[g.supportType].label,
      SEVERITY_WORD.warning,
      "GAP",
    ]);
  }
  return toCsv(SCENARIO_CSV_HEADER, rows);
}
