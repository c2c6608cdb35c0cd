/**
 * A file on disk read in chunks, for the import to stream (core's ByteStream): each `open` reads
 * it again from the start, and stopping early (the import reads only a file's start to recognise
 * it) closes it. Synchronous reads, so the command stays one synchronous run.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { ByteStream } from "../core/index.ts";

/**
 * 64 KB a read, as the page cuts a file it holds (core's memoryStream). Each chunk's text is then a
 * string V8 makes in its young generation, whose memory is used again and again; a megabyte's text
 * went to the large-object space, fresh memory for every chunk, and the decoder's buffer was as
 * large: at 100,000 people that was about 15,000 more page faults and 68 MB more peak memory, and
 * the whole command about 6% slower. 600 reads instead of 38 cost nothing to speak of.
 */
export const CHUNK_BYTES = 1 << 16;

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
