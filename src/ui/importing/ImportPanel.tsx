/**
 * Bringing your own files: choose or drop CSVs, Excel files or a .zip (Google Forms' download, or
 * Mosaic's own CSV export of people + links) holding people and links, an edge list or a survey
 * export; replace or add to what is loaded, override the delimiter or encoding, and, when a file's
 * columns are not recognised, say what each column holds (MappingStep). The chosen files go to the
 * worker unread (as Blobs: no copy), which reads and parses them; nothing is sent anywhere. Once read, the panel closes (ImportArea), so the
 * same files are not imported twice by accident.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { ColumnMapping } from "../../core/index.ts";
import { isZip, openChosenFiles } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import type { SentFile } from "../../workers/sentFile.ts";
import { ProgressBar, StoredProgressBar } from "../components/ProgressBar.tsx";
import type { ProgressStore } from "../state/progressStore.ts";
import { CollectWithForm } from "./CollectWithForm.tsx";
import { filesToMap } from "./filesToMap.ts";
import { MappingStep } from "./MappingStep.tsx";
import type { TemplateName } from "./templateLinks.ts";
import { templateHref } from "./templateLinks.ts";

export type ImportMode = "replace" | "merge";

interface Props {
  readonly loaded?: Loaded | undefined;
  readonly busy: boolean;
  /** How far the load of the files has got, and what it is doing, while it runs. */
  readonly progress: ProgressStore;
  readonly onCancel: () => void;
  readonly onImport: (files: SentFile[], mode: ImportMode, mapping?: ColumnMapping) => void;
  /** Escape pressed in the panel: close it (focus goes back to what opened it). */
  readonly onDismiss?: (() => void) | undefined;
}

const DELIMITERS = [
  ["", "detect"],
  [",", "comma"],
  [";", "semicolon"],
  ["\t", "tab"],
  ["|", "pipe"],
] as const;
const ENCODINGS = [
  ["", "detect"],
  ["utf-8", "UTF-8"],
  ["windows-1252", "Windows-1252 (older Excel)"],
  ["utf-16le", "UTF-16"],
] as const;

/**
 * The chosen files as the worker is sent them: each as its Blob, unread (the worker reads it), but
 * a zip read and opened here: Mosaic's own export (a .zip of people.csv and links.csv) imports as
 * its two files, as in the CLI, and the project lists those. Only a file's first four bytes are read
 * to tell a zip.
 */
async function chosenFiles(list: FileList | readonly File[], delimiter: string, encoding: string): Promise<SentFile[]> {
  // One of the offered separators ("" is "detect"), as the import's type for it.
  const chosen = DELIMITERS.find(([d]) => d === delimiter)?.[0];
  const overrides = { ...(chosen ? { delimiter: chosen } : {}), ...(encoding ? { encoding } : {}) };
  const each = await Promise.all(
    [...list].map(async (f): Promise<SentFile[]> => {
      if (!isZip(new Uint8Array(await f.slice(0, 4).arrayBuffer()))) return [{ name: f.name, blob: f, ...overrides }];
      return openChosenFiles([{ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), ...overrides }]);
    }),
  );
  return each.flat();
}

function Template({ name, children }: { readonly name: TemplateName; readonly children: string }) {
  return (
    <a href={templateHref(name)} download={name}>
      {children}
    </a>
  );
}

export function ImportPanel({ loaded, busy, progress, onCancel, onImport, onDismiss }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the panel moves focus into it, so the next Tab is its first control, not the toolbar's.
  useEffect(() => heading.current?.focus(), []);
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>("replace");
  const [delimiter, setDelimiter] = useState("");
  const [encoding, setEncoding] = useState("");
  const [over, setOver] = useState(false);
  const [collecting, setCollecting] = useState(false);
  /** The page is looking at the chosen files (opening a zip) before the worker has them: the bar shows from then. */
  const [reading, setReading] = useState<string | undefined>();
  const collectButton = useRef<HTMLButtonElement>(null);
  const unread = filesToMap(loaded);

  const start = async (chosen: readonly File[], withMapping?: ColumnMapping) => {
    if (chosen.length === 0) return;
    setReading(chosen[0]?.name);
    try {
      onImport(await chosenFiles(chosen, delimiter, encoding), mode, withMapping);
    } finally {
      setReading(undefined);
    }
  };

  return (
    <section
      className="card import"
      aria-labelledby={`${id}-h`}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || e.defaultPrevented || !onDismiss) return;
        e.preventDefault();
        onDismiss();
      }}
    >
      <h2 id={`${id}-h`} tabIndex={-1} ref={heading}>
        Import files
      </h2>
      <p className="muted small">
        People and links files, an edge list (ECT, supporter, types) or a survey export with one column per kind of
        support: a CSV, a Microsoft Forms Excel file (.xlsx) or a Google Forms .zip, just as downloaded. Mosaic&apos;s
        own CSV export (one .zip holding people.csv and links.csv), or any .zip of several CSVs, can be chosen as it is:
        the files inside are read together. Files are read in this browser; nothing is uploaded. Blank templates:{" "}
        <Template name="people.csv">people</Template>, <Template name="links.csv">links</Template>,{" "}
        <Template name="edge-list.csv">edge list</Template>, <Template name="survey.csv">survey</Template>,{" "}
        <Template name="my-support.csv">my support</Template>.
      </p>
      <button type="button" ref={collectButton} aria-expanded={collecting} onClick={() => setCollecting(!collecting)}>
        Collect with a form
      </button>
      {collecting && (
        <CollectWithForm
          onClose={() => {
            setCollecting(false);
            collectButton.current?.focus();
          }}
        />
      )}
      <div
        className={`dropzone${over ? " dropzone-over" : ""}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const dropped = [...e.dataTransfer.files];
          setFiles(dropped);
          void start(dropped);
        }}
      >
        <p>Drop files here, or</p>
        <label className="file-label">
          Choose files (CSV, Excel or .zip)
          <input
            type="file"
            multiple
            accept=".csv,.txt,.xlsx,.zip,text/csv,text/plain"
            data-testid="file-input"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        {files.length > 0 && <p className="small">Chosen: {files.map((f) => f.name).join(", ")}</p>}
      </div>
      <fieldset className="options">
        <legend>How to read them</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === "replace"} onChange={() => setMode("replace")} />{" "}
          Replace what is loaded
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === "merge"} onChange={() => setMode("merge")} /> Add to
          what is loaded
        </label>
        <label>
          Separator{" "}
          <select value={delimiter} onChange={(e) => setDelimiter(e.target.value)}>
            {DELIMITERS.map(([v, l]) => (
              <option key={l} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Encoding{" "}
          <select value={encoding} onChange={(e) => setEncoding(e.target.value)}>
            {ENCODINGS.map(([v, l]) => (
              <option key={l} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button
        type="button"
        className="primary"
        disabled={busy || reading !== undefined || files.length === 0}
        onClick={() => void start(files)}
      >
        {busy || reading !== undefined ? "Reading…" : "Import"}
      </button>
      {(busy || reading !== undefined) && (
        <div className="import-progress" data-testid="import-progress">
          {busy ? (
            <StoredProgressBar label="Reading the files" store={progress} otherwise={{ fraction: 0 }} />
          ) : (
            <ProgressBar
              label="Reading the files"
              progress={{ fraction: 0, stage: { step: "reading", file: reading } }}
            />
          )}
          {busy && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      )}

      {unread.length > 0 && files.length > 0 && (
        <MappingStep files={unread} busy={busy} onImport={(mapping) => void start(files, mapping)} />
      )}
    </section>
  );
}
