/** Loading a network: files (with the page's edits) or a generated demo, analysed for the page. */
import type { EctRow, ImportResult, InputFile, PreparedAnalysis } from "../../core/index.ts";
import {
  buildNetwork,
  byConcern,
  ectRowsOf,
  importFiles,
  mappingFor,
  prepareAnalysis,
  resolveSettings,
  sameSchoolQuestions,
  schoolsOf,
  withSchoolAnswers,
} from "../../core/index.ts";
import { generateNetwork } from "../../core/generate/syntheticNetwork.ts";
import type { EctListRow, Loaded, Progress, ProgressStage, RequestOf } from "../protocol.ts";
import type { WorkerState } from "../workerState.ts";
import { cachedImport, filesOf } from "../workerState.ts";
import { inMemoryAlready, readSentFiles } from "../sentFile.ts";
import { withEdits } from "./edits.ts";
import { overviewStartOf } from "./overviewStart.ts";

function loadedOf(
  prepared: PreparedAnalysis,
  ectRows: readonly EctRow[],
  imported: ImportResult,
  problems: readonly { readonly message: string }[],
  timings: Loaded["timings"],
  sameSchools: Loaded["sameSchools"],
): Loaded {
  const { net, tables } = prepared;
  const schools = schoolsOf(net);
  const perSchool = new Map<string, number>();
  for (const p of net.people) if (p.school !== undefined) perSchool.set(p.school, (perSchool.get(p.school) ?? 0) + 1);
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
    schools,
    schoolPeople: schools.map((s) => perSchool.get(s) ?? 0),
    sameSchools,
    timings,
    overview: overviewStartOf(prepared, ectRows),
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

/** Passes progress on at most every 100 ms, and always the end and each new step or file. */
function throttled(progress: Progress): Progress {
  let last = 0;
  let said: ProgressStage | undefined;
  return (done, total, stage) => {
    const now = performance.now();
    const news = stage?.step !== said?.step || stage?.file !== said?.file;
    if (done < total && !news && now - last < 100) return;
    last = now;
    said = stage;
    progress(done, total, stage);
  };
}

/** A progress report scaled into [from, to] of the whole (a demo's load follows its generating). */
function within(progress: Progress, from: number, to: number): Progress {
  return (done, total, stage) => progress(from + (to - from) * (total > 0 ? done / total : 1), 1, stage);
}

/** A load whose files, if it has any, are in memory (the Blobs the page sent have been read). */
export type ReadLoad = Omit<RequestOf<"load">, "files"> & { readonly files?: readonly InputFile[] | undefined };

/**
 * Loads files: the worker first reads any Blob the page sent (a chosen file, handed over unread),
 * then imports and analyses. Without Blobs it answers at once, as before.
 */
export function load(
  state: WorkerState,
  req: RequestOf<"load">,
  progress: Progress | undefined,
): Loaded | Promise<Loaded> {
  const { files, ...rest } = req;
  const ready = files && inMemoryAlready(files);
  if (!files || ready) return loadInMemory(state, { ...rest, files: ready }, progress);
  const t0 = performance.now();
  return readSentFiles(files, (file) => progress?.(0, 1, { step: "reading", file })).then((read) => {
    const readMs = performance.now() - t0;
    const loaded = loadInMemory(state, { ...rest, files: read }, progress, t0);
    return { ...loaded, timings: { ...loaded.timings, read: readMs } };
  });
}

export function loadInMemory(
  state: WorkerState,
  req: ReadLoad,
  progress: Progress | undefined,
  t0 = performance.now(),
): Loaded {
  // Remembered column choices only matter for files the key already names: not part of it.
  const options = JSON.stringify({
    mapping: req.options?.mapping,
    ectName: req.options?.ectName,
    samePeople: req.options?.samePeople,
  });
  const cached = cachedImport(state, req.filesKey, options);
  const files = filesOf(state, req);
  if (req.files) state.sent = { key: req.filesKey, files: req.files };
  // Progress: reading the files is the first 75%, indexing them 5%, working out the flags the rest.
  const tell = progress && throttled(progress);
  const base =
    cached ??
    importFiles(
      files,
      req.options,
      tell && ((d, t, file) => tell(0.75 * (t ? d / t : 1), 1, { step: "reading", file })),
    );
  if (req.filesKey !== undefined) state.base = { key: req.filesKey, options, imported: base };
  // "Same school?" answers are applied after the import (and the edits): answering reads no file again.
  const imported = withSchoolAnswers(withEdits(base, req.edits ?? []), req.options?.sameSchools ?? []);
  const t1 = performance.now();
  const { settings, problems } = resolveSettings(req.settings, req.today);
  const net = buildNetwork(imported.people, imported.linkStore, {
    onProgress: tell && ((d, t) => tell(0.75 + 0.05 * (d / t), 1, { step: "indexing" })),
  });
  tell?.(0.8, 1, { step: "analysing" });
  const tIndexed = performance.now();
  const prepared = prepareAnalysis(net, settings, {
    onProgress: tell && ((d, t) => tell(0.8 + 0.2 * (t ? d / t : 1), 1, { step: "analysing" })),
  });
  // A file set that gave nothing usable must not wipe out what is loaded: the page keeps it.
  // The overview's ECT rows are made here, once, in the order the page shows them first (most in
  // need of a look first): the picker's list and the overview's first rows are cut from them.
  tell?.(1, 1, { step: "analysing" });
  const tFlags = performance.now();
  const ectRows = ectRowsOf(prepared.tables).sort(byConcern);
  if (net.people.length > 0 || net.linkCount > 0 || !state.prepared) {
    state.files = { key: req.filesKey, files };
    state.prepared = prepared;
    state.overviewRows = { ects: ectRows };
  }
  const t2 = performance.now();
  const mapping = req.options?.mapping;
  return {
    ...loadedOf(
      prepared,
      ectRows,
      imported,
      problems,
      {
        import: t1 - t0,
        analyse: t2 - t1,
        index: tIndexed - t1,
        flags: tFlags - tIndexed,
        rows: t2 - tFlags,
      },
      sameSchoolQuestions(imported, req.options?.sameSchools ?? []),
    ),
    learned: mapping
      ? imported.files
          .flatMap((f) => (f.shape !== undefined && f.header !== undefined ? [mappingFor(f.header, mapping)] : []))
          .filter((r) => Object.keys(r.mapping).length > 0)
      : [],
  };
}

/** A synthetic network made in the worker, for trying Mosaic (and measuring it) at scale. */
export function demo(state: WorkerState, req: RequestOf<"demo">, progress: Progress | undefined): Loaded {
  const t0 = performance.now();
  // Generating took about as long as loading at 100,000 people: the first 40% of the bar.
  const tell = progress && throttled(progress);
  const g = generateNetwork(
    Math.max(10, Math.min(200_000, req.people)),
    req.seed,
    tell && within((d, t) => tell(d, t, { step: "generating" }), 0, 0.4),
  );
  const generate = performance.now() - t0;
  const files = [
    { name: "people.csv", text: g.people },
    { name: "links.csv", text: g.links },
  ];
  const loaded = loadInMemory(
    state,
    { kind: "load", files, settings: { as_of_date: "2025-03-14" }, today: req.today },
    progress && within(progress, 0.4, 1),
  );
  return { ...loaded, timings: { ...loaded.timings, generate } };
}
