/** Reading sample and fixture files for tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportOptions, ImportResult } from "../../src/core/index.ts";
import { importFiles } from "../../src/core/index.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SAMPLE = join(ROOT, "data", "sample");
export const BAD = join(ROOT, "tests", "fixtures", "bad");

export function fileAt(dir: string, name: string) {
  return { name, bytes: new Uint8Array(readFileSync(join(dir, name))) };
}

export function importFixtures(names: readonly string[], options?: ImportOptions): ImportResult {
  return importFiles(
    names.map((n) => fileAt(n.startsWith("sample/") ? SAMPLE : BAD, n.replace(/^sample\//, ""))),
    options,
  );
}

export function importText(files: Record<string, string>, options?: ImportOptions): ImportResult {
  return importFiles(
    Object.entries(files).map(([name, text]) => ({ name, text })),
    options,
  );
}
