/**
 * A .zip holding several CSV files (Mosaic's own "People and links" export, or a shared map) is
 * opened into its files, so it imports back in one go, as people.csv and links.csv would. A zip with
 * one CSV (Google Forms) or a workbook (.xlsx) is left whole: the import reads those itself (zipped.ts).
 */
import { unzipSync } from "fflate";
import { isMacMetadata, isZip, UNZIPPED_LIMIT } from "./zipped.ts";
import type { InputFile } from "./importFiles.ts";
import { WORKBOOK_PART } from "./workbook.ts";

/**
 * The CSV files inside `bytes`, by their own names with any folder left off, or undefined when it is
 * not a zip of two or more CSV files, is a workbook, or would unpack to more than `limit` bytes.
 */
export function csvsInZip(bytes: Uint8Array, limit: number = UNZIPPED_LIMIT): readonly InputFile[] | undefined {
  if (!isZip(bytes)) return undefined;
  try {
    const names: string[] = [];
    let size = 0;
    let workbook = false;
    unzipSync(bytes, {
      filter: (info) => {
        if (info.name.toLowerCase() === WORKBOOK_PART) workbook = true;
        if (/\.csv$/i.test(info.name) && !isMacMetadata(info.name)) {
          names.push(info.name);
          size += info.originalSize;
        }
        return false;
      },
    });
    if (workbook || names.length < 2 || size > limit) return undefined;
    const wanted = new Set(names);
    const files = unzipSync(bytes, { filter: (info) => wanted.has(info.name) });
    return names.flatMap((name) => {
      const inside = files[name];
      return inside ? [{ name: name.split("/").at(-1) ?? name, bytes: inside }] : [];
    });
  } catch {
    // A damaged zip is left whole: the import says what is wrong with it.
    return undefined;
  }
}
