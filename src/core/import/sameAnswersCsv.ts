/**
 * "Same person?" answers as a small CSV, for the CLI's `--same FILE`: one row per pair, with the
 * columns `keep`, `other` and `same` (yes or no). A "yes" reads every `other` as `keep`. Answers to
 * "Same school?" (`--same-schools FILE`) are the same columns, about two schools' names.
 */
import Papa from "papaparse";
import type { SameAnswer } from "./samePeople.ts";
import { readCell } from "./values.ts";

export type SameAnswersReading =
  | { readonly ok: true; readonly answers: readonly SameAnswer[]; readonly problems: readonly string[] }
  | { readonly ok: false; readonly message: string };

const BOOL = { name: "same", type: { kind: "bool" } } as const;

/** `what`: what each row names, for the message on a row that cannot be read ("two school names"). */
export function readSameAnswersCsv(text: string, file: string, what = "two names"): SameAnswersReading {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const at = (n: string) => names.indexOf(n);
  if (at("keep") < 0 || at("other") < 0 || at("same") < 0)
    return { ok: false, message: `${file}: the answers need the columns keep, other and same (yes or no).` };
  const answers: SameAnswer[] = [];
  const problems: string[] = [];
  rows.forEach((cells, i) => {
    const keep = (cells[at("keep")] ?? "").trim();
    const other = (cells[at("other")] ?? "").trim();
    const same = readCell(BOOL, (cells[at("same")] ?? "").trim());
    if (!keep || !other || !same.ok || typeof same.value !== "boolean")
      problems.push(`${file}: row ${i + 2} needs ${what} and "yes" or "no" under same; it was left out.`);
    else answers.push({ keep, other, same: same.value });
  });
  return { ok: true, answers, problems };
}
