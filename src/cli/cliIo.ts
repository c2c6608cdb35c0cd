/** What the CLI reads and writes through, passed in so tests and the bench run it in-process. */
import type { ByteStream } from "../core/index.ts";

export interface CliIo {
  readFile(path: string): Uint8Array;
  /**
   * The file read in chunks, when the input files can be streamed (the real command): the import
   * then never holds a whole file. Without it input files are read whole with `readFile`.
   */
  readStream?(path: string): ByteStream;
  exists(path: string): boolean;
  writeFile(path: string, text: string): void;
  join(...parts: string[]): string;
  dirname(path: string): string;
  today: string;
}

export interface CliResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
  /**
   * Large JSON output in pieces, to write one at a time: then `stdout` joins them only if asked
   * (a test or the bench), since the whole may be longer than a string can be.
   */
  readonly stdoutPieces?: () => Iterable<string>;
}
