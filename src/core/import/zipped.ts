/**
 * Zip files: an Excel workbook (.xlsx is a zip holding xl/workbook.xml) or a zipped CSV, as Google
 * Forms' "Download responses (.csv)" gives. Only the entries needed are inflated, never more than
 * UNZIPPED_LIMIT in all (a small zip can unpack to gigabytes), and a damaged zip gives a message.
 */
import type { UnzipFileInfo } from "fflate";
import { unzipSync } from "fflate";
import type { Decoded } from "./decode.ts";
import { FileProblem } from "./fileProblem.ts";
import { readWorkbook, WORKBOOK_PART } from "./workbook.ts";

/** The most a zip may unpack to: far above any real export, far below a browser tab's memory. */
export const UNZIPPED_LIMIT = 200 * 1024 * 1024;
/** More entries than any workbook or export has: a central directory claiming more is damaged. */
const MAX_ENTRIES = 100_000;

const DAMAGED =
  "This looks like a zipped file (an Excel workbook or a zipped CSV), but it could not be opened: it may be damaged, only partly downloaded, or protected by a password. Download or save it again, or save it as CSV, and import that.";

/** macOS adds __MACOSX/ and "._name" copies holding file metadata, not the file: both readers skip them. */
export function isMacMetadata(name: string): boolean {
  return /(^|\/)(__MACOSX\/|\._)/.test(name);
}

/** Zip signatures: a local file header, or the end record of an empty zip. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/**
 * Reads a zip: the first sheet of a workbook, else the first CSV inside, decoded by `decodeCsv`
 * (the same detection as any CSV file). Never throws.
 *
 * @example readZipped(bytes, (csv) => decodeBytes(csv)) // { ok: true, text: "…", encoding: 'UTF-8, "Responses.csv" from a zip' }
 */
export function readZipped(
  bytes: Uint8Array,
  decodeCsv: (bytes: Uint8Array) => Decoded,
  limit: number = UNZIPPED_LIMIT,
): Decoded {
  try {
    const entries = listEntries(bytes);
    let left = limit;
    const inflate = (entry: UnzipFileInfo): Uint8Array => {
      if (entry.compression !== 0 && entry.compression !== 8)
        throw new FileProblem(
          `"${entry.name}" in this zip is compressed in a way Mosaic cannot read. Unzip it and import the file itself.`,
        );
      left -= entry.originalSize;
      if (left < 0)
        throw new FileProblem(
          `This zipped file unpacks to more than ${Math.round(limit / 1024 / 1024)} MB, far more than a survey or staff list needs, so it was not opened. Unzip it and import the CSV files themselves.`,
        );
      // fflate inflates into a buffer of the size the zip declares, so a false size cannot grow it.
      const found = unzipSync(bytes, { filter: (f) => f.name === entry.name })[entry.name];
      if (!found) throw new FileProblem(DAMAGED);
      return found;
    };
    const byPath = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
    if (byPath.has(WORKBOOK_PART)) {
      return readWorkbook((path) => {
        const entry = byPath.get(path.toLowerCase());
        return entry && xmlText(inflate(entry));
      });
    }
    return readFirstCsv(entries, inflate, decodeCsv);
  } catch (e) {
    return { ok: false, message: e instanceof FileProblem ? e.message : DAMAGED };
  }
}

function listEntries(bytes: Uint8Array): readonly UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (info) => {
      if (entries.length >= MAX_ENTRIES) throw new FileProblem(DAMAGED);
      entries.push(info);
      return false;
    },
  });
  return entries;
}

function readFirstCsv(
  entries: readonly UnzipFileInfo[],
  inflate: (entry: UnzipFileInfo) => Uint8Array,
  decodeCsv: (bytes: Uint8Array) => Decoded,
): Decoded {
  const files = entries.filter((e) => !e.name.endsWith("/") && !isMacMetadata(e.name));
  const csvs = files.filter((e) => /\.csv$/i.test(e.name));
  const first = csvs[0];
  if (!first) {
    const held = files.map((e) => `"${e.name}"`);
    return {
      ok: false,
      message:
        held.length === 0
          ? "This zip file is empty. Import the CSV files themselves."
          : `This zip file holds no CSV file (it holds ${listed(held)}). Unzip it, save the data as CSV, and import that.`,
    };
  }
  const decoded = decodeCsv(inflate(first));
  if (!decoded.ok) return { ok: false, message: `"${first.name}" in this zip could not be read. ${decoded.message}` };
  const others = csvs.slice(1).map((e) => `"${e.name}"`);
  const warnings = [
    others.length > 0
      ? `This zip holds ${csvs.length} CSV files; only "${first.name}" was read. Import the others (${listed(others)}) separately after unzipping.`
      : "",
    decoded.warning ?? "",
  ].filter((w) => w.length > 0);
  const read = { ...decoded, encoding: `${decoded.encoding}, "${first.name}" from a zip` };
  return warnings.length > 0 ? { ...read, warning: warnings.join(" ") } : read;
}

/** Names as a short list: the first five, then how many more. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** An XML part's text: UTF-8 (what Excel writes), or UTF-16 with a byte order mark. */
function xmlText(bytes: Uint8Array): string {
  const label =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(label).decode(bytes);
}
