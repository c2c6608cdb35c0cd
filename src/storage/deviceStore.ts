/**
 * "Remember on this device": the project in the browser's IndexedDB, written only when the user
 * has chosen to remember, and deleted by "delete everything from this device". Nothing leaves the
 * device. Errors (private browsing, a full disk) come back as messages; the work stays on screen.
 * Used by the page (the project record) and by the worker (the files, which can be tens of
 * megabytes: copying them into storage there keeps the page's main thread free).
 */

import type { InputFile, Project, PROJECT_VERSION } from "../core/index.ts";

const DB = "mosaic";
const STORE = "project";
const KEY = "current";

/**
 * A page opened from disk (mosaic.html), or its worker (started from a blob: URL of no origin).
 * Some browsers keep nothing for such pages; that is said plainly rather than as a DOM error.
 */
const fromDisk = () => location.protocol === "file:" || location.href.startsWith("blob:null/");

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const refuse = (e: unknown) =>
      reject(
        fromDisk()
          ? new Error("this browser doesn't let a page opened from a file store anything")
          : e instanceof Error
            ? e
            : new Error("This browser would not open its storage."),
      );
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => refuse(req.error);
    } catch (e) {
      // No IndexedDB at all, or one that refuses to open in this context.
      refuse(e);
    }
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("Saving on this device failed."));
      tx.onabort = () => reject(tx.error ?? new Error("Saving on this device was stopped (the device may be full)."));
    });
  } finally {
    db.close();
  }
}

/** What is stored: a project (see core's projectFile.ts), read back through `readProject`. */
export type StoredProject = Project & { readonly version: typeof PROJECT_VERSION; readonly savedAt: string };

const FILES = "files";

/** The project without its files (written after every change: a few kilobytes). */
export const saveRecord = (p: Omit<StoredProject, "files">) =>
  run("readwrite", (s) => s.put({ ...p, filesApart: true }, KEY));

/** The files, written when they change (an import, opening a backup). */
export const saveFiles = (files: readonly InputFile[]) => run("readwrite", (s) => s.put(files, FILES));

/** Whatever is stored, unchecked: `readProject` validates it and migrates older versions. */
export async function loadProject(): Promise<unknown> {
  const record = await run<unknown>("readonly", (s) => s.get(KEY) as IDBRequest<unknown>);
  if (!record || typeof record !== "object" || !(record as { filesApart?: unknown }).filesApart) return record;
  const files = await run<unknown>("readonly", (s) => s.get(FILES) as IDBRequest<unknown>);
  return { ...record, files };
}

export const deleteEverything = () => run("readwrite", (s) => s.clear());
