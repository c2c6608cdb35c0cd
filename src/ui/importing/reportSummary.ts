/**
 * The import report's summary line: what was imported, then what is left to do, counted. Written
 * first so the lead reads the whole of it in one line, while the notes themselves wait behind a
 * button: the overview's answers ("who has no one?") must not sit under a page of notes.
 */
import type { Diagnostic } from "../../core/index.ts";
import { counted, isWorthReading } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { plural } from "../plural.ts";

export interface ReportTally {
  readonly people: number;
  readonly ects: number;
  readonly links: number;
  /** Rows of the files that could not be imported (the "needs attention" rows). */
  readonly rowsNotRead: number;
  /** "Same person?" and "Same school?" pairs waiting for an answer. */
  readonly questions: number;
  /** Warnings to check (errors are the rows not read, or a whole file's notice). */
  readonly toCheck: number;
  /** Notes with a row: how a cell was read. */
  readonly notes: number;
}

/** The problems shown open ("to check") and the notes kept behind a button. */
export function splitProblems(diagnostics: readonly Diagnostic[]): {
  readonly toCheck: Diagnostic[];
  readonly notes: Diagnostic[];
} {
  const worth = diagnostics.filter(isWorthReading);
  return { toCheck: worth.filter((d) => d.level !== "info"), notes: worth.filter((d) => d.level === "info") };
}

/** `split` is the diagnostics as splitProblems splits them, when the caller has split them already. */
export function reportTally(loaded: Loaded, split = splitProblems(loaded.diagnostics)): ReportTally {
  const { toCheck, notes } = split;
  return {
    people: loaded.summary.people,
    ects: loaded.summary.ects,
    links: loaded.summary.links,
    rowsNotRead: loaded.rejected.length,
    questions: loaded.samePeople.length + loaded.sameSchools.length,
    toCheck: toCheck.filter((d) => d.level === "warning").length,
    notes: notes.length,
  };
}

/** "Imported 40 people, 16 ECTs and 69 links". */
export function importedWords(t: ReportTally): string {
  return `Imported ${counted(t.people, "person", "people")}, ${plural(t.ects, "ECT")} and ${plural(t.links, "link")}`;
}

/** "1 row could not be read; 5 questions to answer; 1 thing to check; 15 notes.", or "" when nothing is left. */
export function leftToDoWords(t: ReportTally): string {
  const parts = [
    ...(t.rowsNotRead > 0 ? [`${plural(t.rowsNotRead, "row")} could not be read`] : []),
    ...(t.questions > 0 ? [`${plural(t.questions, "question")} to answer`] : []),
    ...(t.toCheck > 0 ? [`${t.toCheck.toLocaleString("en-GB")} ${t.toCheck === 1 ? "thing" : "things"} to check`] : []),
    ...(t.notes > 0 ? [plural(t.notes, "note")] : []),
  ];
  if (parts.length === 0) return "";
  const [first = "", ...rest] = parts.join("; ");
  return `${first.toUpperCase()}${rest.join("")}.`;
}

/** Over the open table: "1 not imported and 1 to check, row by row", "5,000 things to check, row by row". */
export function toCheckHeading(toCheck: readonly Diagnostic[]): string {
  const errors = toCheck.filter((d) => d.level === "error").length;
  const checks = toCheck.length - errors;
  const n = (k: number) => k.toLocaleString("en-GB");
  if (errors === 0) return `${n(checks)} ${checks === 1 ? "thing" : "things"} to check, row by row`;
  if (checks === 0) return `${n(errors)} not imported, row by row`;
  return `${n(errors)} not imported and ${n(checks)} to check, row by row`;
}

export type ReportTab = "ect" | "lead" | "plan";
const TAB_NAME: Readonly<Record<ReportTab, string>> = {
  ect: "ECT constellation",
  lead: "Mentor lead overview",
  plan: "Planning",
};

/** The one line on other tabs: "Imported 40 people, 16 ECTs and 69 links. 5 questions to answer; 15 notes." */
export function elsewhereWords(t: ReportTally): string {
  const left = leftToDoWords(t);
  return `${importedWords(t)}.${left ? ` ${left}` : ""}`;
}

/** "Read the import report (Mentor lead overview)". */
export function openReportWords(tab: ReportTab): string {
  return `Read the import report (${TAB_NAME[tab]})`;
}

/**
 * Said on a printed summary while the import's questions are open: a page read away from the
 * screen must not present figures that answering would change as settled (a fresh-eyes review
 * printed "Jess Hartley" as a keystone while three spellings of her were still separate people).
 * @example
 * openQuestionsWords({ samePeople: [q, q], sameSchools: [] });
 * // 'Still to answer from the import: 2 "Same person?" questions. Until they are answered, someone written two ways counts as two people, so these figures may change.'
 */
export function openQuestionsWords(loaded: {
  readonly samePeople: readonly unknown[];
  readonly sameSchools: readonly unknown[];
}): string | undefined {
  const people = loaded.samePeople.length;
  const schools = loaded.sameSchools.length;
  if (people + schools === 0) return undefined;
  const asked = [
    ...(people > 0 ? [counted(people, '"Same person?" question', '"Same person?" questions')] : []),
    ...(schools > 0 ? [counted(schools, '"Same school?" question', '"Same school?" questions')] : []),
  ].join(" and ");
  const counts = [
    ...(people > 0 ? ["someone written two ways counts as two people"] : []),
    ...(schools > 0 ? ["a school written two ways counts as two schools"] : []),
  ].join(", and ");
  return `Still to answer from the import: ${asked}. Until they are answered, ${counts}, so these figures may change.`;
}
