/**
 * The real names in the sample (data/sample/people.csv): each full name and each part of it, so a
 * test can assert that a coded or shared view or file names nobody, not even by surname.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

const PEOPLE = join(import.meta.dirname, "..", "..", "data", "sample", "people.csv");

/** Words too common to stand for a person on their own ("Group", "Team" in a group's name). */
const COMMON = new Set(["group", "team", "network", "peer", "the", "and", "of", "for", "mentors", "ects"]);

export function sampleNames(): string[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(PEOPLE, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const people = rows.filter((r) => r.kind !== "group").map((r) => (r.name ?? "").trim());
  const parts = people.flatMap((n) => n.split(/\s+/)).filter((w) => w.length >= 3 && !COMMON.has(w.toLowerCase()));
  return [...new Set([...people, ...parts])].filter(Boolean);
}

/** The sample's names that occur in `text` (as whole words), for a readable failure. */
export function namesIn(text: string, names: readonly string[] = sampleNames()): string[] {
  return names.filter((n) =>
    new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`, "u").test(text),
  );
}
