/**
 * The command line's file access over files held in memory, for running `runCli` in-process (the
 * bench times the real command this way; tests use it where spawning a process would dominate).
 * Paths are the map's keys; writes are dropped.
 */
import type { CliIo } from "./run.ts";

export function memoryIo(files: ReadonlyMap<string, Uint8Array>, today: string): CliIo {
  return {
    readFile: (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`no file ${path} in memory`);
      return bytes;
    },
    exists: (path) => files.has(path),
    writeFile: () => undefined,
    join: (...parts) => parts.join("/"),
    dirname: (path) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "."),
    today,
  };
}
