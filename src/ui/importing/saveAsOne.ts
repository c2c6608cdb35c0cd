/**
 * One click, one file: files that belong together (people.csv and links.csv) are saved as one .zip,
 * as a browser may block a page's second download; a single file is saved as it is.
 */
import { zipTextFiles } from "../../core/index.ts";
import type { TextFiles } from "../../workers/protocol.ts";
import { downloadBlob } from "../graph/exportPng.ts";

/** Saves `files`: one of them under its own name (with `prefix`), several as `zipName` (with `prefix`). */
export function saveAsOne(files: TextFiles, zipName: string, prefix = ""): void {
  const [only] = files;
  if (only && files.length === 1) downloadBlob(new Blob([only.text], { type: only.type }), prefix + only.name);
  else if (files.length > 1)
    downloadBlob(new Blob([zipTextFiles(files)], { type: "application/zip" }), prefix + zipName);
}
