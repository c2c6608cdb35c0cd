/**
 * "Remember on this device": the project in the browser's IndexedDB, only once the user has
 * chosen to remember (no database exists before that), and removed whole by "delete everything
 * from this device". Nothing leaves the device.
 *
 * Layout (database `mosaic`, version 2): store `project` holds the base record under "current",
 * the files under "files:<id>" and the id of the files stored last under "files-latest"; store
 * `log` holds the edit log's entries by number (see editLog.ts). The files are written by the
 * worker (they can be tens of megabytes: copying them there keeps the page's main thread free),
 * each time under a new id, and a base takes them over only once it is written: so a page closed
 * between the two still reopens with files and record that belong together.
 */
import type { Edit, ImportOptions, InputFile, ProposedLink } from "../core/index.ts";
import { PROJECT_VERSION } from "../core/index.ts";
import type { Base, LogEntry } from "./editLog.ts";
import type { LogBackend, PendingMark, StoredLog } from "./editLogSaver.ts";
import { rememberedWording } from "./wording.ts";

export const DB_NAME = "mosaic";
const VERSION = 2;
const PROJECT = "project";
const LOG = "log";
const CURRENT = "current";
const LATEST = "files-latest";
const FILES_PREFIX = "files:";
/** Where version 1 kept the files. */
const OLD_FILES = "files";
/** Set when Remember is ticked, for browsers that cannot list their databases. */
const REMEMBERED_FLAG = "mosaic:remembered";
const PENDING_MARK = "mosaic:pending";

/** The parts of the remembered project besides its edits and files. */
export interface ProjectRest {
  readonly label: string;
  readonly printed?: string | undefined;
  readonly options?: ImportOptions | undefined;
  readonly settings?: unknown;
  readonly plan: readonly ProposedLink[];
}

/**
 * A page opened from disk (mosaic.html), or its worker (started from a blob: URL of no origin).
 * Some browsers keep nothing for such pages; that is said plainly rather than as a DOM error.
 */
const fromDisk = () => location.protocol === "file:" || location.href.startsWith("blob:null/");

function openDb(): Promise<IDBDatabase> {
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
      const req = indexedDB.open(DB_NAME, VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(PROJECT)) db.createObjectStore(PROJECT);
        if (!db.objectStoreNames.contains(LOG)) db.createObjectStore(LOG);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => refuse(req.error);
      req.onblocked = () => reject(new Error("Mosaic is open in an older tab: close it and try again."));
    } catch (e) {
      // No IndexedDB at all, or one that refuses to open in this context.
      refuse(e);
    }
  });
}

/** The page's one connection, kept open so a write starts at once (a page can close 50 ms after an edit). */
let connection: Promise<IDBDatabase> | undefined;

function db(): Promise<IDBDatabase> {
  if (!connection) {
    const opening = openDb().then((d) => {
      // Another tab deleting the database (or upgrading it) asks us to let go.
      d.onversionchange = () => {
        d.close();
        if (connection === opening) connection = undefined;
      };
      d.onclose = () => {
        if (connection === opening) connection = undefined;
      };
      return d;
    });
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
    connection = opening;
  }
  return connection;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("Saving on this device failed."));
    tx.onabort = () => reject(tx.error ?? new Error("Saving on this device was stopped (the device may be full)."));
  });
}

const value = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("Reading from this device failed."));
  });

/**
 * Stores the files (called by the worker, and by the page for a project with no files): under a
 * new id, named as the latest; a base adopts them when it is written. Its own connection, closed
 * after, so the worker never holds the database open.
 */
export async function saveFiles(files: readonly InputFile[]): Promise<void> {
  const d = await openDb();
  try {
    const tx = d.transaction(PROJECT, "readwrite");
    const id = `${FILES_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    tx.objectStore(PROJECT).put(files, id);
    tx.objectStore(PROJECT).put(id, LATEST);
    await done(tx);
  } finally {
    d.close();
  }
}

interface BaseRecord extends ProjectRest {
  readonly version: typeof PROJECT_VERSION;
  readonly seq: number;
  readonly savedAt: string;
  readonly edits: readonly Edit[];
  readonly filesRef?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The edit log in IndexedDB, for EditLogSaver. */
export const deviceLog: LogBackend<Edit, ProjectRest> & { readFiles(): Promise<unknown> } = {
  async read(): Promise<StoredLog<Edit, ProjectRest>> {
    const tx = (await db()).transaction([PROJECT, LOG], "readonly");
    const [record, log] = await Promise.all([
      value<unknown>(tx.objectStore(PROJECT).get(CURRENT)),
      value<unknown[]>(tx.objectStore(LOG).getAll()),
    ]);
    if (!isObject(record)) return { base: undefined, log: [] };
    // Version 1 stored one record with no number; it is the base, with nothing after it.
    const { seq, savedAt, edits, label, printed, options, settings, plan } = record;
    const base: Base<Edit, ProjectRest> = {
      seq: typeof seq === "number" ? seq : 0,
      savedAt: typeof savedAt === "string" ? savedAt : "",
      // Checked on the way out, as a whole project, by core's readProject.
      snapshot: {
        edits: Array.isArray(edits) ? edits : [],
        rest: {
          label: typeof label === "string" ? label : "",
          ...(typeof printed === "string" ? { printed } : {}),
          options: isObject(options) ? options : undefined,
          settings,
          plan: Array.isArray(plan) ? plan : [],
        },
      },
    };
    return { base, log: log.filter(isLogEntry) };
  },

  async readFiles(): Promise<unknown> {
    const tx = (await db()).transaction(PROJECT, "readonly");
    const record = await value<unknown>(tx.objectStore(PROJECT).get(CURRENT));
    const ref = isObject(record) && typeof record.filesRef === "string" ? record.filesRef : OLD_FILES;
    return value<unknown>(tx.objectStore(PROJECT).get(ref));
  },

  async append(entry: LogEntry<Edit, ProjectRest>): Promise<void> {
    const tx = (await db()).transaction(LOG, "readwrite");
    tx.objectStore(LOG).put(entry, entry.seq);
    // Hand it over now rather than when the task ends: the page may be closing.
    tx.commit();
    return done(tx);
  },

  async rebase(base: Base<Edit, ProjectRest>, newFiles: boolean): Promise<void> {
    const tx = (await db()).transaction([PROJECT, LOG], "readwrite");
    const project = tx.objectStore(PROJECT);
    const written = done(tx);
    const [current, latest, keys] = await Promise.all([
      value<unknown>(project.get(CURRENT)),
      value<unknown>(project.get(LATEST)),
      value<IDBValidKey[]>(project.getAllKeys()),
    ]);
    const before = isObject(current) && typeof current.filesRef === "string" ? current.filesRef : OLD_FILES;
    const filesRef = newFiles && typeof latest === "string" ? latest : before;
    const record: BaseRecord = {
      version: PROJECT_VERSION,
      seq: base.seq,
      savedAt: base.savedAt,
      edits: base.snapshot.edits,
      ...base.snapshot.rest,
      filesRef,
    };
    project.put(record, CURRENT);
    // Files no base points to any more (an earlier import's, or one stored just before a close).
    for (const k of keys) if (typeof k === "string" && k !== filesRef && isFilesKey(k)) project.delete(k);
    tx.objectStore(LOG).clear();
    return written;
  },
};

const isFilesKey = (k: string) => k.startsWith(FILES_PREFIX) || k === OLD_FILES;

function isLogEntry(v: unknown): v is LogEntry<Edit, ProjectRest> {
  return isObject(v) && typeof v.seq === "number" && typeof v.keep === "number" && Array.isArray(v.add);
}

/** The stored project's record and files, as `readProject` (core) reads it. */
export function asStoredProject(
  snapshot: { edits: readonly Edit[]; rest: ProjectRest },
  savedAt: string,
  files: unknown,
) {
  return { version: PROJECT_VERSION, savedAt, ...snapshot.rest, edits: snapshot.edits, files };
}

/** localStorage, which may be refused (private windows, storage turned off): then nothing is marked. */
function local(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const pendingMark: PendingMark = {
  read() {
    const v = Number(local()?.getItem(PENDING_MARK) ?? Number.NaN);
    return Number.isFinite(v) ? v : undefined;
  },
  write(seq) {
    try {
      local()?.setItem(PENDING_MARK, String(seq));
    } catch {
      // Storage refused: the write itself will say so.
    }
  },
  clear() {
    local()?.removeItem(PENDING_MARK);
  },
};

/** Whether a project may be remembered here, found without opening (and so creating) the database. */
export async function mayHaveStoredProject(): Promise<boolean> {
  try {
    if (typeof indexedDB === "undefined") return false;
    if (typeof indexedDB.databases === "function") return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
    return local()?.getItem(REMEMBERED_FLAG) === "1";
  } catch {
    return false;
  }
}

/** Opens (and so creates) the database: the first step of remembering. Rejects when storage is refused. */
export async function openDeviceStore(): Promise<void> {
  await db();
  try {
    local()?.setItem(REMEMBERED_FLAG, "1");
  } catch {
    // Only a hint for browsers that cannot list databases.
  }
}

/**
 * Removes the database itself. "blocked" when another tab holds it open (it is removed once that
 * tab closes or lets go).
 */
export async function deleteEverything(): Promise<"deleted" | "blocked"> {
  const open = connection;
  connection = undefined;
  if (open) await open.then((d) => d.close()).catch(() => undefined);
  pendingMark.clear();
  local()?.removeItem(REMEMBERED_FLAG);
  rememberedWording.clear();
  return new Promise((resolve, reject) => {
    let blocked = false;
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => {
      if (!blocked) resolve("deleted");
    };
    req.onerror = () => reject(req.error ?? new Error("This browser would not delete its storage."));
    req.onblocked = () => {
      blocked = true;
      resolve("blocked");
    };
  });
}
