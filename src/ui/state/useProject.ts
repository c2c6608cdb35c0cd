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
import {
  canRedo,
  canUndo,
  commit,
  historyOf,
  PROJECT_VERSION,
  projectToJson,
  readProject,
  redo,
  undo,
} from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { CancelledError } from "../../workers/analysisClient.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { SAMPLE_FILES, SAMPLE_NAME, SAMPLE_SETTINGS } from "../sample.ts";
import { deleteEverything, loadProject, saveRecord } from "../../storage/deviceStore.ts";
import { instrument } from "../instrument.ts";

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
  const [remember, setRemember] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const [storageError, setStorageError] = useState<string | undefined>();
  const [plan, setPlan] = useState<readonly ProposedLink[]>([]);
  const [notice, setNotice] = useState<string | undefined>();
  /** How far the file reading has got (0 to 1), while a load reads files. */
  const [progress, setProgress] = useState<number | undefined>();
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
    (s: Sources, onProgress?: (done: number, total: number) => void) =>
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
      setBusy(true);
      try {
        const l = await request(next.present, (done, total) => {
          // How often progress reaches the page is timed by these.
          instrument({ name: "progress" });
          setProgress(total > 0 ? done / total : 1);
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
        setProgress(undefined);
      }
    },
    [request],
  );

  const importFiles = useCallback(
    (files: InputFile[], mode: ImportMode, mapping?: ColumnMapping) => {
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
    [go, history, sources],
  );

  /** The lead's answers to "Same person?", kept with the project: the files are read again with them, as one step. */
  const answerSamePeople = useCallback(
    (answers: readonly SameAnswer[]) => {
      const key = (a: SameAnswer) => [a.keep, a.other].sort().join("\u0000");
      const replaced = new Set(answers.map(key));
      const kept = (sources.options?.samePeople ?? []).filter((a) => !replaced.has(key(a)));
      const options: ImportOptions = { ...sources.options, samePeople: [...kept, ...answers] };
      const step = `answer "Same person?" (${answers.length})`;
      return go(commit(history, { ...sources, options, step, isSample: false }), "move", false, true);
    },
    [go, history, sources],
  );

  /** One change to people or links, as one undoable step. */
  const edit = useCallback(
    (e: Edit, step: string) =>
      go(commit(history, { ...sources, edits: [...sources.edits, e], step, isSample: false }), "move", false),
    [go, history, sources],
  );

  /** Several changes as one step (adding a person and their link together). */
  const editAll = useCallback(
    (es: readonly Edit[], step: string) =>
      go(commit(history, { ...sources, edits: [...sources.edits, ...es], step, isSample: false }), "move", false),
    [go, history, sources],
  );

  const applySettings = useCallback(
    (s: Settings) =>
      go(commit(history, { ...sources, settings: s, step: "change the settings", isSample: false }), "move", false),
    [go, history, sources],
  );

  /** A fresh, empty project for an ECT mapping their own support, starting with themselves. */
  const startEmpty = useCallback(
    (first: readonly Edit[], label: string) =>
      go(
        commit(history, { files: [], filesKey: newFilesKey(), label, edits: first, step: "start my own map" }),
        "move",
        true,
        false,
      ),
    [go, history],
  );

  const openProject = useCallback(
    (p: Project) => {
      setPlan(p.plan);
      return go(commit(history, sourcesOf(p, `open ${p.label}`)), "commit", true);
    },
    [go, history],
  );

  const undoStep = useCallback(() => {
    if (!canUndo(history)) return;
    const step = history.present.step;
    void go(undo(history), "move", false).then(() => setNotice(`Undone: ${step}.`));
  }, [go, history]);
  const redoStep = useCallback(() => {
    if (!canRedo(history)) return;
    const step = history.future[0]!.step;
    void go(redo(history), "move", false).then(() => setNotice(`Done again: ${step}.`));
  }, [go, history]);

  // Remembering is explicit: each step is saved only while "Remember on this device" is ticked.
  // The files are written again only when they changed (an import), not after every edit.
  const savedFiles = useRef<readonly InputFile[] | undefined>(undefined);
  useEffect(() => {
    if (!remember) savedFiles.current = undefined;
    if (!remember || sources.isSample) return;
    const savedAt = new Date().toISOString();
    const withFiles = savedFiles.current !== sources.files;
    savedFiles.current = sources.files;
    instrument({ name: "save-start" });
    const { label, options, settings, edits } = sources;
    // The worker holds the files it last read (these) and stores them off the main thread.
    (withFiles ? client.request({ kind: "storeFiles", filesKey: sources.filesKey }) : Promise.resolve(true))
      .then((stored) => {
        if (!stored) throw new Error("the files were not at hand to store");
        return saveRecord({ version: PROJECT_VERSION, savedAt, label, options, settings, edits, plan });
      })
      .then(() => {
        instrument({ name: "saved" });
        setSaved(savedAt);
        setStorageError(undefined);
      })
      .catch((e: Error) => {
        savedFiles.current = undefined;
        setStorageError(
          `Couldn't save on this device (${e.message}). Your work is still here; download a backup to keep a copy.`,
        );
      });
  }, [client, remember, sources, plan]);

  // Work that is not remembered is lost on leaving: the browser asks first.
  useEffect(() => {
    if (remember || (sources.isSample && plan.length === 0)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [remember, sources, plan]);

  const forgetDevice = useCallback(async () => {
    await deleteEverything().catch(() => undefined);
    setPlan([]);
    setRemember(false);
    setSaved(undefined);
    setReport(undefined);
    await go(historyOf(SAMPLE), "move", true);
  }, [go]);

  const backupJson = useCallback(
    () => projectToJson(projectOf(sources, plan), new Date().toISOString()),
    [sources, plan],
  );

  // Start-up loads one data set: the demo, what the user remembered on this device, or the sample.
  useEffect(() => {
    const start = async (): Promise<Loaded> => {
      if (demo) return client.request({ kind: "demo", people: demo, seed: 42, today: today() });
      const stored = await loadProject().catch(() => undefined);
      const reading = stored ? readProject(stored) : undefined;
      if (!reading?.ok) return request(SAMPLE);
      const remembered = sourcesOf(reading.project, "reopen what was remembered");
      setRemember(true);
      setSaved(reading.project.savedAt);
      setHistory(historyOf(remembered));
      // What is stored already holds these files: saving after an edit need not write them again.
      savedFiles.current = remembered.files;
      setPlan(reading.project.plan);
      if (reading.problems.length > 0) setStorageError(reading.problems.join(" "));
      return request(remembered);
    };
    start()
      .then((l) => {
        setLoaded(l);
        callbacks.current.onFirstLoad(l);
      })
      .catch((e: Error) => setError(e.message));
  }, [client, demo, request]);

  return {
    loaded,
    report,
    busy,
    error,
    sources,
    remember,
    setRemember,
    saved,
    storageError,
    plan,
    setPlan,
    notice,
    progress,
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
