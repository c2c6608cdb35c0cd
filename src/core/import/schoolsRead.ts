/**
 * Schools as the rows wrote them, settled once every row is read: spellings differing only in
 * case or spacing become the one written most often (and the report says so), and names that may
 * be one school written differently are asked about ("Same school?"), never merged.
 */
import type { SchoolSpelling } from "../model/schoolNames.ts";
import { sameSchoolPairs, shownSchools } from "../model/schoolNames.ts";
import type { ImportLog } from "./importLog.ts";
import type { PeopleIndex } from "./peopleIndex.ts";
import type { SourceRef } from "./sourceLog.ts";

/** Where each spelling of a school was first read (file, row and column), in reading order. */
export class SchoolsRead {
  private readonly first = new Map<string, SourceRef>();

  read(school: string, file: string, row: number, column: string | undefined): void {
    if (!this.first.has(school)) this.first.set(school, column === undefined ? { file, row } : { file, row, column });
  }

  where(school: string): SourceRef | undefined {
    return this.first.get(school);
  }

  /** Every spelling read, in the order first read. */
  spellings(): IterableIterator<string> {
    return this.first.keys();
  }
}

/** "people.csv row 4, column school" (the file named when it differs from `file`). */
function place(w: SourceRef | undefined, file: string): string {
  if (!w) return "";
  const where = `${w.file === file ? "" : `${w.file} `}row ${w.row}${w.column ? `, column ${w.column}` : ""}`;
  return ` (${where})`;
}

/** Rewrites each person's school to its shown spelling, and reports what was merged and what is asked. */
export function settleSchools(people: PeopleIndex, read: SchoolsRead, log: ImportLog): void {
  const counts = new Map<string, number>();
  for (const name of read.spellings()) counts.set(name, 0);
  for (const { person } of people.byId.values())
    if (person.school !== undefined) counts.set(person.school, (counts.get(person.school) ?? 0) + 1);
  if (counts.size === 0) return;
  const spellings: SchoolSpelling[] = [...counts].map(([name, count]) => ({ name, count }));
  const shown = shownSchools(spellings);
  for (const { person } of people.byId.values()) {
    const school = person.school;
    if (school !== undefined) person.school = shown.get(school) ?? school;
  }
  for (const { name, count } of spellings) {
    const to = shown.get(name) ?? name;
    const w = read.where(name);
    if (to === name || count === 0 || !w) continue;
    log.note(
      "info",
      w.file,
      `The school "${name}" was read as "${to}": the same name apart from case or spacing, shown as it is written most often.`,
      w.row,
      w.column,
    );
  }
  const names = [...new Set(shown.values())].filter((n) => (counts.get(n) ?? 0) > 0);
  for (const [a, b] of sameSchoolPairs(names)) {
    const wa = read.where(a);
    const wb = read.where(b);
    const file = wb?.file ?? wa?.file ?? "";
    log.note(
      "info",
      file,
      `Same school? "${a}"${place(wa, file)} and "${b}"${place(wb, file)} are kept as two schools, so filters and the heat map show them apart. If they are one school, write it the same way in every row and import again.`,
      wb?.row,
      wb?.column,
    );
  }
}
