/**
 * What the page asks the analysis worker, and what it answers. `handle` is the whole worker; the
 * worker file only wires it to messages, and the client calls it directly when no worker can run.
 */
import type {
  AnalysisResult,
  Constellation,
  Diagnostic,
  FileSummary,
  Flag,
  InputFile,
  ImportOptions,
  PreparedAnalysis,
  RejectedRow,
  Settings,
} from "../core/index.ts";
import { generateNetwork } from "../core/generate/syntheticNetwork.ts";
import type { EctRow, NetworkGraphData, Overview, Suggestion, SupporterRow, WhatIfResult } from "../core/index.ts";
import {
  buildConstellation,
  buildNetwork,
  ectRow,
  importFiles,
  networkGraph,
  overviewOf,
  prepareAnalysis,
  resolveSettings,
  linksToCsv,
  peopleToCsv,
  pseudonymiseData,
  suggestFor,
  toGexf,
  toGraphml,
  whatIf,
} from "../core/index.ts";

export type EctListRow = Pick<
  EctRow,
  "key" | "id" | "name" | "school" | "worst" | "warnings" | "typesCovered" | "unmapped"
>;

export interface Loaded {
  readonly settings: Settings;
  readonly settingsProblems: readonly string[];
  readonly summary: AnalysisResult["summary"];
  /** One line per ECT for the picker: the overview's rows without their flag lists. */
  readonly ects: readonly EctListRow[];
  readonly networkFlags: readonly Flag[];
  readonly diagnostics: readonly Diagnostic[];
  readonly rejected: readonly RejectedRow[];
  readonly files: readonly FileSummary[];
  /** Index of each person id in the people list (pseudonyms and URL keys are numbered by it). */
  readonly peopleIds: readonly string[];
  /** Per person: 1 for an ECT, 2 for a group, else 0 (a typed array clones far faster than objects). */
  readonly peopleKinds: Uint8Array;
  /** Schools, sorted (URL keys for the school filter). */
  readonly schools: readonly string[];
  /** Where the worker's time went, in milliseconds (shown by the bench). */
  readonly timings: { readonly generate?: number; readonly import: number; readonly analyse: number };
  /** ECTs' departments, sorted (URL keys for the department filter). */
  readonly departments: readonly string[];
}

export type Request =
  | {
      readonly kind: "load";
      readonly files: readonly InputFile[];
      readonly settings?: unknown;
      readonly options?: ImportOptions;
      readonly today: string;
    }
  | { readonly kind: "demo"; readonly people: number; readonly seed: number; readonly today: string }
  | { readonly kind: "constellation"; readonly ect: string }
  | { readonly kind: "overview" }
  | { readonly kind: "export"; readonly format: "csv" | "gexf" | "graphml"; readonly hideNames: boolean }
  | { readonly kind: "suggest"; readonly ect: string }
  | {
      readonly kind: "overviewRows";
      readonly part: "ects" | "supporters";
      readonly from: number;
      readonly count: number;
    }
  | { readonly kind: "whatif"; readonly remove: readonly string[] }
  | {
      readonly kind: "graph";
      readonly school?: string | undefined;
      readonly ects?: readonly string[] | undefined;
      readonly maxNodes: number;
    };

export interface ScenarioResult {
  readonly result: WhatIfResult;
  /** The ECT rows that change, as they would be. */
  readonly rows: readonly EctRow[];
}

export type Response<R extends Request> = R extends { kind: "load" | "demo" }
  ? Loaded
  : R extends { kind: "constellation" }
    ? Constellation | undefined
    : R extends { kind: "export" }
      ? readonly { readonly name: string; readonly text: string; readonly type: string }[]
      : R extends { kind: "suggest" }
        ? readonly Suggestion[]
        : R extends { kind: "overview" }
          ? OverviewHead | undefined
          : R extends { kind: "overviewRows" }
            ? readonly (EctRow | SupporterRow)[]
            : R extends { kind: "whatif" }
              ? ScenarioResult | undefined
              : R extends { kind: "graph" }
                ? NetworkGraphData | undefined
                : never;

export interface WorkerState {
  prepared?: PreparedAnalysis;
  overview?: Overview;
}

/**
 * The overview without its rows: the rows follow in pages (`overviewRows`), so no single message
 * makes the page's main thread stop for long while it unpacks 50,000 rows.
 */
export type OverviewHead = Omit<Overview, "ects" | "supporters"> & {
  readonly ectCount: number;
  readonly supporterCount: number;
};

export function handle<R extends Request>(state: WorkerState, req: R): Response<R> {
  if (req.kind === "demo") {
    // A synthetic network made in the worker, for trying Mosaic (and measuring it) at scale.
    const t0 = performance.now();
    const g = generateNetwork(Math.max(10, Math.min(200_000, req.people)), req.seed);
    const generate = performance.now() - t0;
    const files = [
      { name: "people.csv", text: g.people },
      { name: "links.csv", text: g.links },
    ];
    const loaded = handle(state, { kind: "load", files, settings: { as_of_date: "2025-03-14" }, today: req.today });
    return { ...loaded, timings: { ...loaded.timings, generate } } as Response<R>;
  }
  if (req.kind === "load") {
    const t0 = performance.now();
    const imported = importFiles(req.files, req.options);
    const t1 = performance.now();
    const { settings, problems } = resolveSettings(req.settings, req.today);
    const net = buildNetwork(imported.people, imported.links);
    const prepared = prepareAnalysis(net, settings);
    // A file set that gave nothing usable must not wipe out what is loaded: the page keeps it.
    if (imported.people.length > 0 || imported.links.length > 0 || !state.prepared) {
      state.prepared = prepared;
      state.overview = undefined;
    }
    const t2 = performance.now();
    const r = prepared.result;
    const loaded: Loaded = {
      settings,
      settingsProblems: problems.map((p) => p.message),
      summary: r.summary,
      ects: r.ects.map((e): EctListRow => {
        const { key, id, name, school, worst, warnings, typesCovered, unmapped } = ectRow(net, e);
        return { key, id, name, school, worst, warnings, typesCovered, unmapped };
      }),
      networkFlags: r.network.flags,
      diagnostics: imported.diagnostics,
      rejected: imported.rejected,
      files: imported.files,
      peopleIds: net.people.map((p) => p.id),
      peopleKinds: Uint8Array.from(net.people, (p) => (p.is_ect ? 1 : p.kind === "group" ? 2 : 0)),
      schools: [...new Set(net.people.map((p) => p.school).filter((x): x is string => x !== undefined))].sort(),
      timings: { import: t1 - t0, analyse: t2 - t1 },
      departments: [
        ...new Set(
          net.people
            .filter((p) => p.is_ect)
            .map((p) => p.department)
            .filter((x): x is string => x !== undefined),
        ),
      ].sort(),
    };
    return loaded as Response<R>;
  }
  const prepared = state.prepared;
  if (!prepared) return undefined as Response<R>;
  switch (req.kind) {
    case "export": {
      const { people, links } = req.hideNames
        ? pseudonymiseData(prepared.net.people, prepared.net.links)
        : prepared.net;
      const files =
        req.format === "csv"
          ? [
              { name: "people.csv", text: peopleToCsv(people), type: "text/csv" },
              { name: "links.csv", text: linksToCsv(links), type: "text/csv" },
            ]
          : req.format === "gexf"
            ? [{ name: "mosaic.gexf", text: toGexf(people, links, false), type: "application/xml" }]
            : [{ name: "mosaic.graphml", text: toGraphml(people, links, false), type: "application/xml" }];
      return files as unknown as Response<R>;
    }
    case "suggest":
      return suggestFor(prepared, req.ect) as unknown as Response<R>;
    case "overview": {
      const o = (state.overview = overviewOf(prepared.net, prepared.result));
      const { ects, supporters, ...head } = o;
      const out: OverviewHead = { ...head, ectCount: ects.length, supporterCount: supporters.length };
      return out as Response<R>;
    }
    case "overviewRows": {
      const rows = state.overview?.[req.part] ?? [];
      return rows.slice(req.from, req.from + req.count) as unknown as Response<R>;
    }
    case "whatif": {
      const result = whatIf(prepared, req.remove);
      const scenario: ScenarioResult = { result, rows: result.ects.map((e) => ectRow(prepared.net, e)) };
      return scenario as unknown as Response<R>;
    }
    case "graph":
      return networkGraph(prepared, { school: req.school, ects: req.ects, maxNodes: req.maxNodes }) as Response<R>;
    case "constellation": {
      const result = prepared.ectByIndex.get(prepared.net.indexOf.get(req.ect) ?? -1);
      return (result ? buildConstellation(prepared.ctx, result) : undefined) as Response<R>;
    }
  }
  return undefined as Response<R>;
}
