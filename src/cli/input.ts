/** Reading a command's input: the files of one snapshot, its settings and any JSON file it names. */
import type {
  ColumnMapping,
  ImportResult,
  SameAnswer,
  SameSchoolAnswer,
  Settings,
  SupportNetwork,
} from "../core/index.ts";
import { buildNetwork, importFiles, openChosenFiles, resolveSettings, withSchoolAnswers } from "../core/index.ts";
import type { Args } from "./args.ts";
import type { CliIo, CliResult } from "./cliIo.ts";
import { fail } from "./output.ts";

export type Input =
  | { ok: true; imported: ImportResult; net: SupportNetwork; settings: Settings; notes: string }
  | { ok: false; failure: CliResult };

/** Reads one set of files (one snapshot) with its settings: a settings.json beside its first file. */
export function readInput(
  io: CliIo,
  files: readonly string[],
  args: Args,
  mapping: ColumnMapping | undefined,
  samePeople: readonly SameAnswer[] | undefined,
  sameSchools: readonly SameSchoolAnswer[] = [],
): Input {
  for (const f of files) if (!io.exists(f)) return { ok: false, failure: fail(2, `cannot read ${f}: no such file`) };
  // A zip of CSVs (the app's own "People and links" export) is read as its files, as the import pane does.
  // "Same school?" answers are applied after the import, as the app's load does.
  const imported = withSchoolAnswers(
    importFiles(
      openChosenFiles(
        files.map((f) => (io.readStream ? { name: f, stream: io.readStream(f) } : { name: f, bytes: io.readFile(f) })),
      ),
      {
        ...(mapping ? { mapping } : {}),
        ...(args.ect ? { ectName: args.ect } : {}),
        ...(samePeople ? { samePeople } : {}),
      },
    ),
    sameSchools,
  );
  const net = buildNetwork(imported.people, imported.linkStore);
  if (net.people.length === 0 && net.linkCount === 0) {
    // An error says most; a file with a header and no rows has only a warning, which says why.
    const first =
      imported.diagnostics.find((d) => d.level === "error") ?? imported.diagnostics.find((d) => d.level === "warning");
    return {
      ok: false,
      failure: fail(2, `nothing could be read${first ? `: ${first.file}: ${first.message}` : ""}`),
    };
  }
  const settingsResult = loadSettings(io, args, files[0]!);
  if (!settingsResult.ok) return { ok: false, failure: fail(2, settingsResult.message) };
  return {
    ok: true,
    imported,
    net,
    settings: settingsResult.settings,
    notes: settingsResult.notes,
  };
}

/** What a thrown value says: its message when it is an Error, else the value as text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function readJson(io: CliIo, path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!io.exists(path)) return { ok: false, message: `cannot read ${path}: no such file` };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(io.readFile(path))) };
  } catch (e) {
    return { ok: false, message: `${path} is not valid JSON: ${errorMessage(e)}` };
  }
}

function loadSettings(
  io: CliIo,
  args: Args,
  firstFile: string,
): { ok: true; settings: Settings; notes: string } | { ok: false; message: string } {
  let notes = "";
  let input: Record<string, unknown> = {};
  const beside = io.join(io.dirname(firstFile), "settings.json");
  const path = args.settings ?? (io.exists(beside) ? beside : undefined);
  if (path) {
    const parsed = readJson(io, path);
    if (!parsed.ok) return parsed;
    // As a spread of the value would: its own fields (none for null or a number), read as settings.
    input = parsed.value == null ? {} : Object.fromEntries(Object.entries(parsed.value));
    if (!args.settings) notes += `mosaic: using settings from ${path}\n`;
  }
  if (args.asOf) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(args.asOf)) return { ok: false, message: `--as-of must be a date like 2025-03-14` };
    input.as_of_date = args.asOf;
  }
  const { settings, problems } = resolveSettings(input, io.today);
  for (const p of problems) notes += `mosaic: settings: ${p.message}\n`;
  return { ok: true, settings, notes };
}
