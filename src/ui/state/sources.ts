/**
 * One step of the project's history as plain data (the files, options, settings and edits that load
 * it again), and the pure moves between steps and project files. useProject keeps the history of
 * these; the worker loads each.
 */
import type {
  ColumnMapping,
  History,
  ImportOptions,
  Project,
  ProposedLink,
  RememberedMapping,
  SameAnswer,
  SameSchoolAnswer,
} from "../../core/index.ts";
import { canUndo, headerSignature, schoolPairKey } from "../../core/index.ts";
import type { Edit } from "../../core/index.ts";
import type { Request } from "../../workers/protocol.ts";
import type { SentFile } from "../../workers/sentFile.ts";
import { readSentFiles } from "../../workers/sentFile.ts";
import { SAMPLE_FILES, SAMPLE_NAME, SAMPLE_SETTINGS } from "../sample.ts";

/** How an import's label begins, beside the tabs ("Your data: people.csv, links.csv"). */
const YOUR_DATA = "Your data: ";

/**
 * What a project saved before it kept `printed` prints: an import's files by name. Only these older
 * saves have to take it from the label ("Data: Your data: …" would say "data" twice).
 */
const printedOfOlderSave = (label: string): string =>
  label.startsWith(YOUR_DATA) ? label.slice(YOUR_DATA.length) : label;

/** One step of the history: everything needed to load it again. */
export interface Sources {
  /** Chosen files stay Blobs on the page: the worker reads them (a backup reads them too). */
  readonly files: readonly SentFile[];
  /** Changes when the files do (see the worker's import cache). */
  readonly filesKey: number;
  readonly settings?: unknown;
  readonly options?: ImportOptions | undefined;
  readonly label: string;
  /**
   * What the data is after "Data:" on a printed page, made with the label: an import's files by
   * name ("Data: people.csv"), any other data by its label.
   */
  readonly printed: string;
  readonly edits: readonly Edit[];
  /** What made this step, for the Undo and Redo buttons ("add Maya Patel"). */
  readonly step: string;
  /** The sample, untouched: nothing to remember or to warn about. */
  readonly isSample?: boolean;
}

let filesKeys = 0;
export const newFilesKey = () => ++filesKeys;

export const SAMPLE: Sources = {
  files: SAMPLE_FILES,
  filesKey: newFilesKey(),
  settings: SAMPLE_SETTINGS,
  label: SAMPLE_NAME,
  printed: SAMPLE_NAME,
  edits: [],
  step: "open the sample",
  isSample: true,
};

export type ImportMode = "replace" | "merge";

export const today = () => new Date().toISOString().slice(0, 10);

/** The step with column choices it taught kept in its options, for later imports (and backups). */
export function remembering(h: History<Sources>, learned: readonly RememberedMapping[]): History<Sources> {
  if (learned.length === 0) return h;
  const keys = new Set(learned.map((r) => headerSignature(r.header)));
  const kept = (h.present.options?.remembered ?? []).filter((r) => !keys.has(headerSignature(r.header)));
  return { ...h, present: { ...h.present, options: { ...h.present.options, remembered: [...kept, ...learned] } } };
}

/** The project of a step, its chosen files read (for a backup: the page holds them unread). */
export async function projectOf(s: Sources, plan: readonly ProposedLink[]): Promise<Project> {
  const files = await readSentFiles(s.files);
  return {
    label: s.label,
    printed: s.printed,
    files,
    options: s.options,
    settings: s.settings,
    edits: s.edits,
    plan,
  };
}

export function sourcesOf(p: Project, step: string): Sources {
  return {
    files: p.files,
    filesKey: newFilesKey(),
    settings: p.settings,
    options: p.options,
    label: p.label,
    printed: p.printed ?? printedOfOlderSave(p.label),
    edits: p.edits,
    step,
  };
}

/** The worker's request that loads a step. */
export function loadRequest(s: Sources): Extract<Request, { kind: "load" }> {
  return {
    kind: "load",
    files: s.files,
    filesKey: s.filesKey,
    settings: s.settings,
    options: s.options,
    edits: s.edits,
    today: today(),
  };
}

/** The step an import makes: new files in place of the old ("replace") or beside them ("merge"). */
export function importedSources(
  sources: Sources,
  files: readonly SentFile[],
  mode: ImportMode,
  mapping: ColumnMapping | undefined,
): Sources {
  const names = files.map((f) => f.name).join(", ");
  // Column choices and "Same person?" and "Same school?" answers carry over: they are about these
  // kinds of file, these people and these schools.
  const { remembered, samePeople, sameSchools } = sources.options ?? {};
  const options: ImportOptions | undefined =
    mapping || remembered || samePeople || sameSchools
      ? {
          ...(mapping ? { mapping } : {}),
          ...(remembered ? { remembered } : {}),
          ...(samePeople ? { samePeople } : {}),
          ...(sameSchools ? { sameSchools } : {}),
        }
      : undefined;
  return mode === "merge"
    ? {
        ...sources,
        files: [...sources.files, ...files],
        filesKey: newFilesKey(),
        options: options ?? sources.options,
        label: `${sources.label} + ${names}`,
        printed: `${sources.printed} + ${names}`,
        step: `import ${names}`,
        isSample: false,
      }
    : {
        files,
        filesKey: newFilesKey(),
        options,
        label: `${YOUR_DATA}${names}`,
        printed: names,
        edits: [],
        step: `import ${names}`,
      };
}

/** The step the lead's answers to "Same person?" make: a newer answer about the same pair replaces the older. */
export function answeredSources(sources: Sources, answers: readonly SameAnswer[]): Sources {
  const key = (a: SameAnswer) => [a.keep, a.other].sort().join("\u0000");
  const replaced = new Set(answers.map(key));
  const kept = (sources.options?.samePeople ?? []).filter((a) => !replaced.has(key(a)));
  const options: ImportOptions = { ...sources.options, samePeople: [...kept, ...answers] };
  const step = `answer "Same person?" (${answers.length})`;
  return { ...sources, options, step, isSample: false };
}

/**
 * The step the lead's answers to "Same school?" make, as answeredSources does for people: a newer
 * answer about the same pair (either way round, case and spacing aside) replaces the older.
 */
export function answeredSchoolsSources(sources: Sources, answers: readonly SameSchoolAnswer[]): Sources {
  const replaced = new Set(answers.map((a) => schoolPairKey(a.keep, a.other)));
  const kept = (sources.options?.sameSchools ?? []).filter((a) => !replaced.has(schoolPairKey(a.keep, a.other)));
  const options: ImportOptions = { ...sources.options, sameSchools: [...kept, ...answers] };
  const step = `answer "Same school?" (${answers.length})`;
  return { ...sources, options, step, isSample: false };
}

/** Steps that answer an import's questions: "Undo this import" takes them back with it. */
const ANSWER_STEPS = ['answer "Same person?"', 'answer "Same school?"'] as const;

/**
 * How many steps back the last import is, when only answers to its "Same person?" or "Same school?" questions came
 * after it (0 when another step did, or there is no import): answering keeps "Undo this import", which
 * then undoes the answers with it.
 */
export function stepsBackToImport(h: History<Sources>): number {
  const steps = [...h.past.map((s) => s.step), h.present.step];
  for (let back = 1; back <= steps.length; back++) {
    const step = steps[steps.length - back] ?? "";
    if (step.startsWith("import ")) return back;
    if (!ANSWER_STEPS.some((a) => step.startsWith(a))) return 0;
  }
  return 0;
}

/** What the Undo and Redo buttons say, and whether the step shown is an import (its report offers to undo it). */
export function historyLabels(h: History<Sources>) {
  const next = h.future[0];
  const importBack = stepsBackToImport(h);
  return {
    canUndo: canUndo(h),
    canRedo: next !== undefined,
    undoLabel: canUndo(h) ? h.present.step : undefined,
    redoLabel: next?.step,
    /** The step shown is an import, or answers to its questions (the import report's "Undo this import"). */
    lastStepIsImport: importBack > 0,
    /** How many steps "Undo this import" takes back (the import and the answers since). */
    importStepsBack: importBack,
  };
}
