/** Readable Markdown for a proposed plan and for a comparison of two snapshots (CLI `--format markdown`). */
import type { SupportNetwork } from "../model/network.ts";
import type { PlanComparison } from "../plan/comparePlan.ts";
import type { ProposedPlan } from "../plan/optimiser.ts";
import type { SnapshotDiff } from "../history/snapshotDiff.ts";
import { NAMES_SHOWN } from "../share/shareRule.ts";
import { overCapacityWithPlan } from "./capacityWords.ts";
import type { NameOf } from "./describeFlag.ts";
import { nameLookup, typeList, typeWord } from "./describeFlag.ts";
import { otherSinglesWords } from "./otherSinglesWords.ts";
import { planOutcomeWords } from "./planOutcomeWords.ts";

/** `secondSources`: the plan was asked to add a second source where there is one (`--second-sources`). */
export function planToMarkdown(
  net: SupportNetwork,
  plan: ProposedPlan,
  cmp: PlanComparison,
  secondSources = false,
  nameOf: NameOf = nameLookup(net),
): string {
  // The words the app's draft plan and its comparison say, in full: a command line has no share mode.
  const singlesSaid = otherSinglesWords(cmp.singles.today.otherSingleSources, cmp.otherSinglesWithPlan, NAMES_SHOWN);
  const lines = [
    "# Draft plan",
    "",
    "Ideas to talk through with the people concerned; nothing changes until someone agrees to it.",
    "",
    planOutcomeWords(plan, secondSources, NAMES_SHOWN),
    "",
    `- Gaps: ${cmp.today.gaps} today, ${cmp.withPlan.gaps} with the plan`,
    // As the ECT view counts them: one supporter is one line, its kinds folded under it (domain 5.1).
    `- ECTs with all their support through one person: ${cmp.singles.today.singleSupporterEcts} today, ${cmp.singles.withPlan.singleSupporterEcts} with the plan`,
    `- Other single sources: ${cmp.singles.today.otherSingleSources} today, ${cmp.singles.withPlan.otherSingleSources} with the plan`,
    // "capacity not recorded" rather than "0 today, 0 with the plan"; numbers plain, as the lines around it.
    `- People over capacity: ${overCapacityWithPlan(cmp.today.overCapacity, cmp.withPlan.overCapacity, cmp.capacityRecorded, String)}`,
    `- Keystones: ${cmp.today.keystones} today, ${cmp.withPlan.keystones} with the plan`,
    "",
    // Where "with the plan" single sources come from, beside the sentence's "of today's" count.
    ...(singlesSaid ? [singlesSaid, ""] : []),
    "## Proposed links",
    "",
  ];
  if (plan.proposed.length === 0) lines.push("Nothing to propose.", "");
  // A short headline on the line, the full reasons beneath it for whoever wants them.
  for (const p of plan.proposed) {
    lines.push(
      `- **${nameOf(p.from)}** → **${nameOf(p.to)}**: ${typeList(p.supportTypes)}.${p.headline ? ` ${p.headline}.` : ""}`,
    );
    if (p.reasons.length > 0) lines.push(`  - Why: ${p.reasons.join("; ")}.`);
  }
  if (plan.uncovered.length > 0) {
    lines.push("", "## Still open", "");
    for (const u of plan.uncovered) lines.push(`- ${nameOf(u.ect)}: ${typeWord(u.supportType)} (${u.why})`);
  }
  return `${lines.join("\n")}\n`;
}

export function diffToMarkdown(d: SnapshotDiff): string {
  const lines = [`# What changed from ${d.beforeAsOf} to ${d.afterAsOf}`, ""];
  const section = (title: string, items: readonly string[]) => {
    lines.push(`## ${title}`, "", ...(items.length > 0 ? items.map((i) => `- ${i}`) : ["None."]), "");
  };
  section(
    "Ties gained",
    d.tiesGained.map((t) => `${t.fromName} → ${t.toName}: ${typeList(t.supportTypes)}`),
  );
  section(
    "Ties lost",
    d.tiesLost.map((t) => `${t.fromName} → ${t.toName}: ${typeList(t.supportTypes)}`),
  );
  section(
    "Ties that changed",
    d.tiesChanged.map(
      (t) =>
        `${t.fromName} → ${t.toName}: ${[
          t.typesAdded.length ? `now also ${typeList(t.typesAdded)}` : "",
          t.typesRemoved.length ? `no longer ${typeList(t.typesRemoved)}` : "",
        ]
          .filter(Boolean)
          .join("; ")}`,
    ),
  );
  section(
    "Coverage",
    d.coverage.map(
      (c) =>
        `${c.name}: ${c.before.typesCovered} → ${c.after.typesCovered} types covered` +
        `${c.typesGained.length ? `; now has ${typeList(c.typesGained)}` : ""}` +
        `${c.typesLost.length ? `; no one now for ${typeList(c.typesLost)}` : ""}`,
    ),
  );
  section(
    "Supporters' load",
    d.load.map(
      (l) => `${l.name}: ${l.before} → ${l.after} ECTs${l.capacity !== undefined ? ` (capacity ${l.capacity})` : ""}`,
    ),
  );
  section(
    "Contact that has slipped",
    d.stale.map(
      (s) =>
        `${s.ectName} and ${s.personName}: ${s.daysSinceContact} days since contact (usually ${s.frequency.replace("_", " ")})${s.isNew ? ", new since last time" : ""}`,
    ),
  );
  return `${lines.join("\n")}\n`;
}
