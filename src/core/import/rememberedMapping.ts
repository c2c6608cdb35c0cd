/** Column choices remembered from earlier imports, each for one set of headers (ImportOptions.remembered). */
import type { ColumnMapping } from "./columns.ts";

export interface RememberedMapping {
  readonly header: readonly string[];
  readonly mapping: ColumnMapping;
}

/** The header set as one key: cells normalised, blanks left out, sorted. */
export function headerSignature(header: readonly string[]): string {
  return header
    .map((h) => h.trim().toLowerCase().replace(/\s+/g, " "))
    .filter((h) => h.length > 0)
    .sort()
    .join("\u0000");
}

/** The part of a mapping that concerns one file's headers, to remember for files like it. */
export function mappingFor(header: readonly string[], mapping: ColumnMapping): RememberedMapping {
  const here = new Set(header);
  return { header, mapping: Object.fromEntries(Object.entries(mapping).filter(([h]) => here.has(h))) };
}
