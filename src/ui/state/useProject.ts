/**
 * The user's project in the page: the files they brought, the changes made since, the settings
 * and the draft plan, with one undo/redo history over all of it (an import, an edit, a change of
 * settings, each one step). Every step is loaded in the worker; the files are read once and the
 * edits replayed over them. Remembering on this device is explicit and saves after each step.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type {
  ColumnMapping,
  Edit,
  History,
  ImportOptions,
  InputFile,
  Project,
  ProposedLink,
  RememberedMapping,
  SameAnswer,
  Settings,
} from "../../core/index.ts";
import { headerSignature } from "../../core/index.ts";
import { canRedo, canUndo, commit, historyOf, projectToJson, readProject, redo, undo } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { CancelledError } from "../../workers/analysisClient.ts";
import type { Loaded, Progress } from "../../workers/protocol.ts";
import type { LoadProgress } from "../progressWords.ts";
import { SAMPLE_FILES, SAMPLE_NAME, SAMPLE_SETTINGS } from "../sample.ts";
import { instrument } from "../instrument.ts";
import { useDeviceSave } from "./useDeviceSave.ts";

/** One step of the history: everything needed to load it again. */
export interface Sources {
  readonly files: readonly InputFile[];
  /** Changes when the files do (see the worker's import cache). */
  readonly filesKey: number;
  readonly settings?: unknown;
  readonly options?: ImportOptions | undefined;
  readonly label: string;
  readonly edits: readonly Edit[];
  /** What made this step, for the Undo and Redo buttons ("add Maya Patel"). */
  readonly step: string;
  /** The sample, untouched: nothing to remember or to warn about. */
  readonly isSample?: boolean;
}

let filesKeys = 0;
export const newFilesKey = () => ++filesKeys;

const SAMPLE: Sources = {
  files: SAMPLE_FILES,
  filesKey: newFilesKey(),
  settings: SAMPLE_SETTINGS,
  label: SAMPLE_NAME,
  edits: [],
  step: "open the sample",
  isSample: true,
};

export type ImportMode = "replace" | "merge";

const today = () => new Date().toISOString().slice(0, 10);

/** The step with column choices it taught kept in its options, for later imports (and backups). */
function remembering(h: History<Sources>, learned: readonly RememberedMapping[]): History<Sources> {
  if (learned.length === 0) return h;
  const keys = new Set(learned.map((r) => headerSignature(r.header)));
  const kept = (h.present.options?.remembered ?? []).filter((r) => !keys.has(headerSignature(r.header)));
  return { ...h, present: { ...h.present, options: { ...h.present.options, remembered: [...kept, ...learned] } } };
}

export function projectOf(s: Sources, plan: readonly ProposedLink[]): Project {
  return { label: s.label, files: s.files, options: s.options, settings: s.settings, edits: s.edits, plan };
}

function sourcesOf(p: Project, step: string): Sources {
  return {
    files: p.files,
    filesKey: newFilesKey(),
    settings: p.settings,
    options: p.options,
    label: p.label,
    edits: p.edits,
    step,
  };
}

interface Options {
  readonly client: AnalysisClient;
  readonly demo?: number | undefined;
  /** After the first load (the URL can be read once the data says which keys exist). */
  readonly onFirstLoad: (l: Loaded) => void;
  /**
   * After new data replaced what was there (not after an edit): views that point into it reset.
   * `brought`: the user brought it (an import, a backup), not the sample coming back.
   */
  readonly onNewData: (l: Loaded, brought: boolean) => void;
}

export function useProject({ client, demo, onFirstLoad, onNewData }: Options) {
  const [history, setHistory] = useState<History<Sources>>(() => historyOf(SAMPLE));
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [report, setReport] = useState<Loaded | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [storageError, setStorageError] = useState<string | undefined>();
  const device = useDeviceSave({
    storeFiles: useCallback((filesKey: number) => client.request({ kind: "storeFiles", filesKey }), [client]),
  });
  const { remember, saved, readOnly, persist } = device;
  const readOnlyRef = useRef(readOnly);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);
  const [plan, setPlan] = useState<readonly ProposedLink[]>([]);
  const planRef = useRef(plan);
  useEffect(() => {
    planRef.current = plan;
  }, [plan]);
  const [notice, setNotice] = useState<string | undefined>();
  /** In a read-only tab (another tab writes the project) changes are refused, and said to be. */
  const refused = useCallback(() => {
    if (!readOnlyRef.current) return false;
    setNotice("Changes are turned off in this tab: the project is open in another tab.");
    return true;
  }, []);
  /**
   * How far a load has got and what it is doing, from the first moment: the start-up load (a demo
   * is generated first) and every load after it.
   */
  const [progress, setProgress] = useState<LoadProgress | undefined>(() => ({
    fraction: 0,
    stage: demo ? { step: "generating" } : undefined,
  }));
  /** New data is on its way (the start-up load, an import, a backup): the page shows its progress bar. */
  const [opening, setOpening] = useState(true);
  const sources = history.present;
  const shown = useRef(history);
  useEffect(() => {
    shown.current = history;
  }, [history]);
  const callbacks = useRef({ onFirstLoad, onNewData });
  useEffect(() => {
    callbacks.current = { onFirstLoad, onNewData };
  });

  const request = useCallback(
    (s: Sources, onProgress?: Progress) =>
      client.request(
        {
          kind: "load",
          files: s.files,
          filesKey: s.filesKey,
          settings: s.settings,
          options: s.options,
          edits: s.edits,
          today: today(),
        },
        onProgress,
      ),
    [client],
  );

  /**
   * Loads a history step. `how`: "commit" makes it a new step (an import that yields nothing is
   * not one: what is loaded stays), "move" shows an existing step (undo, redo).
   */
  const go = useCallback(
    async (next: History<Sources>, how: "commit" | "move", fresh: boolean, showReport = fresh) => {
      // An edit is handed to the store the moment it is made, before the worker has drawn it.
      if (how === "move") persist(next.present, planRef.current, false);
      setBusy(true);
      setOpening(fresh);
      const first = next.present.files[0]?.name;
      setProgress({ fraction: 0, stage: first ? { step: "reading", file: first } : undefined });
      try {
        const l = await request(next.present, (done, total, stage) => {
          // How often progress reaches the page is timed by these.
          instrument({ name: "progress" });
          setProgress({ fraction: total > 0 ? done / total : 1, stage });
        });
        instrument({ name: "load-done", timings: l.timings });
        if (showReport) setReport(l);
        else if (fresh) setReport(undefined);
        if (how === "commit" && l.summary.people === 0 && l.summary.links === 0) return;
        setLoaded(l);
        setHistory(remembering(next, l.learned ?? []));
        if (fresh) callbacks.current.onNewData(l, how === "commit");
      } catch (e) {
        if (!(e instanceof CancelledError)) {
          setError((e as Error).message);
          return;
        }
        // A new worker knows nothing: load again what was shown before.
        setNotice("Stopped. What was loaded before is still here.");
        setLoaded(await request(shown.current.present));
      } finally {
        setBusy(false);
        setOpening(false);
        setProgress(undefined);
      }
    },
    [request, persist],
  );

  const importFiles = useCallback(
    (files: InputFile[], mode: ImportMode, mapping?: ColumnMapping) => {
      if (refused()) return;
      const names = files.map((f) => f.name).join(", ");
      // Column choices and "Same person?" answers carry over: they are about these kinds of file and these people.
      const { remembered, samePeople } = sources.options ?? {};
      const options: ImportOptions | undefined =
        mapping || remembered || samePeople
          ? {
              ...(mapping ? { mapping } : {}),
              ...(remembered ? { remembered } : {}),
              ...(samePeople ? { samePeople } : {}),
            }
          : undefined;
      const next: Sources =
        mode === "merge"
          ? {
              ...sources,
              files: [...sources.files, ...files],
              filesKey: newFilesKey(),
              options: options ?? sources.options,
              label: `${sources.label} + ${names}`,
              step: `import ${names}`,
              isSample: false,
            }
          : {
              files,
              filesKey: newFilesKey(),
              options,
              label: `Your data: ${names}`,
              edits: [],
              step: `import ${names}`,
            };
      void go(commit(history, next), "commit", true);
    },
    [go, history, sources, refused],
  );

  /** The lead's answers to "Same person?", kept with the project: the files are read again with them, as one step. */
  const answerSamePeople = useCallback(
    (answers: readonly SameAnswer[]) => {
      if (refused()) return Promise.resolve();
      const key = (a: SameAnswer) => [a.keep, a.other].sort().join("\u0000");
      const replaced = new Set(answers.map(key));
      const kept = (sources.options?.samePeople ?? []).filter((a) => !replaced.has(key(a)));
      const options: ImportOptions = { ...sources.options, samePeople: [...kept, ...answers] };
      const step = `answer "Same person?" (${answers.length})`;
      return go(commit(history, { ...sources, options, step, isSample: false }), "move", false, true);
    },
    [go, history, sources, refused],
  );

  /** One change to people or links, as one undoable step. */
  const edit = useCallback(
    (e: Edit, step: string) =>
      refused()
        ? Promise.resolve()
        : go(commit(history, { ...sources, edits: [...sources.edits, e], step, isSample: false }), "move", false),
    [go, history, sources, refused],
  );

  /** Several changes as one step (adding a person and their link together). */
  const editAll = useCallback(
    (es: readonly Edit[], step: string) =>
      refused()
        ? Promise.resolve()
        : go(commit(history, { ...sources, edits: [...sources.edits, ...es], step, isSample: false }), "move", false),
    [go, history, sources, refused],
  );

  const applySettings = useCallback(
    (s: Settings) =>
      refused()
        ? Promise.resolve()
        : go(commit(history, { ...sources, settings: s, step: "change the settings", isSample: false }), "move", false),
    [go, history, sources, refused],
  );

  /** A fresh, empty project for an ECT mapping their own support, starting with themselves. */
  const startEmpty = useCallback(
    (first: readonly Edit[], label: string) =>
      refused()
        ? Promise.resolve()
        : go(
            commit(history, { files: [], filesKey: newFilesKey(), label, edits: first, step: "start my own map" }),
            "move",
            true,
            false,
          ),
    [go, history, refused],
  );

  const openProject = useCallback(
    (p: Project) => {
      if (refused()) return Promise.resolve();
      setPlan(p.plan);
      return go(commit(history, sourcesOf(p, `open ${p.label}`)), "commit", true);
    },
    [go, history, refused],
  );

  const undoStep = useCallback(() => {
    if (!canUndo(history) || refused()) return;
    const step = history.present.step;
    void go(undo(history), "move", false).then(() => setNotice(`Undone: ${step}.`));
  }, [go, history, refused]);
  const redoStep = useCallback(() => {
    if (!canRedo(history) || refused()) return;
    const step = history.future[0]!.step;
    void go(redo(history), "move", false).then(() => setNotice(`Done again: ${step}.`));
  }, [go, history, refused]);

  // Remembering is explicit: each step is saved only while "Remember on this device" is ticked
  // (an edit already was, as it was made; this saves imports, once the worker has read the files).
  useEffect(() => {
    persist(sources, plan, true);
  }, [persist, remember, sources, plan]);

  // Work that is not remembered is lost on leaving: the browser asks first.
  useEffect(() => {
    if (remember || (sources.isSample && plan.length === 0)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [remember, sources, plan]);

  const { forget, reopen, adoptStored, takeOverHere } = device;
  const forgetDevice = useCallback(async () => {
    await forget();
    setPlan([]);
    setReport(undefined);
    await go(historyOf(SAMPLE), "move", true);
  }, [go, forget]);

  const backupJson = useCallback(
    () => projectToJson(projectOf(sources, plan), new Date().toISOString()),
    [sources, plan],
  );

  /** Shows what was remembered (read by core's readProject): the steps start again from it. */
  const takeUp = useCallback(
    async (stored: unknown): Promise<Sources | undefined> => {
      const reading = stored ? readProject(stored) : undefined;
      if (!reading?.ok) return undefined;
      const remembered = sourcesOf(reading.project, "reopen what was remembered");
      setHistory(historyOf(remembered));
      // What is stored already holds these files: saving after an edit need not write them again.
      adoptStored(remembered.files);
      setPlan(reading.project.plan);
      if (reading.problems.length > 0) setStorageError(reading.problems.join(" "));
      return remembered;
    },
    [adoptStored],
  );

  // Start-up loads one data set: the demo, what the user remembered on this device, or the sample.
  useEffect(() => {
    const onProgress: Progress = (done, total, stage) => {
      instrument({ name: "progress" });
      setProgress({ fraction: total > 0 ? done / total : 1, stage });
    };
    const start = async (): Promise<Loaded> => {
      if (demo) return client.request({ kind: "demo", people: demo, seed: 42, today: today() }, onProgress);
      const remembered = await takeUp(await reopen().catch(() => undefined));
      return request(remembered ?? SAMPLE, onProgress);
    };
    start()
      .then((l) => {
        setLoaded(l);
        callbacks.current.onFirstLoad(l);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => {
        setOpening(false);
        setProgress(undefined);
      });
  }, [client, demo, request, reopen, takeUp]);

  /** "Use it here": this tab takes the project over from the other, as that tab left it. */
  const takeOver = useCallback(async () => {
    const remembered = await takeUp(await takeOverHere().catch(() => undefined));
    if (remembered) await go(historyOf(remembered), "move", true, false);
  }, [go, takeUp, takeOverHere]);

  return {
    loaded,
    report,
    busy,
    error,
    sources,
    remember,
    setRemember: (on: boolean) => void device.setRemember(on, sources, plan),
    saved,
    storageError,
    /** Storage notices: another tab, a failed save, a change lost on closing (see StorageNotice). */
    device,
    readOnly,
    takeOver,
    plan,
    setPlan,
    notice,
    progress,
    opening,
    cancel: () => client.cancel(),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undoLabel: canUndo(history) ? history.present.step : undefined,
    redoLabel: canRedo(history) ? history.future[0]!.step : undefined,
    importFiles,
    answerSamePeople,
    edit,
    editAll,
    applySettings,
    startEmpty,
    openProject,
    undo: undoStep,
    redo: redoStep,
    forgetDevice,
    backupJson,
    /** Steps since the last import or opening (the import report's "undo this import"). */
    lastStepIsImport: history.present.step.startsWith("import "),
  };
}
