/**
 * Bytes to text, as spreadsheets and forms write them: UTF-8 with or without BOM, UTF-16 with BOM
 * (and without, recognised by its zero bytes), Windows-1252 when the bytes are not valid UTF-8, an
 * Excel workbook's first sheet (as CSV) and a zipped CSV. Line endings come out uniform (see
 * lineEndings.ts).
 */
import { withUniformNewlines } from "./lineEndings.ts";
import { decodeWindows1252, isWindows1252Label } from "./windows1252.ts";
import { isZip, readZipped } from "./zipped.ts";

export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: string;
      readonly warning?: string;
      /** The delimiter, when decoding made the text (a workbook's sheet is written as comma-separated). */
      readonly delimiter?: ",";
    }
  | { readonly ok: false; readonly message: string };

const SIGNATURES: readonly [readonly number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "a zipped file"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x1f, 0x8b], "a compressed (gzip) file"],
];
/** Office's old binary format: .xls, and also any workbook saved with a password (even .xlsx). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const SAVE_AS_CSV = "Open it in your spreadsheet and use File > Save as > CSV, then import the CSV.";

/**
 * Decodes a file's bytes; `encoding` (a WHATWG label) overrides detection, and for a zipped CSV
 * applies to the CSV inside.
 *
 * @example decodeBytes(new TextEncoder().encode("id,name\r\nE1,Amy")) // { ok: true, text: "id,name\r\nE1,Amy", encoding: "UTF-8" }
 */
export function decodeBytes(bytes: Uint8Array, encoding?: string): Decoded {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (isZip(bytes)) return readZipped(bytes, (csv) => decodeText(csv, encoding));
  if (OLE.every((b, i) => bytes[i] === b)) {
    return {
      ok: false,
      message:
        "This looks like an old Excel workbook (.xls), or one protected by a password, which Mosaic cannot open. In Excel use File > Save as > Excel workbook (.xlsx) or CSV, without a password, and import that.",
    };
  }
  return decodeText(bytes, encoding);
}

/** Decodes text bytes (a CSV file, or the CSV inside a zip). */
function decodeText(bytes: Uint8Array, encoding: string | undefined): Decoded {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b))
      return { ok: false, message: `This looks like ${what}, not a CSV file. ${SAVE_AS_CSV}` };
  }
  if (encoding) return finish(decodeAs(bytes, encoding, 0), encoding);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(decodeAs(bytes, "utf-8", 3), "UTF-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(decodeAs(bytes, "utf-16le", 2), "UTF-16");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(decodeAs(bytes, "utf-16be", 2), "UTF-16");
  const utf16 = guessUtf16(bytes);
  if (utf16) return finish(decodeAs(bytes, utf16, 0), "UTF-16");
  try {
    return finish(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "UTF-8");
  } catch {
    const result = finish(decodeAs(bytes, "windows-1252", 0), "Windows-1252");
    return result.ok
      ? {
          ...result,
          warning:
            'The file is not UTF-8, so it was read as Windows-1252 (Excel\'s usual "CSV" encoding). If names with accents look wrong, save it as "CSV UTF-8" and import again.',
        }
      : result;
  }
}

function decodeAs(bytes: Uint8Array, label: string, skip: number): string {
  const part = bytes.subarray(skip);
  // Our own table: Node's TextDecoder reads 0x80–0x9F of Windows-1252 as Latin-1 (see windows1252.ts).
  return isWindows1252Label(label) ? decodeWindows1252(part) : new TextDecoder(label).decode(part);
}

/** UTF-16 without a BOM: most odd (LE) or even (BE) bytes of the first kilobyte are zero. */
function guessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return undefined;
}

function finish(text: string, encoding: string): Decoded {
  if (text.includes("\u0000") || controlShare(text) > 0.1) {
    return { ok: false, message: `This file contains binary data, not text. ${SAVE_AS_CSV}` };
  }
  return { ok: true, text: withUniformNewlines(text.replace(/^\uFEFF/, "")).text, encoding };
}

function controlShare(text: string): number {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length;
}
