/**
 * What an import reported, as Markdown for a person to read (the CLI's `--format markdown`): each
 * problem with file, spreadsheet row and column, at most `EXAMPLES_PER_KIND` of one kind followed
 * by "and N more like this".
 */
import type { Diagnostic } from "../import/diagnostics.ts";
import { capDiagnostics, EXAMPLES_PER_KIND } from "./diagnosticGroups.ts";

const LEVEL_WORD = { error: "Not imported", warning: "Check", info: "Note" } as const;

/** Whole-file notes ("Read as a people file.") are not problems; row-level notes are worth a look. */
export function isWorthReading(d: Diagnostic): boolean {
  return d.level !== "info" || d.row !== undefined;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");

/**
 * A "## What was read" section listing the import's problems, capped by kind.
 *
 * @example diagnosticsToMarkdown(imported.diagnostics) // "## What was read\n\n- **Check** …"
 */
export function diagnosticsToMarkdown(diagnostics: readonly Diagnostic[], perKind: number = EXAMPLES_PER_KIND): string {
  const worth = diagnostics.filter(isWorthReading);
  const lines = ["## What was read", ""];
  if (worth.length === 0) lines.push("Nothing to check: every row was read.");
  else lines.push(`${worth.length.toLocaleString("en-GB")} thing${worth.length === 1 ? "" : "s"} to check.`, "");
  for (const { diagnostic: d, moreLikeThis } of capDiagnostics(worth, perKind)) {
    const where = [d.file, d.row !== undefined ? `row ${d.row}` : "", d.column ? `column ${d.column}` : ""]
      .filter(Boolean)
      .join(", ");
    lines.push(`- **${LEVEL_WORD[d.level]}** (${oneLine(where)}): ${oneLine(d.message)}`);
    if (moreLikeThis > 0) lines.push(`- …and ${moreLikeThis.toLocaleString("en-GB")} more like this.`);
  }
  return `${lines.join("\n")}\n`;
}
