/**
 * What the page asks the analysis worker, and what it answers. `handle` is the whole worker; the
 * worker file only wires it to messages, and the client calls it directly when no worker can run.
 */
import type {
  RememberedMapping,
  Edit,
  Person,
  SupportLink,
  AnalysisResult,
  Constellation,
  Diagnostic,
  FileSummary,
  Flag,
  InputFile,
  ImportOptions,
  PreparedAnalysis,
  RejectedRow,
  RoleReference,
  SamePersonProposal,
  Settings,
} from "../core/index.ts";
import { generateNetwork } from "../core/generate/syntheticNetwork.ts";
import { saveFiles } from "../storage/deviceStore.ts";
import type {
  EctRow,
  ImportResult,
  NetworkGraphData,
  NetworkSummary,
  Overview,
  PlanComparison,
  ProposedLink,
  ProposedPlan,
  SnapshotDiff,
  Suggestion,
  SupporterRow,
  TimelineRow,
  WhatIfResult,
} from "../core/index.ts";
import {
  applyEdits,
  buildConstellation,
  buildNetwork,
  comparePlan,
  diffSnapshots,
  ectRow,
  planToCsv,
  proposePlan,
  timelineOf,
  importFiles,
  importedLinks,
  linkAt,
  networkGraph,
  mappingFor,
  networkSummary,
  shareMap,
  overviewHeadOf,
  headOf,
  schoolsOf,
  ectRowsOf,
  supporterRowsOf,
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
  "key" | "id" | "name" | "school" | "worst" | "warnings" | "typesCovered" | "unmapped" | "nameOrder"
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
  /** "Same person?" questions waiting for the lead's answer. */
  readonly samePeople: readonly SamePersonProposal[];
  /** Supporters named only by role, for the lead to name. */
  readonly roleReferences: readonly RoleReference[];
  /** Index of each person id in the people list (pseudonyms and URL keys are numbered by it). */
  readonly peopleIds: readonly string[];
  /** Per person: 1 for an ECT, 2 for a group, else 0 (a typed array clones far faster than objects). */
  readonly peopleKinds: Uint8Array;
  /** Schools, sorted (URL keys for the school filter). */
  readonly schools: readonly string[];
  /** Where the worker's time went, in milliseconds (shown by the bench); `analyse` is index + flags + rows. */
  readonly timings: {
    readonly generate?: number;
    readonly import: number;
    readonly analyse: number;
    readonly index?: number;
    readonly flags?: number;
    readonly rows?: number;
  };
  /** ECTs' departments, sorted (URL keys for the department filter). */
  readonly departments: readonly string[];
  /** Column choices this load used that read a file: remembered for files with the same headers. */
  readonly learned?: readonly RememberedMapping[];
}

export type Request =
  | {
      readonly kind: "load";
      /**
       * Left out when the worker was last sent the files of `filesKey` (the client knows): copying
       * tens of megabytes to the worker for every edit held the page up for a few hundred ms.
       */
      readonly files?: readonly InputFile[] | undefined;
      /**
       * Names this set of files: a load with the same key (and options) reuses the import
       * instead of reading the files again, so an edit on a large network costs only analysis.
       */
      readonly filesKey?: number | undefined;
      readonly settings?: unknown;
      readonly options?: ImportOptions | undefined;
      /** Changes made in the app since the files were read, applied in order. */
      readonly edits?: readonly Edit[] | undefined;
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
      readonly kind: "propose";
      readonly school?: string | undefined;
      readonly secondSources: boolean;
    }
  | { readonly kind: "comparePlan"; readonly plan: readonly ProposedLink[] }
  | { readonly kind: "planCsv"; readonly plan: readonly ProposedLink[] }
  | { readonly kind: "findPeople"; readonly query: string; readonly limit: number }
  /** Names of people by id (the page holds only the ECTs' names); blank for unknown ids. */
  | { readonly kind: "names"; readonly ids: readonly string[] }
  /** A snapshot for "change over time": files of its own, or what is loaded now. */
  | {
      readonly kind: "addSnapshot";
      readonly label: string;
      readonly files?: readonly InputFile[] | undefined;
      readonly settings?: unknown;
      readonly today: string;
    }
  | { readonly kind: "dropSnapshot"; readonly key: number }
  | { readonly kind: "networkSummary" }
  /** Stores the files of the load with this key for "Remember on this device" (true when it did). */
  | { readonly kind: "storeFiles"; readonly filesKey: number }
  | {
      readonly kind: "shareMap";
      readonly ect: string;
      readonly coverageCounts: boolean;
      readonly hideNames: boolean;
    }
  /** Every link to and from one ECT, live or not, as records to edit. */
  | { readonly kind: "ectLinks"; readonly ect: string }
  | { readonly kind: "history"; readonly from?: number | undefined; readonly to?: number | undefined }
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
                : R extends { kind: "propose" }
                  ? ProposedPlan | undefined
                  : R extends { kind: "planCsv" }
                    ? string
                    : R extends { kind: "comparePlan" }
                      ? PlanComparison | undefined
                      : R extends { kind: "names" }
                        ? readonly string[]
                        : R extends { kind: "findPeople" }
                          ? readonly PersonHit[]
                          : R extends { kind: "addSnapshot" | "dropSnapshot" }
                            ? readonly SnapshotHead[]
                            : R extends { kind: "history" }
                              ? History
                              : R extends { kind: "storeFiles" }
                                ? boolean
                                : R extends { kind: "shareMap" }
                                  ? SharedFiles | undefined
                                  : R extends { kind: "ectLinks" }
                                    ? EctLinks | undefined
                                    : R extends { kind: "networkSummary" }
                                      ? NetworkSummary | undefined
                                      : never;

export interface SharedFiles {
  readonly files: readonly { readonly name: string; readonly text: string; readonly type: string }[];
  readonly privateLinks: number;
}

export interface EctLinks {
  readonly ect: Person;
  readonly links: readonly {
    readonly link: SupportLink;
    /** The other end: who gives to the ECT ("in"), or whom the ECT helps ("out"). */
    readonly other: PersonHit;
    readonly direction: "in" | "out";
  }[];
}

export interface PersonHit {
  readonly id: string;
  readonly name: string;
  readonly role?: string | undefined;
  readonly school?: string | undefined;
  readonly isEct: boolean;
}

export interface SnapshotHead {
  readonly key: number;
  readonly label: string;
  readonly asOf: string;
  readonly people: number;
  /** Problems reading its files, as one line each. */
  readonly problems: readonly string[];
}

export interface History {
  readonly snapshots: readonly SnapshotHead[];
  readonly timeline: readonly TimelineRow[];
  /** Between the two chosen snapshots (default: the last two by date). */
  readonly diff?: { readonly from: number; readonly to: number; readonly diff: SnapshotDiff } | undefined;
}

/** Reports how far a long request has got (the worker posts these; the client passes them on). */
export type Progress = (done: number, total: number) => void;

export interface WorkerState {
  prepared?: PreparedAnalysis;
  /** The overview's rows, each part made when first asked for (the ECT table comes first). */
  overviewRows?: { ects?: readonly EctRow[]; supporters?: readonly SupporterRow[] };
  /** The files of the last load that was kept, for storing on the device. */
  files?: { readonly key?: number | undefined; readonly files: readonly InputFile[] };
  /** The files last sent with a load, for loads that leave them out. */
  sent?: { readonly key?: number | undefined; readonly files: readonly InputFile[] };
  /** The last files read, before edits: reused while the same files are loaded. */
  base?: { readonly key: number; readonly options: string; readonly imported: ImportResult };
  snapshots?: Map<number, { readonly head: SnapshotHead; readonly prepared: PreparedAnalysis }>;
  nextSnapshot?: number;
}

/**
 * The overview without its rows: the rows follow in pages (`overviewRows`), so no single message
 * makes the page's main thread stop for long while it unpacks 50,000 rows.
 */
export type OverviewHead = Omit<Overview, "ects" | "supporters"> & {
  readonly ectCount: number;
  readonly supporterCount: number;
};

function loadedOf(
  prepared: PreparedAnalysis,
  ectRows: readonly EctRow[],
  imported: ImportResult,
  problems: readonly { readonly message: string }[],
  timings: Loaded["timings"],
): Loaded {
  const { net, tables } = prepared;
  return {
    settings: prepared.ctx.settings,
    settingsProblems: problems.map((p) => p.message),
    summary: tables.summary,
    ects: ectRows.map(({ key, id, name, school, worst, warnings, typesCovered, unmapped, nameOrder }): EctListRow => {
      return { key, id, name, school, worst, warnings, typesCovered, unmapped, nameOrder };
    }),
    networkFlags: tables.networkFlags,
    diagnostics: imported.diagnostics,
    rejected: imported.rejected,
    files: imported.files,
    samePeople: imported.samePeople,
    roleReferences: imported.roleReferences,
    peopleIds: net.people.map((p) => p.id),
    peopleKinds: Uint8Array.from(net.people, (p) => (p.is_ect ? 1 : p.kind === "group" ? 2 : 0)),
    schools: schoolsOf(net),
    timings,
    departments: [
      ...new Set(
        net.people
          .filter((p) => p.is_ect)
          .map((p) => p.department)
          .filter((x): x is string => x !== undefined),
      ),
    ].sort(),
  };
}

/** The error of a load that leaves out files the worker does not have (the client sends them again). */
export const FILES_NEEDED = "The worker needs the files again.";

/** A load's files: as sent, or those of its key that the worker was sent before. */
function filesOf(state: WorkerState, req: Extract<Request, { kind: "load" }>): readonly InputFile[] {
  if (req.files) return req.files;
  if (req.filesKey !== undefined)
    for (const had of [state.sent, state.files]) if (had && had.key === req.filesKey) return had.files;
  throw new Error(FILES_NEEDED);
}

/**
 * The import with the page's edits made: the import itself when there are none, so its link store
 * and columns are used as they are (its link records are never made on the way to the overview).
 */
function withEdits(base: ImportResult, edits: readonly Edit[]): ImportResult {
  if (edits.length === 0) return base;
  const edited = applyEdits(base, edits);
  const made: Omit<ImportResult, "sources"> = {
    people: edited.data.people,
    links: edited.data.links,
    rejected: base.rejected,
    files: base.files,
    samePeople: base.samePeople,
    autoMerged: base.autoMerged,
    roleReferences: base.roleReferences,
    diagnostics: [
      ...base.diagnostics,
      ...edited.problems.map((p): Diagnostic => ({
        level: "warning",
        file: "your changes",
        message: `Change ${p.index + 1} could not be made (${p.message}); the rest were.`,
      })),
    ],
  };
  // The import's sources, made only if read (nothing in the worker reads them).
  return Object.defineProperty(made, "sources", { enumerable: true, get: () => base.sources }) as ImportResult;
}

/** Passes progress on at most every 100 ms, and always the end. */
function throttled(progress: Progress): Progress {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    progress(done, total);
  };
}

function snapshotHeads(state: WorkerState): SnapshotHead[] {
  return [...(state.snapshots?.values() ?? [])].map((s) => s.head);
}

/**
 * Handles one request; storing files is the one that answers later (IndexedDB is asynchronous),
 * so the worker shell awaits whatever comes back.
 */
export function handle<R extends Request>(
  state: WorkerState,
  req: R,
  progress?: Progress,
): Response<R> | Promise<Response<R>> {
  if (req.kind === "storeFiles")
    return state.files && state.files.key === req.filesKey
      ? saveFiles(state.files.files).then(() => true as Response<R>)
      : (false as Response<R>);
  return handleNow(state, req, progress);
}

function handleNow<R extends Request>(state: WorkerState, req: R, progress?: Progress): Response<R> {
  if (req.kind === "demo") {
    // A synthetic network made in the worker, for trying Mosaic (and measuring it) at scale.
    const t0 = performance.now();
    const g = generateNetwork(Math.max(10, Math.min(200_000, req.people)), req.seed);
    const generate = performance.now() - t0;
    const files = [
      { name: "people.csv", text: g.people },
      { name: "links.csv", text: g.links },
    ];
    const loaded = handleNow(state, { kind: "load", files, settings: { as_of_date: "2025-03-14" }, today: req.today });
    return { ...loaded, timings: { ...loaded.timings, generate } } as Response<R>;
  }
  if (req.kind === "load") {
    const t0 = performance.now();
    // Remembered column choices only matter for files the key already names: not part of it.
    const options = JSON.stringify({
      mapping: req.options?.mapping,
      ectName: req.options?.ectName,
      samePeople: req.options?.samePeople,
    });
    const cached = state.base && state.base.key === req.filesKey && state.base.options === options;
    const files = filesOf(state, req);
    if (req.files) state.sent = { key: req.filesKey, files: req.files };
    // Progress: reading the files is the first 75%, indexing them 5%, working out the flags the rest.
    const tell = progress && throttled(progress);
    const base = cached
      ? state.base!.imported
      : importFiles(files, req.options, tell && ((d, t) => tell(0.75 * (t ? d / t : 1), 1)));
    if (req.filesKey !== undefined) state.base = { key: req.filesKey, options, imported: base };
    const imported = withEdits(base, req.edits ?? []);
    const t1 = performance.now();
    const { settings, problems } = resolveSettings(req.settings, req.today);
    const net = buildNetwork(imported.people, importedLinks(imported), {
      onProgress: tell && ((d, t) => tell(0.75 + 0.05 * (d / t), 1)),
      columns: imported.columns,
    });
    tell?.(0.8, 1);
    const tIndexed = performance.now();
    const prepared = prepareAnalysis(net, settings, {
      onProgress: tell && ((d, t) => tell(0.8 + 0.2 * (t ? d / t : 1), 1)),
    });
    // A file set that gave nothing usable must not wipe out what is loaded: the page keeps it.
    // The overview's ECT rows are made here, once: the picker's list is cut from them.
    const tFlags = performance.now();
    const ectRows = ectRowsOf(prepared.tables);
    if (net.people.length > 0 || net.linkCount > 0 || !state.prepared) {
      state.files = { key: req.filesKey, files };
      state.prepared = prepared;
      state.overviewRows = { ects: ectRows };
    }
    const t2 = performance.now();
    const mapping = req.options?.mapping;
    const loaded: Loaded = {
      ...loadedOf(prepared, ectRows, imported, problems, {
        import: t1 - t0,
        analyse: t2 - t1,
        index: tIndexed - t1,
        flags: tFlags - tIndexed,
        rows: t2 - tFlags,
      }),
      learned: mapping
        ? imported.files
            .filter((f) => f.shape !== undefined && f.header !== undefined)
            .map((f) => mappingFor(f.header!, mapping))
            .filter((r) => Object.keys(r.mapping).length > 0)
        : [],
    };
    return loaded as Response<R>;
  }
  if (req.kind === "addSnapshot") {
    const snapshots = (state.snapshots ??= new Map());
    const key = (state.nextSnapshot = (state.nextSnapshot ?? 0) + 1);
    let prepared = state.prepared;
    let problems: string[] = [];
    if (req.files) {
      const imported = importFiles(req.files);
      problems = imported.diagnostics
        .filter((d) => d.level === "error")
        .map((d) => `${d.file}${d.row ? `, row ${d.row}` : ""}${d.column ? `, column ${d.column}` : ""}: ${d.message}`);
      const net = buildNetwork(imported.people, importedLinks(imported), { columns: imported.columns });
      if (net.people.length === 0 && net.linkCount === 0) {
        problems.unshift("Nothing could be read from these files, so no snapshot was added.");
        prepared = undefined;
      } else {
        const { settings } = resolveSettings(req.settings, req.today);
        prepared = prepareAnalysis(net, settings, { skipStructure: true });
      }
    }
    const head: SnapshotHead = {
      key,
      label: req.label,
      asOf: prepared?.result.asOf ?? "",
      people: prepared?.net.people.length ?? 0,
      problems,
    };
    if (prepared) snapshots.set(key, { head, prepared });
    return (prepared ? snapshotHeads(state) : [head, ...snapshotHeads(state)]) as unknown as Response<R>;
  }
  if (req.kind === "dropSnapshot") {
    state.snapshots?.delete(req.key);
    return snapshotHeads(state) as unknown as Response<R>;
  }
  if (req.kind === "history") {
    const all = [...(state.snapshots?.values() ?? [])];
    const timeline = timelineOf(all.map((s) => ({ label: s.head.label, prepared: s.prepared })));
    const byDate = [...all].sort((a, b) => a.prepared.result.asOf.localeCompare(b.prepared.result.asOf));
    const from = state.snapshots?.get(req.from ?? -1) ?? byDate.at(-2);
    const to = state.snapshots?.get(req.to ?? -1) ?? byDate.at(-1);
    const history: History = {
      snapshots: snapshotHeads(state),
      timeline,
      diff:
        from && to && from !== to
          ? { from: from.head.key, to: to.head.key, diff: diffSnapshots(from.prepared, to.prepared) }
          : undefined,
    };
    return history as Response<R>;
  }
  const prepared = state.prepared;
  if (!prepared) return undefined as Response<R>;
  switch (req.kind) {
    case "propose":
      return proposePlan(prepared, {
        school: req.school,
        secondSources: req.secondSources,
        onProgress: progress,
      }) as Response<R>;
    case "ectLinks": {
      const { net } = prepared;
      const e = net.indexOf.get(req.ect);
      if (e === undefined) return undefined as Response<R>;
      const hit = (i: number): PersonHit => {
        const p = net.people[i]!;
        return { id: p.id, name: p.name, role: p.role_title, school: p.school, isEct: p.is_ect };
      };
      const out: EctLinks = {
        ect: net.people[e]!,
        links: [
          // A link whose other end is an unknown id has no one to show (the import report lists it).
          ...Array.from(net.inLinks.subarray(net.inStart[e]!, net.inStart[e + 1]!))
            .filter((l) => net.from[l]! >= 0)
            .map((l) => ({ link: linkAt(net, l), other: hit(net.from[l]!), direction: "in" as const })),
          ...Array.from(net.outLinks.subarray(net.outStart[e]!, net.outStart[e + 1]!))
            .filter((l) => net.to[l]! >= 0)
            .map((l) => ({ link: linkAt(net, l), other: hit(net.to[l]!), direction: "out" as const })),
        ],
      };
      return out as Response<R>;
    }
    case "shareMap": {
      const shared = shareMap(prepared.net.people, prepared.net.links, req.ect, req);
      if (!shared) return undefined as Response<R>;
      const out: SharedFiles = {
        files: [
          { name: "shared-map-people.csv", text: peopleToCsv(shared.people), type: "text/csv" },
          { name: "shared-map-links.csv", text: linksToCsv(shared.links), type: "text/csv" },
        ],
        privateLinks: shared.privateLinks,
      };
      return out as Response<R>;
    }
    case "networkSummary":
      return networkSummary(prepared) as Response<R>;
    case "planCsv":
      return planToCsv(
        req.plan,
        new Set(prepared.net.linkIds),
        (id) => prepared.net.people[prepared.net.indexOf.get(id) ?? -1]?.name ?? "",
      ) as Response<R>;
    case "comparePlan":
      return comparePlan(prepared, req.plan) as Response<R>;
    case "names":
      return req.ids.map(
        (id) => prepared.net.people[prepared.net.indexOf.get(id) ?? -1]?.name ?? "",
      ) as unknown as Response<R>;
    case "findPeople": {
      const q = req.query.trim().toLowerCase();
      const hits: PersonHit[] = [];
      for (const p of prepared.net.people) {
        if (hits.length >= req.limit) break;
        if (p.kind !== "person" || (q && !p.name.toLowerCase().includes(q) && p.id.toLowerCase() !== q)) continue;
        hits.push({ id: p.id, name: p.name, role: p.role_title, school: p.school, isEct: p.is_ect });
      }
      return hits as unknown as Response<R>;
    }
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
      const t = prepared.tables;
      let supporterCount = 0;
      for (let p = 0; p < t.supporters.listed.length; p++) supporterCount += t.supporters.listed[p]!;
      const out: OverviewHead = {
        ...overviewHeadOf(prepared.net, headOf(t)),
        ectCount: t.ects.count,
        supporterCount,
      };
      return out as Response<R>;
    }
    case "overviewRows": {
      const made = (state.overviewRows ??= {});
      const rows =
        req.part === "ects"
          ? (made.ects ??= ectRowsOf(prepared.tables))
          : (made.supporters ??= supporterRowsOf(prepared.tables));
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
      const result = prepared.ectAt(prepared.net.indexOf.get(req.ect) ?? -1);
      return (result ? buildConstellation(prepared.ctx, result) : undefined) as Response<R>;
    }
  }
  return undefined as Response<R>;
}
