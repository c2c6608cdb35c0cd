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
  return decodeText(bytes, encoding);
}

/** Why a file that starts with these bytes is not a CSV file, if it is not (a zip is read, not refused). */
export function notText(head: Uint8Array): string | undefined {
  if (OLE.every((b, i) => head[i] === b))
    return "This looks like an old Excel workbook (.xls), or one protected by a password, which Mosaic cannot open. In Excel use File > Save as > Excel workbook (.xlsx) or CSV, without a password, and import that.";
  for (const [sig, what] of SIGNATURES)
    if (sig.every((b, i) => head[i] === b)) return `This looks like ${what}, not a CSV file. ${SAVE_AS_CSV}`;
  return undefined;
}

/** How a file's bytes are read as text, chosen from its first bytes. */
export interface EncodingChoice {
  /** The WHATWG label the decoder is made with. */
  readonly label: string;
  /** The name the import report shows. */
  readonly name: string;
  /** Bytes to skip at the start: a byte-order mark. */
  readonly skip: number;
  /**
   * UTF-8 chosen because the first bytes are valid UTF-8: a later byte that is not makes the
   * decoder throw NotUtf8, and the file is read again as Windows-1252 (WINDOWS_1252_FALLBACK).
   */
  readonly checked: boolean;
  readonly warning?: string;
}

export const WINDOWS_1252_FALLBACK: EncodingChoice = {
  label: "windows-1252",
  name: "Windows-1252",
  skip: 0,
  checked: false,
  warning:
    'The file is not UTF-8, so it was read as Windows-1252 (Excel\'s usual "CSV" encoding). If names with accents look wrong, save it as "CSV UTF-8" and import again.',
};

/**
 * Chooses the encoding from a file's first bytes (at least its first kilobyte, or all of it):
 * `encoding` (a WHATWG label) if given, else a byte-order mark, else UTF-16 recognised by its zero
 * bytes, else UTF-8 while the bytes are valid UTF-8, else Windows-1252.
 */
export function chooseEncoding(head: Uint8Array, encoding?: string): EncodingChoice {
  if (encoding) return { label: encoding, name: encoding, skip: 0, checked: false };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { label: "utf-8", name: "UTF-8", skip: 3, checked: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: "utf-16le", name: "UTF-16", skip: 2, checked: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: "utf-16be", name: "UTF-16", skip: 2, checked: false };
  const utf16 = guessUtf16(head);
  if (utf16) return { label: utf16, name: "UTF-16", skip: 0, checked: false };
  try {
    // `stream`: the head may end inside a character.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { label: "utf-8", name: "UTF-8", skip: 0, checked: true };
  } catch {
    return WINDOWS_1252_FALLBACK;
  }
}

/** Thrown by a ChunkDecoder reading checked UTF-8 when the bytes turn out not to be UTF-8. */
export class NotUtf8 extends Error {}

/** Decodes a file chunk by chunk, carrying a character split between chunks over to the next. */
export class ChunkDecoder {
  private toSkip: number;
  private readonly decoder: TextDecoder | undefined;

  constructor(choice: EncodingChoice) {
    this.toSkip = choice.skip;
    // Our own table for Windows-1252: Node's TextDecoder reads 0x80–0x9F as Latin-1 (see windows1252.ts).
    this.decoder = isWindows1252Label(choice.label)
      ? undefined
      : new TextDecoder(choice.label, { fatal: choice.checked });
  }

  /** The text of the next chunk; `end` for the last call (an empty chunk is fine). */
  decode(chunk: Uint8Array, end = false): string {
    let bytes = chunk;
    if (this.toSkip > 0) {
      const n = Math.min(this.toSkip, bytes.length);
      bytes = bytes.subarray(n);
      this.toSkip -= n;
    }
    if (!this.decoder) return decodeWindows1252(bytes);
    try {
      return this.decoder.decode(bytes, { stream: !end });
    } catch {
      throw new NotUtf8();
    }
  }
}

/** Decodes text bytes (a CSV file, or the CSV inside a zip). */
function decodeText(bytes: Uint8Array, encoding: string | undefined): Decoded {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  const refused = notText(bytes);
  if (refused) return { ok: false, message: refused };
  let choice = chooseEncoding(bytes, encoding);
  let text: string;
  try {
    text = new ChunkDecoder(choice).decode(bytes, true);
  } catch (e) {
    // Valid UTF-8 but for an unfinished character at the very end.
    if (!(e instanceof NotUtf8)) throw e;
    choice = WINDOWS_1252_FALLBACK;
    text = new ChunkDecoder(choice).decode(bytes, true);
  }
  const check = new BinaryCheck();
  check.add(text);
  if (check.binary()) return { ok: false, message: BINARY };
  return {
    ok: true,
    text: withUniformNewlines(text.replace(/^\uFEFF/, "")).text,
    encoding: choice.name,
    ...(choice.warning ? { warning: choice.warning } : {}),
  };
}

/** UTF-16 without a BOM: most odd (LE) or even (BE) bytes of the first kilobyte are zero. */
function guessUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), GUESS_BYTES);
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

/** The bytes chooseEncoding needs to see (when the file has them): what guessUtf16 looks at. */
export const GUESS_BYTES = 1024;

export const BINARY = `This file contains binary data, not text. ${SAVE_AS_CSV}`;

/** The characters whose share of control characters says a file is binary. */
const SAMPLE = 4096;

/**
 * Binary data in decoded text, fed piece by piece: a NUL anywhere, or more than a tenth control
 * characters (or U+FFFD) among the first SAMPLE characters. `decided` once those are seen.
 */
export class BinaryCheck {
  private seen = 0;
  private control = 0;
  private nul = false;

  add(text: string): void {
    if (text.includes("\u0000")) this.nul = true;
    const n = Math.min(text.length, SAMPLE - this.seen);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) this.control++;
    }
    this.seen += n;
  }

  get decided(): boolean {
    return this.seen >= SAMPLE;
  }

  binary(): boolean {
    return this.nul || (this.seen > 0 && this.control / this.seen > 0.1);
  }
}
