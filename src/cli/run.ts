/**
 * The CLI's logic, with the file system passed in so tests can run it in-process.
 */
import { jsonPieces } from "./jsonPieces.ts";
import type {
  ByteStream,
  ColumnMapping,
  SameAnswer,
  Diagnostic,
  ImportResult,
  PreparedAnalysis,
  Settings,
  SupportNetwork,
} from "../core/index.ts";
import {
  analyse,
  analyseTables,
  readSameAnswersCsv,
  analysisJson,
  comparePlan,
  diffSnapshots,
  diffToMarkdown,
  planCounts,
  planToMarkdown,
  proposePlan,
  analysisToMarkdown,
  buildNetwork,
  diagnosticsForJson,
  diagnosticsToMarkdown,
  importFiles,
  linksToCsv,
  peopleToCsv,
  prepareAnalysis,
  resolveSettings,
  suggestFor,
  whatIfOnce,
} from "../core/index.ts";

export interface CliIo {
  readFile(path: string): Uint8Array;
  /**
   * The file read in chunks, when the input files can be streamed (the real command): the import
   * then never holds a whole file. Without it input files are read whole with `readFile`.
   */
  readStream?(path: string): ByteStream;
  exists(path: string): boolean;
  writeFile(path: string, text: string): void;
  join(...parts: string[]): string;
  dirname(path: string): string;
  today: string;
}

export interface CliResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
  /**
   * Large JSON output in pieces, to write one at a time: then `stdout` joins them only if asked
   * (a test or the bench), since the whole may be longer than a string can be.
   */
  readonly stdoutPieces?: () => Iterable<string>;
}

const USAGE = `Usage: mosaic <command> FILES... [options]

Commands:
  import FILES   read CSV files and print what was read           (--format json|markdown)
  export FILES   write canonical people.csv and links.csv         (--out DIR)
  analyse FILES  flags, coverage, load and structure              (--format json|markdown)
  whatif FILES   what changes if people leave                     (--remove ID, repeatable)
  suggest FILES  who could fill each gap or single source         (--ect ID for one ECT)
  plan FILES     propose links that fill gaps within everyone's capacity (--school NAME, --second-sources)
  diff --before FILES --after FILES
                 what changed between two snapshots: ties, coverage, load, stale links

Options:
  --format json|markdown   output format (default json)
  --mapping FILE.json      header -> field or support type, for headers Mosaic does not recognise
  --same FILE.csv          answers to "Same person?" (columns keep, other, same: yes or no)
  --ect NAME               the ECT of a one-person map (the quick format has no ECT column)
  --settings FILE.json     thresholds (defaults otherwise; a settings.json beside the first file is used when present)
  --as-of YYYY-MM-DD       the date the analysis describes (default: settings, else today)
  --out DIR                where export writes
  --remove ID              a person to take out in a what-if
  --school NAME            plan: only this school's ECTs
  --second-sources         plan: also add a second source where an ECT has only one
  --before FILES / --after FILES
                           diff: the earlier and the later snapshot (a settings.json beside each
                           snapshot's first file gives its as-of date)
`;

interface Args {
  command: string;
  files: string[];
  format: string;
  mapping?: string;
  same?: string;
  ect?: string;
  settings?: string;
  asOf?: string;
  out?: string;
  remove: string[];
  school?: string;
  secondSources: boolean;
  before: string[];
  after: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h") return USAGE;
  const args: Args = { command, files: [], format: "json", remove: [], secondSources: false, before: [], after: [] };
  // Bare file names go to the list the last --before or --after opened (diff), else to `files`.
  let list = args.files;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--format") args.format = value();
    else if (a === "--mapping") args.mapping = value();
    else if (a === "--same") args.same = value();
    else if (a === "--ect") args.ect = value();
    else if (a === "--settings") args.settings = value();
    else if (a === "--as-of") args.asOf = value();
    else if (a === "--out") args.out = value();
    else if (a === "--remove") args.remove.push(value());
    else if (a === "--school") args.school = value();
    else if (a === "--second-sources") args.secondSources = true;
    else if (a === "--before") list = args.before;
    else if (a === "--after") list = args.after;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else list.push(a);
  }
  return args;
}

const fail = (code: 1 | 2, message: string): CliResult => ({ code, stdout: "", stderr: `mosaic: ${message}\n` });

export function runCli(argv: readonly string[], io: CliIo): CliResult {
  let args: Args | string;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return fail(1, `${(e as Error).message}\n${USAGE}`);
  }
  if (typeof args === "string")
    return {
      code: argv.length === 0 ? 1 : 0,
      stdout: argv.length === 0 ? "" : args,
      stderr: argv.length === 0 ? args : "",
    };
  if (!["import", "export", "analyse", "analyze", "whatif", "suggest", "plan", "diff"].includes(args.command))
    return fail(1, `unknown command "${args.command}"\n${USAGE}`);
  if (args.command === "diff") {
    if (args.before.length === 0 || args.after.length === 0)
      return fail(1, `diff needs --before FILES and --after FILES\n${USAGE}`);
  } else if (args.files.length === 0) return fail(1, `${args.command} needs at least one CSV file\n${USAGE}`);
  if (!["json", "markdown"].includes(args.format)) return fail(1, `--format must be json or markdown`);
  if (args.command === "export" && !args.out) return fail(1, "export needs --out DIR");
  if (args.command === "whatif" && args.remove.length === 0) return fail(1, "whatif needs at least one --remove ID");

  let mapping: ColumnMapping | undefined;
  if (args.mapping) {
    const parsed = readJson(io, args.mapping);
    if (!parsed.ok) return fail(2, parsed.message);
    const m = parsed.value as { columns?: unknown };
    mapping = (m && typeof m === "object" && "columns" in m ? m.columns : m) as ColumnMapping;
  }
  let samePeople: readonly SameAnswer[] | undefined;
  let sameNotes = "";
  if (args.same) {
    if (!io.exists(args.same)) return fail(2, `cannot read ${args.same}: no such file`);
    const answers = readSameAnswersCsv(new TextDecoder().decode(io.readFile(args.same)), args.same);
    if (!answers.ok) return fail(2, answers.message);
    samePeople = answers.answers;
    sameNotes = answers.problems.map((p) => `${p}\n`).join("");
  }
  const read = (files: readonly string[]) => {
    const input = readInput(io, files, args, mapping, samePeople);
    return input.ok ? { ...input, notes: sameNotes + input.notes } : input;
  };
  if (args.command === "diff") {
    const before = read(args.before);
    if (!before.ok) return before.failure;
    const after = read(args.after);
    if (!after.ok) return after.failure;
    const b = prepareAnalysis(before.net, before.settings, { skipStructure: true });
    const a = prepareAnalysis(after.net, after.settings, { skipStructure: true });
    const d = diffSnapshots(b, a);
    const notes = before.notes + after.notes;
    if (args.format === "markdown") return { code: 0, stdout: diffToMarkdown(d), stderr: notes };
    return json({ schemaVersion: 1, before: snapshotHead(b), after: snapshotHead(a), ...d }, notes);
  }
  const input = read(args.files);
  if (!input.ok) return input.failure;
  const { imported, net } = input;

  if (args.command === "import") {
    if (args.format === "markdown") {
      const n = importSummary(net);
      const head = `# Mosaic import\n\n${n.people} people, ${n.ects} ECTs, ${n.supporters} supporters and ${n.links} links.\n\n`;
      return { code: 0, stdout: `${head}${diagnosticsToMarkdown(imported.diagnostics)}`, stderr: "" };
    }
    return json({
      schemaVersion: 1,
      summary: importSummary(net),
      people: imported.people,
      links: imported.links,
      // The first 20 of each kind, then every kind with its count: one row with 200,000 extra
      // cells is one group, not 42 MB of warnings.
      ...diagnosticsForJson(imported.diagnostics),
      rejected: imported.rejected,
    });
  }
  if (args.command === "export") {
    io.writeFile(io.join(args.out!, "people.csv"), peopleToCsv(imported.people));
    io.writeFile(io.join(args.out!, "links.csv"), linksToCsv(imported.links));
    return {
      code: 0,
      stdout: "",
      stderr: `mosaic: wrote people.csv (${imported.people.length}) and links.csv (${imported.links.length}) to ${args.out}\n${diagnosticsNote(imported)}`,
    };
  }

  const { settings, notes } = input;
  if (args.command === "plan") {
    const prepared = prepareAnalysis(net, settings, { skipStructure: true });
    if (args.school !== undefined && !net.people.some((p) => p.school === args.school))
      return fail(2, `no one has the school "${args.school}"`);
    const plan = proposePlan(prepared, { school: args.school, secondSources: args.secondSources });
    const cmp = comparePlan(prepared, plan.proposed);
    if (args.format === "markdown") return { code: 0, stdout: planToMarkdown(net, plan, cmp), stderr: notes };
    const involved = new Set(plan.proposed.map((p) => p.from));
    return json(
      {
        schemaVersion: 1,
        asOf: settings.as_of_date,
        method: plan.method,
        proposed: plan.proposed.map(({ from, to, supportTypes, headline, reasons }) => ({
          from,
          to,
          supportTypes,
          reasons,
          headline: headline ?? null,
        })),
        gapsBefore: cmp.today.gaps,
        gapsAfter: cmp.withPlan.gaps,
        before: cmp.today,
        after: cmp.withPlan,
        uncovered: plan.uncovered,
        load: cmp.load
          .filter((l) => involved.has(l.id))
          .map((l) => ({ id: l.id, ectsSupported: l.after, before: l.before, capacity: l.capacity ?? null })),
      },
      notes,
    );
  }
  if (args.command === "whatif") {
    const w = whatIfOnce(net, settings, args.remove);
    if (w.unknown.length > 0 && w.removed.length === 0) return fail(2, `no person with id ${w.unknown.join(", ")}`);
    return json(
      {
        removed: w.removed,
        unknown: w.unknown,
        newGaps: w.newGaps,
        newlyIsolated: w.newlyIsolated,
        flagsAdded: w.flagsAdded,
        flagsCleared: w.flagsCleared,
      },
      notes,
    );
  }
  if (args.command === "suggest") {
    const prepared = prepareAnalysis(net, settings, { skipStructure: true });
    if (args.ect && !net.indexOf.has(args.ect)) return fail(2, `no person with id ${args.ect}`);
    const ects = args.ect ? [args.ect] : prepared.result.ects.map((e) => e.id);
    return json({ suggestions: ects.flatMap((id) => suggestFor(prepared, id)) }, notes);
  }
  if (args.format === "markdown")
    return {
      code: 0,
      stdout: `${analysisToMarkdown(net, analyse(net, settings))}\n${diagnosticsToMarkdown(imported.diagnostics)}`,
      stderr: notes,
    };
  return json(analysisJson(analyseTables(net, settings), imported.diagnostics), notes, net.people.length);
}

type Input =
  | { ok: true; imported: ImportResult; net: SupportNetwork; settings: Settings; notes: string }
  | { ok: false; failure: CliResult };

/** Reads one set of files (one snapshot) with its settings: a settings.json beside its first file. */
function readInput(
  io: CliIo,
  files: readonly string[],
  args: Args,
  mapping: ColumnMapping | undefined,
  samePeople: readonly SameAnswer[] | undefined,
): Input {
  for (const f of files) if (!io.exists(f)) return { ok: false, failure: fail(2, `cannot read ${f}: no such file`) };
  const imported = importFiles(
    files.map((f) => (io.readStream ? { name: f, stream: io.readStream(f) } : { name: f, bytes: io.readFile(f) })),
    {
      ...(mapping ? { mapping } : {}),
      ...(args.ect ? { ectName: args.ect } : {}),
      ...(samePeople ? { samePeople } : {}),
    },
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

function snapshotHead(p: PreparedAnalysis) {
  return {
    asOf: p.result.asOf,
    ects: p.result.summary.ects,
    liveLinks: p.result.summary.liveLinks,
    ...planCounts(p.result),
  };
}

/**
 * Indented for a school or a trust, where people read it; compact from COMPACT_FROM people, where
 * it is tens of megabytes that only programs read (indenting nearly doubles it; `jq .` indents).
 */
const COMPACT_FROM = 10_000;

function json(value: unknown, stderr = "", people = 0): CliResult {
  if (people < COMPACT_FROM) return { code: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr };
  const stdoutPieces = function* () {
    yield* jsonPieces(value);
    yield "\n";
  };
  return {
    code: 0,
    stderr,
    stdoutPieces,
    get stdout() {
      return [...stdoutPieces()].join("");
    },
  };
}

function importSummary(net: SupportNetwork) {
  const givers = new Set<number>();
  for (let l = 0; l < net.linkCount; l++)
    if (net.from[l]! >= 0 && net.to[l]! >= 0 && net.isEct[net.to[l]!]) givers.add(net.from[l]!);
  return { people: net.people.length, ects: net.ects.length, supporters: givers.size, links: net.linkCount };
}

function diagnosticsNote(imported: ImportResult): string {
  const count = (level: Diagnostic["level"]) => imported.diagnostics.filter((d) => d.level === level).length;
  const errors = count("error");
  const warnings = count("warning");
  return errors + warnings > 0
    ? `mosaic: ${errors} errors and ${warnings} warnings; run "mosaic import" to see them\n`
    : "";
}

function readJson(io: CliIo, path: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!io.exists(path)) return { ok: false, message: `cannot read ${path}: no such file` };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(io.readFile(path))) };
  } catch (e) {
    return { ok: false, message: `${path} is not valid JSON: ${(e as Error).message}` };
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
    input = { ...(parsed.value as Record<string, unknown>) };
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
