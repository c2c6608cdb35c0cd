/**
 * The files a person chose, as the import reads them. A zip of CSV files (Mosaic's own "People and
 * links" export, or a shared map) is opened into its CSVs, so people.csv and links.csv import
 * together; every other file is kept whole, as given (a CSV, a workbook, a Google Forms zip of one
 * CSV, a damaged zip: the import reads those itself, or says what is wrong with them). The import
 * pane and the command line both choose files through here, so they read the same zip the same way.
 */
import type { InputFile } from "./importFiles.ts";
import { memoryStream, readHead, wholeOf } from "./fileText.ts";
import { csvsInZip } from "./zipOfCsvs.ts";
import { isZip } from "./zipped.ts";

/**
 * Each chosen file, or the CSVs inside it when it is a zip of several: those keep the zip's own
 * encoding and delimiter overrides. Only a zip is read whole here; a streamed CSV stays a stream.
 *
 * @example openChosenFiles([{ name: "mosaic-people-and-links.zip", bytes }]) // [{ name: "people.csv", … }, { name: "links.csv", … }]
 */
export function openChosenFiles(files: readonly InputFile[]): InputFile[] {
  return files.flatMap((file) => {
    if (file.text !== undefined) return [file];
    const stream = file.stream ?? memoryStream(file.bytes ?? new Uint8Array());
    if (!isZip(readHead(stream))) return [file];
    const inside = csvsInZip(file.bytes ?? wholeOf(stream));
    if (!inside) return [file];
    return inside.map((csv) => ({
      ...csv,
      ...(file.encoding ? { encoding: file.encoding } : {}),
      ...(file.delimiter ? { delimiter: file.delimiter } : {}),
    }));
  });
}
