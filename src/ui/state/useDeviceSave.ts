/**
 * "Remember on this device", on the page's side: saves each step of the project as it happens
 * (see storage/editLogSaver.ts), keeps one writer per project across tabs (storage/tabLock.ts),
 * and says plainly when storage fails. Nothing is stored, and no database opened, until Remember
 * is ticked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Edit, ProposedLink } from "../../core/index.ts";
import type { ProjectRest } from "../../storage/deviceStore.ts";
import {
  asStoredProject,
  deleteEverything,
  deviceLog,
  mayHaveStoredProject,
  openDeviceStore,
  pendingMark,
  saveFiles,
} from "../../storage/deviceStore.ts";
import type { Snapshot } from "../../storage/editLog.ts";
import { EditLogSaver } from "../../storage/editLogSaver.ts";
import { storageProblem } from "../../storage/storageProblem.ts";
import { projectLock } from "../../storage/tabLock.ts";
import type { SentFile } from "../../workers/sentFile.ts";
import { instrument } from "../instrument.ts";

/** What a step needs to be remembered (useProject's Sources has these and more). */
export interface Rememberable {
  /** Only compared and counted here: the worker stores the files it read. */
  readonly files: readonly SentFile[];
  readonly filesKey: number;
  readonly label: string;
  readonly printed: string;
  readonly options?: ProjectRest["options"];
  readonly settings?: unknown;
  readonly edits: readonly Edit[];
  readonly isSample?: boolean;
}

/** Why this tab does not write: another tab had the project first, or took it over. */
export type ReadOnly = "elsewhere" | "taken";

export type StorageProblem =
  | { readonly kind: "cannotRemember"; readonly reason: string }
  | { readonly kind: "saveFailed"; readonly reason: string }
  | { readonly kind: "deleteBlocked" };

interface Options {
  /** Stores the files the worker read for this key (false when it no longer holds them). */
  readonly storeFiles: (filesKey: number) => Promise<boolean>;
}

const snapshotOf = (s: Rememberable, plan: readonly ProposedLink[]): Snapshot<Edit, ProjectRest> => ({
  edits: s.edits,
  rest: { label: s.label, printed: s.printed, options: s.options, settings: s.settings, plan },
});

export function useDeviceSave({ storeFiles }: Options) {
  const [remember, setRememberShown] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const [readOnly, setReadOnly] = useState<ReadOnly | undefined>();
  const [problem, setProblem] = useState<StorageProblem | undefined>();
  const [lostOnClose, setLostOnClose] = useState(false);

  const saver = useMemo(() => new EditLogSaver(deviceLog, pendingMark), []);
  const lock = useMemo(() => projectLock(() => setReadOnly("taken")), []);
  const remembering = useRef(false);
  /** The files the stored base holds (by identity): an edit need not write them again. */
  const storedFiles = useRef<readonly SentFile[] | undefined>(undefined);
  /** Saves that must wait for the files to be stored first, in order. */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const latest = useRef<{ s: Rememberable; plan: readonly ProposedLink[] } | undefined>(undefined);

  const track = useCallback(
    (write: Promise<boolean>, savedAt: string, first: boolean) =>
      write.then(
        (wrote) => {
          if (!wrote) return;
          instrument({ name: "saved" });
          setSaved(savedAt);
          setProblem((p) => (p?.kind === "saveFailed" ? undefined : p));
        },
        (e: unknown) => {
          // The next step stores the files again (the base that failed may have been the one taking them).
          storedFiles.current = undefined;
          const reason = storageProblem(e);
          if (!first) {
            setProblem({ kind: "saveFailed", reason });
            return;
          }
          // Remembering never started: leave nothing behind, and keep working in memory.
          remembering.current = false;
          setRememberShown(false);
          setProblem({ kind: "cannotRemember", reason });
          void deleteEverything().catch(() => undefined);
        },
      ),
    [],
  );

  /**
   * Saves the step. `loaded`: the worker has read its files (so it can store them); before that
   * (an edit, saved the moment it is made) only steps with the same files are saved.
   */
  const persist = useCallback(
    (s: Rememberable, plan: readonly ProposedLink[], loaded: boolean) => {
      if (!remembering.current || !lock.held() || s.isSample) return;
      latest.current = { s, plan };
      const sameFiles = storedFiles.current === s.files;
      if (!sameFiles && !loaded) return;
      instrument({ name: "save-start" });
      if (sameFiles && waiting.current === 0) {
        // The common case, an edit: handed to the store now, before anything else runs.
        const savedAt = new Date().toISOString();
        void track(saver.save(snapshotOf(s, plan), savedAt), savedAt, false);
        return;
      }
      saver.markPending();
      waiting.current++;
      queue.current = queue.current.then(async () => {
        const now = latest.current;
        if (!now || !remembering.current || !lock.held()) return;
        const first = storedFiles.current === undefined && saved === undefined;
        const savedAt = new Date().toISOString();
        const newFiles = storedFiles.current !== now.s.files;
        try {
          if (newFiles) {
            // The worker holds the files it last read and stores them off the main thread.
            if (now.s.files.length === 0) await saveFiles([]);
            else if (!(await storeFiles(now.s.filesKey))) throw new Error("the files were not at hand to store");
            storedFiles.current = now.s.files;
          }
          await track(saver.save(snapshotOf(now.s, now.plan), savedAt, newFiles), savedAt, first);
        } catch (e) {
          await track(Promise.reject(e instanceof Error ? e : new Error(String(e))), savedAt, first);
        } finally {
          waiting.current--;
        }
      });
    },
    [saver, storeFiles, track, saved, lock],
  );

  /** Reads what is remembered, if anything, taking the lock if no other tab has it. */
  const reopen = useCallback(async (): Promise<unknown> => {
    if (!(await mayHaveStoredProject())) return undefined;
    const mine = await lock.claim();
    setReadOnly(mine ? undefined : "elsewhere");
    const { stored, lost } = await saver.open(mine);
    if (lost) setLostOnClose(true);
    if (!stored) return undefined;
    const files = await deviceLog.readFiles();
    remembering.current = true;
    setRememberShown(true);
    setSaved(stored.savedAt);
    return asStoredProject(stored.snapshot, stored.savedAt, files);
  }, [lock, saver]);

  /** The reopened project, as the page holds it: what the store already has (nothing to write again). */
  const adoptStored = useCallback(
    (s: Rememberable, plan: readonly ProposedLink[], unchanged: boolean) => {
      storedFiles.current = s.files;
      if (unchanged) saver.adopt(snapshotOf(s, plan));
    },
    [saver],
  );

  /** "Use it here": takes the project over from the other tab, and reads it again as that tab left it. */
  const takeOverHere = useCallback(async (): Promise<unknown> => {
    await lock.steal();
    setReadOnly(undefined);
    return reopen();
  }, [lock, reopen]);

  const setRemember = useCallback(
    async (on: boolean, s: Rememberable, plan: readonly ProposedLink[]) => {
      if (!on) {
        remembering.current = false;
        setRememberShown(false);
        return;
      }
      // Ticked at once (the box follows the hand); unticked again if the browser refuses.
      setRememberShown(true);
      try {
        await openDeviceStore();
      } catch (e) {
        setRememberShown(false);
        setProblem({ kind: "cannotRemember", reason: storageProblem(e) });
        return;
      }
      if (!(await lock.claim())) {
        setRememberShown(false);
        setProblem({
          kind: "cannotRemember",
          reason: "another tab is already remembering a project on this device, and only one can be remembered",
        });
        return;
      }
      remembering.current = true;
      storedFiles.current = undefined;
      setProblem(undefined);
      setRememberShown(true);
      persist(s, plan, true);
    },
    [lock, persist],
  );

  /** Removes the database itself, and stops remembering. */
  const forget = useCallback(async () => {
    remembering.current = false;
    storedFiles.current = undefined;
    saver.reset();
    const outcome = await deleteEverything().catch(() => "deleted" as const);
    lock.release();
    setRememberShown(false);
    setSaved(undefined);
    setReadOnly(undefined);
    setLostOnClose(false);
    setProblem(outcome === "blocked" ? { kind: "deleteBlocked" } : undefined);
  }, [lock, saver]);

  // Closing or hiding the page hands over anything not yet handed over (a change whose save had not started).
  useEffect(() => {
    const flush = () => {
      const now = latest.current;
      if (now) persist(now.s, now.plan, false);
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [persist]);

  return {
    remember,
    saved,
    readOnly,
    problem,
    lostOnClose,
    dismissLost: () => setLostOnClose(false),
    dismissProblem: () => setProblem(undefined),
    persist,
    reopen,
    adoptStored,
    takeOverHere,
    setRemember,
    forget,
  };
}
