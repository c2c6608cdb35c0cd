/** Questions about the loaded network: one ECT's map, the overview, what-if, the graph, people. */
import {
  buildConstellation,
  ectRowsIn,
  ectRowsOf,
  networkGraph,
  networkSummary,
  suggestFor,
  supporterRowsOf,
  whatIfWithTables,
} from "../../core/index.ts";
import type { PersonHit, ScenarioResult } from "../protocol.ts";
import type { Handler } from "./handler.ts";
import { needsNetwork } from "./handler.ts";

export const constellation: Handler<"constellation"> = needsNetwork((prepared, req) => {
  const result = prepared.ectAt(prepared.net.indexOf.get(req.ect) ?? -1);
  return result ? buildConstellation(prepared.ctx, result) : undefined;
});

export const suggest: Handler<"suggest"> = needsNetwork((prepared, req) => suggestFor(prepared, req.ect));

/** A page of the overview's rows, each part made when first asked for and kept. */
export const overviewRows: Handler<"overviewRows"> = needsNetwork((prepared, req, state) => {
  const made = (state.overviewRows ??= {});
  const rows =
    req.part === "ects"
      ? (made.ects ??= ectRowsOf(prepared.tables))
      : (made.supporters ??= supporterRowsOf(prepared.tables));
  return rows.slice(req.from, req.from + req.count);
});

export const whatif: Handler<"whatif"> = needsNetwork((prepared, req): ScenarioResult => {
  const { result, ects } = whatIfWithTables(prepared, req.remove);
  return { result, rows: ectRowsIn(prepared.net, ects) };
});

export const graph: Handler<"graph"> = needsNetwork((prepared, req) =>
  networkGraph(prepared, { school: req.school, ects: req.ects, maxNodes: req.maxNodes }),
);

export const summary: Handler<"networkSummary"> = needsNetwork((prepared) => networkSummary(prepared));

export const names: Handler<"names"> = needsNetwork(({ net }, req) =>
  req.ids.map((id) => net.people[net.indexOf.get(id) ?? -1]?.name ?? ""),
);

/** People (not groups) whose name contains the query, or whose id is it; all people for "". */
export const findPeople: Handler<"findPeople"> = needsNetwork(({ net }, req) => {
  const q = req.query.trim().toLowerCase();
  const hits: PersonHit[] = [];
  for (const p of net.people) {
    if (hits.length >= req.limit) break;
    if (p.kind !== "person" || (q && !p.name.toLowerCase().includes(q) && p.id.toLowerCase() !== q)) continue;
    hits.push({ id: p.id, name: p.name, role: p.role_title, school: p.school, isEct: p.is_ect });
  }
  return hits;
});
