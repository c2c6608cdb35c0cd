/**
 * A file's text as the import reads it: decoded piece by piece from the file's bytes (or taken
 * from text already decoded), checked for binary data, without its byte-order mark, and with LF
 * line endings. The import reads each file twice, the start for its header and then all of it for
 * its rows, so the text can be read from the start as often as needed; the file itself is never
 * held whole (a zipped file or workbook is: see below).
 *
 * The encoding is chosen from the first chunk (at least its first kilobyte). A later chunk can
 * still disagree: bytes that are not UTF-8 after a start that was, or a NUL. Rows read by then may
 * already be in the model, so the import does not switch decoders mid-file (that would read the
 * first rows as UTF-8 and the rest as Windows-1252, unlike the same file read whole): it throws
 * SecondLook, and importFiles reads every file again from the start with what was learnt. The file
 * is then read exactly as if it had been decoded whole. It costs a second read only for the rare
 * file that is mostly UTF-8 and then not.
 */
import {
  BINARY,
  BinaryCheck,
  chooseEncoding,
  ChunkDecoder,
  decodeBytes,
  GUESS_BYTES,
  notText,
  NotUtf8,
  WINDOWS_1252_FALLBACK,
} from "./decode.ts";
import type { InputFile } from "./importFiles.ts";
import { LfWriter } from "./lineEndings.ts";
import { isZip } from "./zipped.ts";

/** A file read in chunks, from the start on each call to `open` (the CLI reads it from disk). */
export interface ByteStream {
  /** Its size in bytes, for progress. */
  readonly size: number;
  open(): Iterable<Uint8Array>;
}

/** What a second look at a file found: it is not UTF-8 after all, or it is binary. */
export type Learnt = "windows-1252" | "binary";

/** Thrown while reading a file whose later bytes disagree with its first chunk (see the banner). */
export class SecondLook extends Error {
  constructor(
    readonly file: number,
    readonly learnt: Learnt,
  ) {
    super(`file ${file} needs a second look: ${learnt}`);
  }
}

export interface TextPiece {
  readonly text: string;
  /** How much of the file has been read, in the unit of `FileText.size`. */
  readonly read: number;
}

export interface FileText {
  readonly encoding: string;
  readonly warning?: string;
  /** Bytes (characters for text given as text), for progress. */
  readonly size: number;
  /** The text in pieces, from the start; each call reads the file again. May throw SecondLook. */
  pieces(): Generator<TextPiece, void, undefined>;
}

/** Pieces an in-memory file is cut into: the same path as a file read from disk, and progress as it goes. */
const PIECE = 1 << 16;

/** The bytes of a file held in memory, in pieces (views, not copies). */
export function memoryStream(bytes: Uint8Array): ByteStream {
  return {
    size: bytes.length,
    *open() {
      for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
    },
  };
}

/**
 * Opens file number `index` of an import for reading as text, or says why it cannot be read.
 * `learnt` is what a second look found earlier.
 */
export function openFileText(
  file: InputFile,
  index: number,
  learnt: Learnt | undefined,
): { ok: true; text: FileText } | { ok: false; message: string } {
  if (file.text !== undefined) return { ok: true, text: givenText(file.text) };
  if (learnt === "binary") return { ok: false, message: BINARY };
  const stream = file.stream ?? memoryStream(file.bytes ?? new Uint8Array());
  const head = readHead(stream);
  if (head.length === 0) return { ok: false, message: "The file is empty." };
  if (isZip(head)) {
    // Zipped files and workbooks are read whole: a zip's directory is at its end, and neither is
    // large (a zip is refused above UNZIPPED_LIMIT when unpacked).
    const decoded = decodeBytes(wholeOf(stream), file.encoding);
    if (!decoded.ok) return decoded;
    return { ok: true, text: { ...givenText(decoded.text), encoding: decoded.encoding, warning: decoded.warning } };
  }
  const refused = notText(head);
  if (refused) return { ok: false, message: refused };
  const choice = learnt === "windows-1252" ? WINDOWS_1252_FALLBACK : chooseEncoding(head, file.encoding);
  return {
    ok: true,
    text: {
      encoding: choice.name,
      ...(choice.warning ? { warning: choice.warning } : {}),
      size: stream.size,
      *pieces() {
        const decoder = new ChunkDecoder(choice);
        const check = new BinaryCheck();
        const lf = new LfWriter();
        // Held back until the binary check has seen enough to decide, so no row is read before it.
        let held = "";
        let start = true;
        let read = 0;
        const piece = (decoded: string, last: boolean): TextPiece | undefined => {
          check.add(decoded);
          if (check.binary() && (check.decided || last || decoded.includes("\u0000")))
            throw new SecondLook(index, "binary");
          held += decoded;
          if (!check.decided && !last) return undefined;
          let text = held;
          held = "";
          if (start && text.length > 0) {
            text = text.replace(/^\uFEFF/, "");
            start = false;
          }
          return { text: lf.push(text) + (last ? lf.end() : ""), read };
        };
        try {
          for (const chunk of stream.open()) {
            read += chunk.length;
            const p = piece(decoder.decode(chunk), false);
            if (p) yield p;
          }
          const p = piece(decoder.decode(new Uint8Array(), true), true);
          if (p) yield p;
        } catch (e) {
          if (e instanceof NotUtf8) throw new SecondLook(index, "windows-1252");
          throw e;
        }
      },
    },
  };
}

/** Text already decoded (a file the page read as text, or a zip's CSV). */
function givenText(whole: string): FileText {
  return {
    encoding: "text",
    size: whole.length,
    *pieces() {
      const lf = new LfWriter();
      const text = whole.replace(/^\uFEFF/, "");
      for (let at = 0; at < text.length; at += PIECE)
        yield { text: lf.push(text.slice(at, at + PIECE)), read: Math.min(whole.length, at + PIECE) };
      yield { text: lf.end(), read: whole.length };
    },
  };
}

/** The first GUESS_BYTES bytes of a file or more (its whole first chunk), or all of a shorter file. */
export function readHead(stream: ByteStream): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const chunk of stream.open()) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= GUESS_BYTES) break;
  }
  return concat(parts, size);
}

/** All of a stream's bytes (a zip is read whole: its directory is at its end). */
export function wholeOf(stream: ByteStream): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const chunk of stream.open()) {
    parts.push(chunk);
    size += chunk.length;
  }
  return concat(parts, size);
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
