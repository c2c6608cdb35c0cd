/**
 * Schools as the rows wrote them, settled once every row is read: spellings differing only in
 * case or spacing become the one written most often (and the report says so), and names that may
 * be one school written differently are asked about ("Same school?"), never merged.
 */
import type { SchoolSpelling } from "../model/schoolNames.ts";
import { sameSchoolPairs, shownSchools } from "../model/schoolNames.ts";
import type { Diagnostic } from "./diagnostics.ts";
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

/** A school as shown once the rows are read, with where it was first written (for "Same school?" notes). */
export interface SchoolShown {
  readonly name: string;
  readonly where?: SourceRef;
}

/** The "Same school?" note for two shown schools, placed at the second (answers are applied after the import). */
export function sameSchoolNote(a: SchoolShown, b: SchoolShown): Diagnostic {
  const file = b.where?.file ?? a.where?.file ?? "";
  return {
    level: "info",
    file,
    ...(b.where?.row !== undefined ? { row: b.where.row } : {}),
    ...(b.where?.column !== undefined ? { column: b.where.column } : {}),
    message: `Same school? "${a.name}"${place(a.where, file)} and "${b.name}"${place(b.where, file)} are kept as two schools, so filters and the heat map show them apart. If they are one school, answer ‘One school’ to this question in the import report (on the command line: --same-schools), or write it the same way in every row.`,
  };
}

/**
 * Rewrites each person's school to its shown spelling, and reports what was merged and what is
 * asked. Gives back the schools shown, in the order first written, for answers to "Same school?".
 */
export function settleSchools(people: PeopleIndex, read: SchoolsRead, log: ImportLog): SchoolShown[] {
  const counts = new Map<string, number>();
  for (const name of read.spellings()) counts.set(name, 0);
  for (const { person } of people.byId.values())
    if (person.school !== undefined) counts.set(person.school, (counts.get(person.school) ?? 0) + 1);
  if (counts.size === 0) return [];
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
  const schools = names.map((name): SchoolShown => {
    const where = read.where(name);
    return where ? { name, where } : { name };
  });
  const byName = new Map(schools.map((s) => [s.name, s]));
  for (const [a, b] of sameSchoolPairs(names)) {
    const d = sameSchoolNote(byName.get(a) ?? { name: a }, byName.get(b) ?? { name: b });
    log.note(d.level, d.file, d.message, d.row, d.column);
  }
  return schools;
}
