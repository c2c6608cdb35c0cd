/**
 * What the page asks the analysis worker, and what it answers: types only. Each request has a
 * `kind`; `Responses` names the answer to each kind, and the handler table (handlers/index.ts)
 * must give exactly that answer, so adding a kind means adding it here and there.
 */
import type {
  AnalysisResult,
  Constellation,
  Diagnostic,
  Edit,
  EctRow,
  FileSummary,
  Flag,
  ImportOptions,
  InputFile,
  NetworkGraphData,
  NetworkSummary,
  Overview,
  Person,
  PlanComparison,
  ProposedLink,
  ProposedPlan,
  RejectedRow,
  RememberedMapping,
  RoleReference,
  SameNameOnMap,
  SamePersonProposal,
  SameSchoolQuestion,
  Settings,
  SnapshotDiff,
  Suggestion,
  SupportLink,
  SupporterRow,
  TimelineRow,
  WhatIfResult,
} from "../core/index.ts";
import type { SentFile } from "./sentFile.ts";

export type EctListRow = Pick<
  EctRow,
  "key" | "id" | "name" | "school" | "worst" | "warnings" | "typesCovered" | "unmapped" | "nameOrder"
>;

export interface Loaded {
  readonly settings: Settings;
  readonly settingsProblems: readonly string[];
  readonly summary: AnalysisResult["summary"];
  /** One line per ECT for the picker: the overview's rows without their flag lists, most in need of a look first. */
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
  /** How many people each school has (parallel to `schools`): saving "Same school?" answers says so. */
  readonly schoolPeople: readonly number[];
  /** "Same school?" questions waiting for the lead's answer. */
  readonly sameSchools: readonly SameSchoolQuestion[];
  /** Where the worker's time went, in milliseconds (shown by the bench); `analyse` is index + flags + rows. */
  readonly timings: {
    readonly generate?: number;
    readonly import: number;
    /** Of `import`: reading the chosen files' Blobs into memory. */
    readonly read?: number;
    readonly analyse: number;
    readonly index?: number;
    readonly flags?: number;
    readonly rows?: number;
  };
  /** ECTs' departments, sorted (URL keys for the department filter). */
  readonly departments: readonly string[];
  /** Column choices this load used that read a file: remembered for files with the same headers. */
  readonly learned?: readonly RememberedMapping[];
  /** What the lead's overview shows first, made with the load so that its first paint needs no further round trip. */
  readonly overview: OverviewStart;
}

export type Request =
  | {
      readonly kind: "load";
      /**
       * Left out when the worker was last sent the files of `filesKey` (the client knows): copying
       * tens of megabytes to the worker for every edit held the page up for a few hundred ms.
       * Chosen files come as Blobs, which the worker reads itself (see sentFile.ts).
       */
      readonly files?: readonly SentFile[] | undefined;
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
  /** Files of the loaded data, made under the share rule of `hideNames` and `share` (core shareRule). */
  | {
      readonly kind: "export";
      readonly format: "csv" | "gexf" | "graphml";
      readonly hideNames: boolean;
      readonly share: boolean;
    }
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
  | {
      readonly kind: "planCsv";
      readonly plan: readonly ProposedLink[];
      readonly hideNames: boolean;
      readonly share: boolean;
    }
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
  /** Every link to and from one ECT, live or not, for editing. */
  | { readonly kind: "ectLinks"; readonly ect: string }
  /** Before a rename: the one person already on the map the new name may mean ("Same person?"). */
  | { readonly kind: "sameNameOnMap"; readonly person: string; readonly name: string }
  /** One person's record as held (edits made), for correcting their details. */
  | { readonly kind: "person"; readonly id: string }
  | { readonly kind: "history"; readonly from?: number | undefined; readonly to?: number | undefined }
  | {
      readonly kind: "graph";
      readonly school?: string | undefined;
      readonly ects?: readonly string[] | undefined;
      readonly maxNodes: number;
    };

export type Kind = Request["kind"];

/**
 * The request of kind K. Written over a mapped type (not `Extract` alone) so that TypeScript keeps
 * a request and its answer correlated inside generic code: `handlers[req.kind](req)` type-checks.
 */
export type RequestOf<K extends Kind> = { [P in K]: Extract<Request, { kind: P }> }[K];

/** Files made for the user to download. */
export type TextFiles = readonly { readonly name: string; readonly text: string; readonly type: string }[];

/** The answer to each kind of request; undefined where it needs a network and none is loaded. */
export interface Responses {
  load: Loaded;
  demo: Loaded;
  constellation: Constellation | undefined;
  export: TextFiles | undefined;
  suggest: readonly Suggestion[] | undefined;
  overviewRows: readonly (EctRow | SupporterRow)[] | undefined;
  whatif: ScenarioResult | undefined;
  propose: ProposedPlan | undefined;
  comparePlan: PlanComparison | undefined;
  planCsv: string | undefined;
  findPeople: readonly PersonHit[] | undefined;
  names: readonly string[] | undefined;
  addSnapshot: readonly SnapshotHead[];
  dropSnapshot: readonly SnapshotHead[];
  networkSummary: NetworkSummary | undefined;
  storeFiles: boolean;
  shareMap: SharedFiles | undefined;
  ectLinks: EctLinks | undefined;
  sameNameOnMap: SameNameOnMap | undefined;
  person: Person | undefined;
  history: History;
  graph: NetworkGraphData | undefined;
}

export type Response<R extends Request> = Responses[R["kind"]];

/** Why a request failed, in a code the page can tell apart (the message is for people). */
export type WorkerErrorCode =
  /** The page stopped it (the worker was replaced). */
  | "cancelled"
  /** A load left out files this worker does not have: the client sends them again. */
  | "filesNeeded"
  /** Anything else: the message says what. */
  | "failed";

/** What a long load is doing, for the words beside its progress bar ("Reading people.csv… 42%"). */
export interface ProgressStage {
  readonly step: "generating" | "reading" | "indexing" | "analysing";
  /** The file being read, while reading. */
  readonly file?: string | undefined;
}

/** Reports how far a long request has got (the worker posts these; the client passes them on). */
export type Progress = (done: number, total: number, stage?: ProgressStage) => void;

/** What the page posts to the worker. */
export interface Envelope {
  readonly id: number;
  readonly request: Request;
}

/** The answer to request `id` of kind K, correlated like `RequestOf`. */
export type AnswerOf<K extends Kind> = {
  [P in K]: { readonly id: number; readonly kind: P; readonly ok: true; readonly value: Responses[P] };
}[K];

/** What the worker posts back: progress, an answer, or a failure. */
export type Reply =
  | {
      readonly id: number;
      readonly progress: { readonly done: number; readonly total: number; readonly stage?: ProgressStage | undefined };
    }
  | AnswerOf<Kind>
  | { readonly id: number; readonly ok: false; readonly code: WorkerErrorCode; readonly message: string };

export interface ScenarioResult {
  readonly result: WhatIfResult;
  /** The ECT rows that change, with their new values. */
  readonly rows: readonly EctRow[];
}

export interface SharedFiles {
  readonly files: TextFiles;
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
  /** Named by role or as family in the ECT's own words (Person.unnamed): shown voiced (voicedName). */
  readonly unnamed?: boolean | undefined;
}

export interface SnapshotHead {
  readonly key: number;
  readonly label: string;
  readonly asOf: string;
  readonly people: number;
  /** Problems reading its files, one line each. */
  readonly problems: readonly string[];
}

export interface History {
  readonly snapshots: readonly SnapshotHead[];
  readonly timeline: readonly TimelineRow[];
  /** Between the two chosen snapshots (default: the last two by date). */
  readonly diff?: { readonly from: number; readonly to: number; readonly diff: SnapshotDiff } | undefined;
}

/**
 * The overview without its rows: the rows follow in pages (`overviewRows`), so no single message
 * makes the page's main thread stop for long while it unpacks 50,000 rows. The schools are the
 * load's own (`Loaded.schools`), and only the ten people whose absence would matter most are sent:
 * the overview shows no more of the ranking than that.
 */
export type OverviewHead = Omit<Overview, "ects" | "supporters" | "schools"> & {
  readonly ectCount: number;
  readonly supporterCount: number;
  /**
   * How many ECTs have each flag (by code), over all their rows: the headline counts and the flag
   * filter's choices are right before the rows are all in.
   */
  readonly flaggedEcts: Readonly<Record<string, number>>;
  /** How many ECTs' heat-map rows show a gap (`showsAGap`: those with no one at all included). */
  readonly withAGap: number;
};

/** The overview's head and the ECT rows a mentor lead sees first, sent with the load. */
export interface OverviewStart {
  readonly head: OverviewHead;
  /** The first ECT rows in the table's default order (most in need of a look first, no filter). */
  readonly firstEcts: readonly EctRow[];
}
