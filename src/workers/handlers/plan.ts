/** Planning: new links proposed for the gaps, a plan compared with now, and a plan in CSV. */
import { comparePlan, planToCsv, proposePlan } from "../../core/index.ts";
import type { Handler } from "./handler.ts";
import { needsNetwork } from "./handler.ts";

export const propose: Handler<"propose"> = needsNetwork((prepared, req, _state, progress) =>
  proposePlan(prepared, { school: req.school, secondSources: req.secondSources, onProgress: progress }),
);

export const comparison: Handler<"comparePlan"> = needsNetwork((prepared, req) => comparePlan(prepared, req.plan));

export const planCsv: Handler<"planCsv"> = needsNetwork(({ net }, req) =>
  planToCsv(req.plan, new Set(net.linkIds), (id) => net.people[net.indexOf.get(id) ?? -1]?.name ?? ""),
);
