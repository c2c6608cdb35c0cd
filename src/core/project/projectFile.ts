/**
 * The project: the files a user brought (kept byte for byte, so re-reading them gives the same
 * people and links), the edits made since, the settings and the draft plan. It is what "Remember
 * on this device" stores and what "Download a backup" writes, as versioned JSON with file bytes in
 * base64. Opening validates every part and migrates older versions; nothing in a damaged file
 * throws, and whatever can be read is kept, with a message for what could not.
 *
 * Versions: 1 (the first stored record: files, settings, options, label), 2 (adds edits and
 * the plan, and the "mosaic-project" format marker for files) and 3 (each proposal in the plan may
 * carry the ECT's answer, `agreement`; a version 2 plan reads as "not asked yet") and 4 (the
 * options may carry `sameSchools`, the lead's answers to "Same school?"; older versions have none,
 * so every pair is asked again, as it was). A project may also carry `printed`, what a printed page
 * says after "Data:"; without it (saved before it was kept) the page takes it from the label.
 */
import type { ImportOptions, InputFile } from "../import/importFiles.ts";
import { DELIMITERS } from "../import/readCsv.ts";
import type { Edit } from "../edit/edits.ts";
import { readEdit } from "../edit/edits.ts";
import type { ProposedLink } from "../plan/proposals.ts";
import { readStoredPlan } from "../plan/proposals.ts";
import { readSchoolAnswers } from "./schoolAnswersStored.ts";

export const PROJECT_FORMAT = "mosaic-project";
export const PROJECT_VERSION = 4;

export interface Project {
  readonly label: string;
  /** What a printed page says after "Data:" (an import's files by name); older saves have none. */
  readonly printed?: string | undefined;
  readonly files: readonly InputFile[];
  readonly options?: ImportOptions | undefined;
  readonly settings?: unknown;
  readonly edits: readonly Edit[];
  readonly plan: readonly ProposedLink[];
  readonly savedAt?: string | undefined;
}

export type ProjectReading =
  | { readonly ok: true; readonly project: Project; readonly problems: readonly string[] }
  | { readonly ok: false; readonly message: string };

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The project as a backup file's text. */
export function projectToJson(project: Project, savedAt: string): string {
  return JSON.stringify(
    {
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      savedAt,
      label: project.label,
      ...(project.printed !== undefined ? { printed: project.printed } : {}),
      files: project.files.map((f) => ({
        name: f.name,
        ...(f.bytes ? { base64: toBase64(f.bytes) } : { text: f.text ?? "" }),
        ...(f.encoding ? { encoding: f.encoding } : {}),
        ...(f.delimiter ? { delimiter: f.delimiter } : {}),
      })),
      options: project.options,
      settings: project.settings,
      edits: project.edits,
      plan: project.plan,
    },
    null,
    1,
  );
}

/** An object's own fields by name, to read each one by its type. */
function fieldsOf(value: object): Readonly<Record<string, unknown>> {
  const entries: [string, unknown][] = Object.entries(value);
  return Object.fromEntries(entries);
}

/** Reads a project from a parsed backup file or a stored record, of any known version. */
export function readProject(value: unknown): ProjectReading {
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, message: "This is not a Mosaic project file." };
  const v = fieldsOf(value);
  if (v.format !== undefined && v.format !== PROJECT_FORMAT)
    return { ok: false, message: "This is not a Mosaic project file." };
  const version = v.version;
  if (version !== 1 && version !== 2 && version !== 3 && version !== 4)
    return {
      ok: false,
      message:
        typeof version === "number" && version > PROJECT_VERSION
          ? `This project was saved by a newer Mosaic (version ${version}); this one reads versions 1 to ${PROJECT_VERSION}.`
          : "This project file has no version Mosaic knows.",
    };
  const problems: string[] = [];
  const files: InputFile[] = [];
  const stored: unknown[] = Array.isArray(v.files) ? v.files : [];
  for (const [i, raw] of stored.entries()) {
    const f = raw !== null && typeof raw === "object" ? fieldsOf(raw) : undefined;
    if (!f || typeof f.name !== "string") {
      problems.push(`File ${i + 1} in the project has no name, so it was left out.`);
      continue;
    }
    // A delimiter Mosaic does not split on was once passed on as it was; it is left out (guessed again).
    const delimiter = DELIMITERS.find((d) => d === f.delimiter);
    const extra = {
      ...(typeof f.encoding === "string" ? { encoding: f.encoding } : {}),
      ...(delimiter !== undefined ? { delimiter } : {}),
    };
    if (f.bytes instanceof Uint8Array) files.push({ name: f.name, bytes: f.bytes, ...extra });
    else if (typeof f.base64 === "string") {
      try {
        files.push({ name: f.name, bytes: fromBase64(f.base64), ...extra });
      } catch {
        problems.push(`${f.name} in the project is damaged, so it was left out.`);
      }
    } else if (typeof f.text === "string") files.push({ name: f.name, text: f.text, ...extra });
    else problems.push(`${f.name} in the project has no contents, so it was left out.`);
  }
  const edits: Edit[] = [];
  for (const [i, raw] of (version !== 1 && Array.isArray(v.edits) ? v.edits : []).entries()) {
    const e = readEdit(raw);
    if (typeof e === "string") problems.push(`Change ${i + 1} could not be read (${e}), so it was left out.`);
    else edits.push(e);
  }
  const plan = readStoredPlan(v.plan);
  if (Array.isArray(v.plan) && plan.length < v.plan.length)
    problems.push(`${v.plan.length - plan.length} proposed links in the plan could not be read.`);
  const schools = readSchoolAnswers(v.options);
  if (schools.dropped > 0)
    problems.push(
      `${schools.dropped} answer${schools.dropped === 1 ? "" : "s"} to "Same school?" could not be read, so ${schools.dropped === 1 ? "that pair is" : "those pairs are"} asked again.`,
    );
  return {
    ok: true,
    project: {
      label: typeof v.label === "string" && v.label ? v.label : "Opened project",
      ...(typeof v.printed === "string" && v.printed ? { printed: v.printed } : {}),
      files,
      options: v.options && typeof v.options === "object" ? { ...v.options, ...schools.options } : undefined,
      settings: v.settings,
      edits,
      plan,
      savedAt: typeof v.savedAt === "string" ? v.savedAt : undefined,
    },
    problems,
  };
}

/** Reads a backup file's text. */
export function readProjectFile(text: string): ProjectReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: "This file is not a Mosaic project: it is not valid JSON." };
  }
  return readProject(parsed);
}
