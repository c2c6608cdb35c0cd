/**
 * The user's project in the page: the files they brought, the changes made since, the settings
 * and the draft plan, with one undo/redo history over all of it (an import, an edit, a change of
 * settings, each one step). Every step is loaded in the worker; the files are read once and the
 * edits replayed over them. Remembering on this device is explicit and saves after each step.
 */
import { useCallback, useEffect, useState } from "react";
import type {
  ColumnMapping,
  Edit,
  History,
  Project,
  ProposedLink,
  SameAnswer,
  SameSchoolAnswer,
  Settings,
} from "../../core/index.ts";
import { canUndo, commit, historyOf, projectToJson, readProject, redo, undo } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { CancelledError } from "../../workers/analysisClient.ts";
import type { Loaded, Progress } from "../../workers/protocol.ts";
import type { SentFile } from "../../workers/sentFile.ts";
import { instrument } from "../instrument.ts";
import type { ImportMode, Sources } from "./sources.ts";
import {
  answeredSchoolsSources,
  answeredSources,
  historyLabels,
  stepsBackToImport,
  importedSources,
  loadRequest,
  newFilesKey,
  projectOf,
  remembering,
  SAMPLE,
  sourcesOf,
  today,
} from "./sources.ts";
import { useDeviceSave } from "./useDeviceSave.ts";
import { useLatest } from "./useLatest.ts";
import { useLoadProgress } from "./useLoadProgress.ts";
import { useLeaveWarning } from "./useLeaveWarning.ts";

interface Options {
  readonly client: AnalysisClient;
  readonly demo?: number | undefined;
  /** After the first load (the URL can be read once the data says which keys exist). */
  readonly onFirstLoad: (l: Loaded) => void;
  /** After new data replaced what was there (not an edit): views reset. `brought`: an import or backup. */
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
  const readOnlyRef = useLatest(readOnly);
  const [plan, setPlan] = useState<readonly ProposedLink[]>([]);
  const planRef = useLatest(plan);
  const [notice, setNotice] = useState<string | undefined>();
  /** In a read-only tab (another tab writes the project) changes are refused, and said to be. */
  const refused = useCallback(() => {
    if (!readOnlyRef.current) return false;
    setNotice("Changes are turned off in this tab: the project is open in another tab.");
    return true;
  }, [readOnlyRef]);
  const load = useLoadProgress(demo);
  const { begin, report: onProgress, end } = load;
  const sources = history.present;
  const shown = useLatest(history);
  const callbacks = useLatest({ onFirstLoad, onNewData });

  const request = useCallback(
    (s: Sources, onProgress?: Progress) => client.request(loadRequest(s), onProgress),
    [client],
  );

  /**
   * Loads a history step. `how`: "commit" makes it a new step (an import that yields nothing is
   * not one: what is loaded stays), "move" shows an existing step (undo, redo). Resolves to what
   * was loaded, undefined when nothing was (so a caller can say what changed).
   */
  const go = useCallback(
    async (
      next: History<Sources>,
      how: "commit" | "move",
      fresh: boolean,
      showReport = fresh,
    ): Promise<Loaded | undefined> => {
      // An edit is handed to the store the moment it is made, before the worker has drawn it.
      if (how === "move") persist(next.present, planRef.current, false);
      setBusy(true);
      begin(fresh, next.present.files[0]?.name);
      try {
        const l = await request(next.present, onProgress);
        instrument({ name: "load-done", timings: l.timings });
        if (showReport) setReport(l);
        else if (fresh) setReport(undefined);
        if (how === "commit" && l.summary.people === 0 && l.summary.links === 0) return undefined;
        setLoaded(l);
        setHistory(remembering(next, l.learned ?? []));
        if (fresh) callbacks.current.onNewData(l, how === "commit");
        return l;
      } catch (e) {
        if (!(e instanceof CancelledError)) {
          setError(e instanceof Error ? e.message : String(e));
          return undefined;
        }
        // A new worker knows nothing: load again what was shown before.
        setNotice("Stopped. What was loaded before is still here.");
        setLoaded(await request(shown.current.present));
        return undefined;
      } finally {
        setBusy(false);
        end();
      }
    },
    [request, persist, planRef, shown, callbacks, begin, onProgress, end],
  );

  const importFiles = useCallback(
    (files: readonly SentFile[], mode: ImportMode, mapping?: ColumnMapping) => {
      if (refused()) return;
      const next = importedSources(sources, files, mode, mapping);
      void go(commit(history, next), "commit", true);
    },
    [go, history, sources, refused],
  );

  /** The lead's answers to "Same person?", kept with the project: the files are read again with them, as one step. */
  const answerSamePeople = useCallback(
    (answers: readonly SameAnswer[]) => {
      if (refused()) return Promise.resolve();
      return go(commit(history, answeredSources(sources, answers)), "move", false, true);
    },
    [go, history, sources, refused],
  );

  /**
   * The lead's answers to "Same school?", kept with the project as one step: applied after the
   * import, so no file is read again (the worker keeps the import).
   */
  const answerSameSchools = useCallback(
    (answers: readonly SameSchoolAnswer[]) => {
      if (refused()) return Promise.resolve();
      return go(commit(history, answeredSchoolsSources(sources, answers)), "move", false, true);
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

  /**
   * Several changes as one step (adding a person and their link together). False, with nothing
   * changed, when refused (a read-only tab), so the form that asked can say so; `then` runs once
   * the step is loaded.
   */
  const editAll = useCallback(
    (es: readonly Edit[], step: string, then?: () => void): boolean => {
      if (refused()) return false;
      void go(
        commit(history, { ...sources, edits: [...sources.edits, ...es], step, isSample: false }),
        "move",
        false,
      ).then(then);
      return true;
    },
    [go, history, sources, refused],
  );

  /** Resolves to what the new settings gave (undefined when refused or failed), for the form to say what changed. */
  const applySettings = useCallback(
    (s: Settings): Promise<Loaded | undefined> =>
      refused()
        ? Promise.resolve(undefined)
        : go(commit(history, { ...sources, settings: s, step: "change the settings", isSample: false }), "move", false),
    [go, history, sources, refused],
  );

  /** A fresh, empty project for an ECT mapping their own support, starting with themselves. */
  const startEmpty = useCallback(
    (first: readonly Edit[], label: string) =>
      refused()
        ? Promise.resolve()
        : go(
            commit(history, {
              files: [],
              filesKey: newFilesKey(),
              label,
              printed: label,
              edits: first,
              step: "start my own map",
            }),
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
  /** "Undo this import": the import and any answers to its "Same person?" questions, as one move back. */
  const undoImport = useCallback(() => {
    if (!canUndo(history) || refused()) return;
    let back = history;
    for (let n = stepsBackToImport(history); n > 0 && canUndo(back); n--) back = undo(back);
    const step = back.future[0]?.step ?? history.present.step;
    void go(back, "move", false).then(() => setNotice(`Undone: ${step}.`));
  }, [go, history, refused]);
  const redoStep = useCallback(() => {
    const step = history.future[0]?.step;
    if (step === undefined || refused()) return;
    void go(redo(history), "move", false).then(() => setNotice(`Done again: ${step}.`));
  }, [go, history, refused]);

  // Remembering is explicit: each step is saved only while "Remember on this device" is ticked
  // (an edit already was, as it was made; this saves imports, once the worker has read the files).
  useEffect(() => {
    persist(sources, plan, true);
  }, [persist, remember, sources, plan]);

  // Work that is not remembered is lost on leaving: the browser asks first.
  useLeaveWarning(!remember && !(sources.isSample && plan.length === 0));

  const { forget, reopen, adoptStored, takeOverHere } = device;
  const forgetDevice = useCallback(async () => {
    await forget();
    setPlan([]);
    setReport(undefined);
    await go(historyOf(SAMPLE), "move", true);
  }, [go, forget]);

  const backupJson = useCallback(
    async () => projectToJson(await projectOf(sources, plan), new Date().toISOString()),
    [sources, plan],
  );

  /** Shows what was remembered (read by core's readProject): the steps start again from it. */
  const takeUp = useCallback(
    async (stored: unknown): Promise<Sources | undefined> => {
      const reading = stored ? readProject(stored) : undefined;
      if (!reading?.ok) return undefined;
      const remembered = sourcesOf(reading.project, "reopen what was remembered");
      setHistory(historyOf(remembered));
      // What is stored already holds this: saving after an edit need not write it again. Read with
      // problems (parts left out), the next save writes it whole, as read.
      adoptStored(remembered, reading.project.plan, reading.problems.length === 0);
      setPlan(reading.project.plan);
      if (reading.problems.length > 0) setStorageError(reading.problems.join(" "));
      return remembered;
    },
    [adoptStored],
  );

  // Start-up loads one data set: the demo, what the user remembered on this device, or the sample.
  useEffect(() => {
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
      .finally(end);
  }, [client, demo, request, reopen, takeUp, callbacks, onProgress, end]);

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
    progress: load.progress,
    opening: load.opening,
    cancel: () => client.cancel(),
    ...historyLabels(history),
    importFiles,
    answerSamePeople,
    answerSameSchools,
    edit,
    editAll,
    applySettings,
    startEmpty,
    openProject,
    undo: undoStep,
    undoImport,
    redo: redoStep,
    forgetDevice,
    backupJson,
  };
}
