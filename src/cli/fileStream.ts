/**
 * A file on disk read in chunks, for the import to stream (core's ByteStream): each `open` reads
 * it again from the start, and stopping early (the import reads only a file's start to recognise
 * it) closes it. Synchronous reads, so the command stays one synchronous run.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { ByteStream } from "../core/index.ts";

/** A megabyte a read: few system calls, and far less than any file worth streaming. */
export const CHUNK_BYTES = 1 << 20;

export function fileStream(path: string, chunkBytes: number = CHUNK_BYTES): ByteStream {
  return {
    size: statSync(path).size,
    *open() {
      const fd = openSync(path, "r");
      try {
        for (;;) {
          // A fresh buffer a chunk: the import may keep a chunk (a file's first) while reading the next.
          const chunk = Buffer.allocUnsafe(chunkBytes);
          const n = readSync(fd, chunk, 0, chunkBytes, null);
          if (n === 0) return;
          yield n === chunkBytes ? chunk : chunk.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
