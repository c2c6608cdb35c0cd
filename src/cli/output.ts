/** What a command prints: an error, JSON (compact when large) and the short summaries and notes. */
import type { Diagnostic, ImportResult, PeopleCounts, PreparedAnalysis, SupportNetwork } from "../core/index.ts";
import { planCounts, unnamedCounts } from "../core/index.ts";
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
 * What was read, counted as the app's import report counts it (peopleWords): supporters are the
 * named givers of a link to an ECT; people named only by role, and family or friends, are counted
 * apart, since each belongs to one ECT's map. (The import has no "as of" date, so ended links count.)
 */
export function importSummary(net: SupportNetwork): PeopleCounts {
  const givers = new Set<number>();
  for (let l = 0; l < net.linkCount; l++) {
    const from = net.from[l]!;
    const to = net.to[l]!;
    if (from >= 0 && to >= 0 && net.isEct[to] && !net.isUnnamed[from]) givers.add(from);
  }
  let ectsSupporting = 0;
  for (const p of givers) ectsSupporting += net.isEct[p]!;
  return {
    people: net.people.length,
    ects: net.ects.length,
    supporters: givers.size,
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
