/** What a command prints: an error, JSON (compact when large) and the short summaries and notes. */
import type { Diagnostic, ImportResult, PeopleCounts, PreparedAnalysis, SupportNetwork } from "../core/index.ts";
import { namedSupporters, planCounts, unnamedCounts } from "../core/index.ts";
import type { CliResult } from "./cliIo.ts";
import { jsonPieces } from "./jsonPieces.ts";

export const fail = (code: 1 | 2, message: string): CliResult => ({ code, stdout: "", stderr: `mosaic: ${message}\n` });

export function snapshotHead(p: PreparedAnalysis) {
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

export function json(value: unknown, stderr = "", people = 0): CliResult {
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

/**
 * What was read, counted as the app's import report counts it (peopleWords), with supporters as
 * namedSupporters counts them. The import has no "as of" date, so every link counts, ended ones too.
 */
export function importSummary(net: SupportNetwork): PeopleCounts {
  const { supporters, ectsSupporting } = namedSupporters(net, "every link");
  return {
    people: net.people.length,
    ects: net.ects.length,
    supporters,
    ectsSupporting,
    ...unnamedCounts(net.people),
    links: net.linkCount,
  };
}

export function diagnosticsNote(imported: ImportResult): string {
  const count = (level: Diagnostic["level"]) => imported.diagnostics.filter((d) => d.level === level).length;
  const errors = count("error");
  const warnings = count("warning");
  return errors + warnings > 0
    ? `mosaic: ${errors} errors and ${warnings} warnings; run "mosaic import" to see them\n`
    : "";
}
