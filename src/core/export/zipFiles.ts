/**
 * Several text files as one .zip, so one click saves one file: a browser may block a page's second
 * download in a row (Chrome asks, and a first-day user rarely sees it). Made with fflate, which the
 * import already uses to read zips; no date is stored, so the same files make the same bytes.
 */
import { strToU8, zipSync } from "fflate";

export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** The zip's bytes, one entry per file in the order given (names are kept as they are, UTF-8). */
export function zipTextFiles(files: readonly NamedText[]): Uint8Array<ArrayBuffer> {
  // 1 January 1980, the earliest date a zip can hold: fixed, so an export of the same data is the same file.
  const mtime = new Date(1980, 0, 1);
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime }]])), { level: 6 });
  // A fresh buffer of its own, as a Blob wants (fflate's type allows a shared one).
  const bytes = new Uint8Array(zipped.length);
  bytes.set(zipped);
  return bytes;
}
