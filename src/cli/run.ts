/**
 * The CLI's logic, with the file system passed in so tests can run it in-process.
 */
import type { Args } from "./args.ts";
import { parseArgs, usageAnswer, USAGE } from "./args.ts";
import type { CliIo, CliResult } from "./cliIo.ts";
import { errorMessage, readInput, readJson } from "./input.ts";
import { diagnosticsNote, fail, importSummary, json, snapshotHead } from "./output.ts";
import type { ColumnMapping, SameAnswer, SameSchoolAnswer } from "../core/index.ts";
import {
  analyse,
  analyseTables,
  readSameAnswersCsv,
  analysisJson,
  comparePlan,
  diffSnapshots,
  diffToMarkdown,
  planToMarkdown,
  proposePlan,
  analysisToMarkdown,
  diagnosticsForJson,
  diagnosticsToMarkdown,
  linksToCsv,
  NAMES_SHOWN,
  peopleWords,
  peopleToCsv,
  prepareAnalysis,
  recordsToShare,
  suggestFor,
  whatIfOnce,
} from "../core/index.ts";

export type { CliIo, CliResult } from "./cliIo.ts";

/**
 * A column mapping from a mapping file's JSON: header → field, the pairs whose field is text; one
 * that is not an object at all maps nothing (the import then guesses, as with no mapping).
 */
function readMapping(value: unknown): ColumnMapping | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const pairs: [string, unknown][] = Object.entries(value);
  return Object.fromEntries(pairs.filter((p): p is [string, string] => typeof p[1] === "string"));
}

export function runCli(argv: readonly string[], io: CliIo): CliResult {
  const usage = usageAnswer(argv);
  if (usage) return usage;
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    return fail(1, `${errorMessage(e)}\n${USAGE}`);
  }
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
    const m = parsed.value;
    mapping = readMapping(m !== null && typeof m === "object" && "columns" in m ? m.columns : m);
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
  let sameSchools: readonly SameSchoolAnswer[] = [];
  if (args.sameSchools) {
    if (!io.exists(args.sameSchools)) return fail(2, `cannot read ${args.sameSchools}: no such file`);
    const text = new TextDecoder().decode(io.readFile(args.sameSchools));
    const answers = readSameAnswersCsv(text, args.sameSchools, "two school names");
    if (!answers.ok) return fail(2, answers.message);
    sameSchools = answers.answers;
    sameNotes += answers.problems.map((p) => `${p}\n`).join("");
  }
  const read = (files: readonly string[]) => {
    const input = readInput(io, files, args, mapping, samePeople, sameSchools);
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
      const head = `# Mosaic import\n\n${peopleWords(importSummary(net))}.\n\n`;
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
    // The app's rule for a named export: link trust, similarity and notes stay behind (domain.md 8.3).
    const out = recordsToShare(imported.people, imported.links, NAMES_SHOWN);
    io.writeFile(io.join(args.out!, "people.csv"), peopleToCsv(out.people));
    io.writeFile(io.join(args.out!, "links.csv"), linksToCsv(out.links));
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
    if (args.format === "markdown")
      return { code: 0, stdout: planToMarkdown(net, plan, cmp, args.secondSources), stderr: notes };
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
          .map((l) => ({
            id: l.id,
            ectsSupported: l.after,
            before: l.before,
            capacity: l.capacity ?? null,
            capacityMinutesPerMonth: l.capacityMinutesPerMonth ?? null,
          })),
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
