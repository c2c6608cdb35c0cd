/**
 * STALE: support links whose last contact is further back than their frequency leads one to expect
 * (docs/domain.md section 4, `expected_interval`). `staleLinksOf` asks it for one ECT alone.
 */
import type { AnalysisContext } from "../context.ts";
import { ectViewFor, fillEctView } from "../ectView.ts";
import { FlagTable } from "../flagTable.ts";
import { emptyBasics } from "../supporterBasics.ts";
import { frequencyCode, frequencyOf, giverOf, hasRegularFrequency, lastContactDay, NO_DAY } from "../facts/links.ts";
import type { EctRule } from "./rule.ts";

export const STALE: EctRule = {
  code: "STALE",
  rule: "One flag per support link with both `frequency` and `last_contact` recorded (`one_off` links are never stale) whose days from `last_contact` to `as_of_date` are more than `expected_interval` for its frequency.",
  core: true,
  severity: "warning",
  params: ["expected_interval", "as_of_date"],
  evaluate: (v, _, out) => {
    const { net, asOfDay, intervals } = v.ctx;
    for (const l of v.links) {
      const last = lastContactDay(net, l);
      if (last === NO_DAY || !hasRegularFrequency(net, l)) continue;
      const interval = intervals[frequencyCode(net, l)]!;
      const days = asOfDay - last;
      if (days > interval) out.onLink(l, giverOf(net, l), days, interval);
    }
  },
  reports: ["daysSinceContact", "expectedInterval"],
  values: (r, net) => ({ frequency: frequencyOf(net, r.link) }),
};

export interface StaleLink {
  /** Link and giver, as indices. */
  readonly link: number;
  readonly giver: number;
  readonly daysSinceContact: number;
  readonly expectedInterval: number;
}

/** ECT e's stale support links under `ctx`, in link order: what STALE raises for that ECT. */
export function staleLinksOf(ctx: AnalysisContext, e: number): StaleLink[] {
  const rows = new FlagTable();
  rows.begin(0, e, 0);
  // STALE reads no supporter figures.
  STALE.evaluate(fillEctView(ectViewFor(ctx), e), emptyBasics(0), rows);
  const out: StaleLink[] = [];
  for (let i = 0; i < rows.length; i++)
    out.push({
      link: rows.link[i]!,
      giver: rows.person[i]!,
      daysSinceContact: rows.a[i]!,
      expectedInterval: rows.b[i]!,
    });
  return out;
}
