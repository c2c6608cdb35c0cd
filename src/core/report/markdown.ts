/** A readable Markdown report of an analysis, for a mentor lead (the CLI's `--format markdown`). */
import type { SupportNetwork } from "../model/network.ts";
import { CORE_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { AnalysisResult } from "../analysis/analyse.ts";
import { bySeverity } from "../analysis/flags.ts";
import { compareText } from "../model/compareText.ts";
import type { NameOf } from "./describeFlag.ts";
import { describeFlag, nameLookup } from "./describeFlag.ts";
import { flagItems } from "./flagItems.ts";
import { CAPACITY_HINT, overCapacityWords } from "./capacityWords.ts";
import { soleSourceListWords } from "./soleSourceWords.ts";
import { showsAGap } from "./showsAGap.ts";

/** Severity in words, for reports a person reads. */
export const SEVERITY_WORD = { critical: "Act soon", warning: "Worth attention", info: "To reflect on" } as const;

export function analysisToMarkdown(net: SupportNetwork, a: AnalysisResult, nameOf: NameOf = nameLookup(net)): string {
  const lines: string[] = [];
  const s = a.summary;
  lines.push(`# Mosaic report`, "", `As of ${a.asOf}. Every threshold is a default, not a research finding.`, "");
  lines.push(
    `- ${s.people} people, ${s.ects} ECTs, ${s.supporters} supporters, ${s.links} links (${s.liveLinks} live)`,
    // Gaps as the table below shows them: an ECT with no one has a gap in every kind (showsAGap.ts).
    `- ${s.isolatedEcts} ECTs with no support at the moment; ${a.ects.filter(showsAGap).length} with a gap, those with no one included; ${s.unmappedEcts} maps not yet filled in`,
    `- ${s.ectsWithStrengths} ECTs with at least one strength: something going well, beside any concerns`,
    // "0 people over their capacity" where nobody has one recorded said nothing true (capacityWords.ts).
    // Numbers written plain (String), as the lines around it write them.
    s.capacityRecorded === 0
      ? `- Capacity not recorded for anyone, so no one can be shown as over it. ${CAPACITY_HINT}`
      : `- ${overCapacityWords(s.overCapacity, s.capacityRecorded, String)}`,
    "",
  );
  lines.push("## Across the network", "");
  if (a.network.flags.length === 0) lines.push("No network flags.", "");
  for (const f of [...a.network.flags].sort(bySeverity)) {
    const w = describeFlag(f, nameOf, "they", a.settings.signpost_text);
    lines.push(
      `- **${w.title}** (${SEVERITY_WORD[f.severity]}). ${w.body}${f.people?.length ? ` ${f.people.map(nameOf).join(", ")}.` : ""} *Why:* ${w.why} *Try:* ${w.try}`,
    );
  }
  lines.push(
    "",
    "## ECTs",
    "",
    "Sorted by the most serious flag, then by the number of warnings. There is no score.",
    "",
  );
  lines.push(
    `| ECT | ${CORE_TYPES.map((t) => SUPPORT_TYPES[t].label).join(" | ")} | Flags |`,
    `|---|${CORE_TYPES.map(() => "---").join("|")}|---|`,
  );
  const order = { critical: 0, warning: 1, info: 2 };
  const ects = [...a.ects].sort((x, y) => {
    const top = (e: typeof x) => Math.min(3, ...e.flags.map((f) => order[f.severity]));
    const warnings = (e: typeof x) => e.flags.filter((f) => f.severity === "warning").length;
    return top(x) - top(y) || warnings(y) - warnings(x) || compareText(x.name, y.name);
  });
  for (const e of ects) {
    const cells = CORE_TYPES.map((t) => {
      const c = e.coverage[t] ?? 0;
      return c === 0 ? "gap (0)" : c === 1 ? "one (1)" : `covered (${c})`;
    });
    const flags = e.unmapped
      ? "map not filled in yet"
      : // Grouped as the app groups them: one line for the sole sources, or folded under a single supporter.
        flagItems(e.flags, nameOf, "they", a.settings.signpost_text)
          .map((item) => item.title)
          .join("; ");
    lines.push(`| ${nameOf(e.id)} | ${cells.join(" | ")} | ${flags || "none"} |`);
  }
  lines.push(
    "",
    "## Supporters",
    "",
    "| Supporter | ECTs supported | Capacity | Minutes a month | Only source for | Flags |",
    "|---|---|---|---|---|---|",
  );
  for (const sp of a.supporters) {
    const cap =
      [
        sp.capacity !== undefined ? `${sp.capacity} ECTs` : "",
        sp.capacityMinutesPerMonth !== undefined ? `${sp.capacityMinutesPerMonth} min` : "",
      ]
        .filter(Boolean)
        .join(", ") || "not recorded";
    lines.push(
      // Minutes only where some are known: "0" read as "no time at all" when it meant "not recorded".
      `| ${nameOf(sp.id)} | ${sp.ectsSupported} | ${cap} | ${sp.minutesPerMonth === 0 && sp.linksWithoutMinutes > 0 ? "not recorded" : sp.minutesPerMonth} | ${sp.soleSourceFor.length === 0 ? "none" : soleSourceListWords(sp.soleSourceFor)} | ${sp.flags.map((f) => describeFlag(f, nameOf, "they").title).join("; ") || "none"} |`,
    );
  }
  const st = a.network.structure;
  lines.push("", "## Structure", "", "This is information about how the network hangs together, not a judgement.", "");
  lines.push(`- ${st.components} connected part${st.components === 1 ? "" : "s"}`);
  for (const e of st.ectsOutsideLargest) lines.push(`- ${nameOf(e)} is not connected to the wider network.`);
  for (const ap of st.articulationPoints.filter((x) => !x.pendant)) {
    lines.push(
      `- Removing ${nameOf(ap.id)} would separate ${ap.separated} people${ap.ectsSample.length ? `, including ${ap.ectsSample.map(nameOf).join(", ")},` : ""} from the rest of the network.`,
    );
  }
  const pendant = st.articulationPoints.filter((x) => x.pendant).length;
  if (pendant > 0)
    lines.push(`- ${pendant} more people each link someone who knows no one else in the network (collapsed).`);
  return `${lines.join("\n")}\n`;
}
