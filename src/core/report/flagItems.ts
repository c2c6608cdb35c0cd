/**
 * Flags as the items a reader sees (docs/domain.md 5.5): most serious first; SOLE_SOURCE items share
 * one line, or are folded under SINGLE_SUPPORTER when there is one. The app's flag list and the
 * CLI's Markdown both read these, so they group alike.
 */
import type { Flag } from "../analysis/flags.ts";
import { bySeverity } from "../analysis/flags.ts";
import type { NameOf, Voice } from "./describeFlag.ts";
import { describeFlag, listWords, typeWord } from "./describeFlag.ts";

export interface FlagItem {
  readonly key: string;
  readonly severity: Flag["severity"];
  readonly title: string;
  readonly body: string;
  readonly why: string;
  readonly try: string;
  readonly code: string;
}

export function flagItems(flags: readonly Flag[], nameOf: NameOf, voice: Voice, signpost: string): FlagItem[] {
  const sorted = [...flags].sort(bySeverity);
  const sole = sorted.filter((f) => f.code === "SOLE_SOURCE");
  const single = sorted.some((f) => f.code === "SINGLE_SUPPORTER");
  const soleTypes = listWords(sole.map((f) => typeWord(f.supportType ?? "")));
  const items: FlagItem[] = [];
  sorted.forEach((f, i) => {
    if (f.code === "SOLE_SOURCE") return;
    const w = describeFlag(f, nameOf, voice, signpost);
    let body = w.body;
    if (f.code === "SINGLE_SUPPORTER" && sole.length > 0) body += ` They are the only source of ${soleTypes}.`;
    items.push({
      key: `${f.code}-${i}`,
      code: f.code,
      severity: f.severity,
      title: w.title,
      body,
      why: w.why,
      try: w.try,
    });
  });
  const first = sole[0];
  if (first && !single) {
    const byPerson = new Map<string, string[]>();
    for (const f of sole) {
      const who = f.person ?? "";
      byPerson.set(who, [...(byPerson.get(who) ?? []), typeWord(f.supportType ?? "")]);
    }
    const parts = [...byPerson].map(([p, ts]) => `${nameOf(p)} for ${listWords(ts)}`);
    // Why and what to try in the reader's voice: the lead's tip, not the ECT's "where you'd go".
    const help = describeFlag(first, nameOf, voice, signpost);
    const line: FlagItem = {
      key: "SOLE_SOURCE",
      code: "SOLE_SOURCE",
      severity: "info",
      title: `One source for ${soleTypes}`,
      body: `${voice === "you" ? "Only one person helps you with each of these" : "Only one person helps this ECT with each of these"}: ${listWords(parts)}. One good source is fine.`,
      why: help.why,
      try: help.try,
    };
    const at = items.findIndex((it) => it.severity === "info");
    items.splice(at < 0 ? items.length : at, 0, line);
  }
  return items;
}
