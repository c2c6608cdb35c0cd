/**
 * The `mosaic` command line with the real file system, once mosaic.ts has seen that there is work
 * to do: runs the command and writes what it prints.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileStream } from "./fileStream.ts";
import { runCli } from "./run.ts";

export function main(argv: readonly string[]): void {
  const result = runCli(argv, {
    // Settings, mappings and "same person" answers: small files, read whole.
    readFile: (path) => readFileSync(path),
    // The CSV files: streamed, so memory holds the model and a chunk, not the file.
    readStream: (path) => fileStream(path),
    exists: existsSync,
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    join,
    dirname,
    today: new Date().toISOString().slice(0, 10),
  });
  if (result.stdoutPieces) writePieces(result.stdoutPieces());
  else if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

/**
 * Writes output given in pieces about a megabyte at a time. Writes to files, and to pipes on Linux,
 * are synchronous, so the pieces are not all held waiting.
 */
function writePieces(pieces: Iterable<string>): void {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      process.stdout.write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) process.stdout.write(batch.join(""));
}
