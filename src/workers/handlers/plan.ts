/** Planning: new links proposed for the gaps, a plan compared with now, and a plan in CSV. */
import {
  comparePlan,
  personKind,
  planToCsv,
  planTotalsCsv,
  proposePlan,
  pseudonymCodes,
  shareRule,
} from "../../core/index.ts";
import type { Handler } from "./handler.ts";
import { needsNetwork } from "./handler.ts";

export const propose: Handler<"propose"> = needsNetwork((prepared, req, _state, progress) =>
  proposePlan(prepared, { school: req.school, secondSources: req.secondSources, onProgress: progress }),
);

export const comparison: Handler<"comparePlan"> = needsNetwork((prepared, req) => comparePlan(prepared, req.plan));

export const planCsv: Handler<"planCsv"> = needsNetwork(({ net, ctx }, req) => {
  // The same rule as the screen: codes for names in hide-names and share mode (shareRule).
  const rule = shareRule({ share: req.share, hideNames: req.hideNames, k: ctx.settings.small_count_k });
  // Share mode: totals only, as on screen (8.9); a row per proposal would single people out.
  if (!rule.breakdowns) return planTotalsCsv(req.plan, rule);
  const codes = rule.names
    ? undefined
    : pseudonymCodes(
        net.people.map((p) => p.id),
        net.people.map(personKind),
      );
  const nameOf = (id: string) =>
    codes ? (codes.get(id) ?? "Someone") : (net.people[net.indexOf.get(id) ?? -1]?.name ?? "");
  return planToCsv(req.plan, new Set(net.linkIds), nameOf, rule);
});
