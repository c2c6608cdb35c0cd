/**
 * The `mosaic analyse --format json` document (schemaVersion 1), made straight from the analysis
 * tables: one printed object per flag, where making the result objects first and printing them
 * made every flag twice (170,000 of them at 100,000 people).
 */
import type { AnalysisTables } from "../analysis/analyse.ts";
import { ECT_RULES_ORDERED } from "../analysis/ectRules.ts";
import type { FlagTable } from "../analysis/flagTable.ts";
import type { PrintedFlag } from "../analysis/results.ts";
import { coverageAt, printedFlag, printedFlagAt, rowsIn, soleSourcesIn, supporterIdsAt } from "../analysis/results.ts";
import type { Settings } from "../analysis/settings.ts";
import { ectViewFor } from "../analysis/ectView.ts";
import { strengthsOf } from "../analysis/strengthRules.ts";
import { SUPPORTER_RULES } from "../analysis/supporterRules.ts";
import type { Diagnostic } from "../import/diagnostics.ts";
import type { SupportNetwork } from "../model/network.ts";
import { diagnosticsForJson } from "./diagnosticGroups.ts";

function printedIn(
  net: SupportNetwork,
  settings: Settings,
  table: FlagTable,
  from: number,
  to: number,
  rules: typeof ECT_RULES_ORDERED | typeof SUPPORTER_RULES,
): PrintedFlag[] {
  return rowsIn(from, to, (i) => printedFlagAt(net, settings, table, i, rules));
}

export function analysisJson(t: AnalysisTables, diagnostics: readonly Diagnostic[]) {
  const { net, settings } = t.ctx;
  const e = t.ects;
  const ects = [];
  const view = ectViewFor(t.ctx);
  for (let k = 0; k < e.count; k++) {
    const person = net.people[e.ect[k]!]!;
    ects.push({
      id: person.id,
      name: person.name,
      supporters: supporterIdsAt(net, e, k),
      coverage: coverageAt(e, k),
      typesCovered: e.typesCovered[k]!,
      unmapped: e.unmapped[k] === 1,
      flags: printedIn(net, settings, e.flags, e.flagStart[k]!, e.flagStart[k + 1]!, ECT_RULES_ORDERED),
      // Beside the flags, never scored (docs/domain.md section 4): an empty list when there are none.
      strengths: strengthsOf(t.ctx, e.ect[k]!, view),
    });
  }
  const supporters = [];
  const { listed, flags, flagStart } = t.supporters;
  const { sole, figures } = t;
  for (let p = 0; p < net.people.length; p++) {
    if (!listed[p]) continue;
    const person = net.people[p]!;
    supporters.push({
      id: person.id,
      name: person.name,
      ectsSupported: figures.ectCount[p]!,
      capacity: person.capacity ?? null,
      capacityMinutesPerMonth: person.capacity_minutes_per_month ?? null,
      minutesPerMonth: figures.load[p]!,
      soleSourceFor: soleSourcesIn(net, sole, sole.start[p]!, sole.start[p + 1]!),
      flags: printedIn(net, settings, flags, flagStart[p]!, flagStart[p + 1]!, SUPPORTER_RULES),
    });
  }
  const s = t.summary;
  return {
    schemaVersion: 1,
    asOf: settings.as_of_date,
    settings,
    summary: {
      people: s.people,
      ects: s.ects,
      supporters: s.supporters,
      links: s.links,
      isolatedEcts: s.isolatedEcts,
      ectsWithGaps: s.ectsWithGaps,
      ectsWithStrengths: s.ectsWithStrengths,
      unmappedEcts: s.unmappedEcts,
      liveLinks: s.liveLinks,
      overCapacity: s.overCapacity,
      // Without it a reader cannot tell "0 over capacity" from "nobody has a capacity recorded".
      capacityRecorded: s.capacityRecorded,
    },
    ects,
    supporters,
    network: {
      flags: t.networkFlags.map(printedFlag),
      // Two ideas, two names: keystones (NETWORK_KEYSTONE, the only source for two or more ECTs,
      // what the network summary lists) and everyone who is the only source of something, by impact.
      keystones: t.keystones.map((k) => ({ id: k.id, impact: k.impact })),
      removalImpact: t.ranking,
      articulationPoints: t.structure.articulationPoints.map((x) => x.id),
      bridges: t.structure.bridges.map((b) => b.ends),
      structure: t.structure,
    },
    // Repeats of one kind are grouped (diagnosticGroups) so the document stays readable.
    ...diagnosticsForJson(diagnostics),
  };
}
