/**
 * An import with the lead's answers to "Same school?" applied, after it is read (the worker's
 * load and the CLI call this on every load, as the answers are kept with the project): people's
 * schools rewritten by the "one school" answers, and the notes asking "Same school?" made again
 * for the questions left, each answered pair never asked again.
 */
import type { SameSchoolAnswer } from "../model/schoolAnswers.ts";
import { applySchoolAnswers, schoolQuestionsLeft, schoolResolver } from "../model/schoolAnswers.ts";
import { sameSchoolPairs } from "../model/schoolNames.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { ImportResult } from "./importResult.ts";
import type { SchoolShown } from "./schoolsRead.ts";
import { sameSchoolNote } from "./schoolsRead.ts";

/**
 * The import with the answers applied: the import itself when there are none, so what is read with
 * no answers is exactly what the import gives.
 * @example withSchoolAnswers(imported, [{ keep: "Brookside School", other: "Brookside", same: true }])
 */
export function withSchoolAnswers(imported: ImportResult, answers: readonly SameSchoolAnswer[]): ImportResult {
  if (answers.length === 0) return imported;
  const names = imported.schools.map((s) => s.name);
  const before = notesOf(imported.schools, sameSchoolPairs(names));
  const resolve = schoolResolver(answers, names);
  // A school merged into another is asked about where its shown spelling was written, else where the first was.
  const after = new Map<string, SchoolShown>();
  for (const s of imported.schools) {
    const name = resolve(s.name);
    if (name === s.name) after.set(name, s);
    else if (!after.has(name)) after.set(name, s.where ? { name, where: s.where } : { name });
  }
  const left = notesOf([...after.values()], schoolQuestionsLeft(names, answers));
  const gone = new Set(before.map((d) => d.message));
  for (const d of left) gone.delete(d.message);
  const kept = new Set(before.map((d) => d.message));
  let diagnostics = imported.diagnostics.filter((d) => !(d.level === "info" && gone.has(d.message)));
  for (const d of left)
    if (!kept.has(d.message))
      diagnostics = byPlace(
        diagnostics,
        d,
        imported.files.map((f) => f.name),
      );
  const people = applySchoolAnswers(imported.people, answers);
  return {
    people,
    linkStore: imported.linkStore,
    diagnostics,
    rejected: imported.rejected,
    files: imported.files,
    samePeople: imported.samePeople,
    autoMerged: imported.autoMerged,
    roleReferences: imported.roleReferences,
    schools: [...after.values()],
    // Read when asked: the import makes these only when first read.
    get links() {
      return imported.links;
    },
    get sources() {
      return imported.sources;
    },
  };
}

/** One side of a "Same school?" question: a school shown, how many people it has and where it was first written. */
export interface SchoolSide extends SchoolShown {
  readonly people: number;
}

/** A "Same school?" question waiting for the lead's answer. */
export interface SameSchoolQuestion {
  readonly a: SchoolSide;
  readonly b: SchoolSide;
}

/**
 * The "Same school?" questions an import (with the answers applied) still asks, for the lead to answer.
 * @example sameSchoolQuestions(withSchoolAnswers(imported, answers), answers) // [{ a: { name: "St Mary's", people: 3, where }, b: … }]
 */
export function sameSchoolQuestions(
  imported: ImportResult,
  answers: readonly SameSchoolAnswer[],
): SameSchoolQuestion[] {
  const names = imported.schools.map((s) => s.name);
  const pairs = schoolQuestionsLeft(names, answers);
  if (pairs.length === 0) return [];
  const count = new Map<string, number>();
  for (const p of imported.people) if (p.school !== undefined) count.set(p.school, (count.get(p.school) ?? 0) + 1);
  const byName = new Map(imported.schools.map((s) => [s.name, s]));
  const side = (name: string): SchoolSide => ({ ...(byName.get(name) ?? { name }), people: count.get(name) ?? 0 });
  return pairs.map(([a, b]) => ({ a: side(a), b: side(b) }));
}

function notesOf(schools: readonly SchoolShown[], pairs: readonly [string, string][]): Diagnostic[] {
  const byName = new Map(schools.map((s) => [s.name, s]));
  return pairs.map(([a, b]) => sameSchoolNote(byName.get(a) ?? { name: a }, byName.get(b) ?? { name: b }));
}

/** The notes with one more, where the import's reading order puts it (by file, then row; after its equals). */
function byPlace(diagnostics: readonly Diagnostic[], note: Diagnostic, files: readonly string[]): Diagnostic[] {
  const order = new Map(files.map((f, i) => [f, i]));
  const fileAt = (d: Diagnostic) => order.get(d.file) ?? files.length;
  const after = (d: Diagnostic) => fileAt(d) - fileAt(note) || (d.row ?? 0) - (note.row ?? 0);
  const at = diagnostics.findIndex((d) => after(d) > 0);
  return at < 0 ? [...diagnostics, note] : [...diagnostics.slice(0, at), note, ...diagnostics.slice(at)];
}
