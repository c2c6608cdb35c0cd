/**
 * A file as the page hands it to the worker: the browser's own `File` (a Blob), or bytes or text
 * already in memory (the sample, a reopened project, the CSVs of a zip). A Blob goes to the worker
 * as a handle: the structured clone copies none of its bytes, and the worker reads them itself, off
 * the page. Reading 75 MB on the page, copying it for the transfer and posting it took 0.6–0.8 s
 * before the worker could start. The core's `InputFile` stays framework-free (bytes or text):
 * Blobs are read into it here, on the worker's side of the wire (or for a backup, on the page).
 */
import type { InputFile } from "../core/index.ts";

/** A chosen file not yet read: its contents are read where they are needed. */
export interface BlobFile {
  readonly name: string;
  readonly blob: Blob;
  /** Overrides for when detection gets a file wrong (as `InputFile`'s). */
  readonly encoding?: InputFile["encoding"];
  readonly delimiter?: InputFile["delimiter"];
}

export type SentFile = InputFile | BlobFile;

export function isBlobFile(file: SentFile): file is BlobFile {
  return "blob" in file && file.blob instanceof Blob;
}

/** The files as they are when none is a Blob still to read, else undefined. */
export function inMemoryAlready(files: readonly SentFile[]): readonly InputFile[] | undefined {
  const out: InputFile[] = [];
  for (const file of files) {
    if (isBlobFile(file)) return undefined;
    out.push(file);
  }
  return out;
}

/** One file's contents in memory, as the import reads them. */
async function inMemory(file: SentFile): Promise<InputFile> {
  if (!isBlobFile(file)) return file;
  const { blob, ...rest } = file;
  try {
    return { ...rest, bytes: new Uint8Array(await blob.arrayBuffer()) };
  } catch {
    // The browser reads a chosen file when asked, not when chosen: it may have gone since.
    throw new Error(
      `${file.name} could not be read: it may have been moved, changed or deleted since it was chosen. Please choose it again.`,
    );
  }
}

/**
 * The files with every Blob read into bytes, in order (read side by side: the reads wait on the
 * disk, not on this thread). `reading` hears the first unread file's name before anything is read,
 * so the progress bar says "Reading people.csv…" from the first moment.
 */
export async function readSentFiles(
  files: readonly SentFile[],
  reading?: (name: string) => void,
): Promise<InputFile[]> {
  const first = files.find(isBlobFile);
  if (first) reading?.(first.name);
  return Promise.all(files.map(inMemory));
}
