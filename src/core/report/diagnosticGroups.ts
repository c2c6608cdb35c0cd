/**
 * Diagnostics grouped by kind, so that repeats stay readable: one row with 200,000 extra cells or
 * 5,000 rows with the same unknown type should read as "the first 20, and N more like this", not
 * as 200,000 lines. The importer's messages carry no code, so a kind is read from the message's
 * shape: the file, the level, the column and the message with its quoted values and numbers
 * replaced by placeholders (`"foo" is not a support type…` and `"bar" is not a support type…` are
 * one kind).
 *
 * Messages that need an answer from the user ("Same person?", "Named by role:") are never capped:
 * each one is a question only they can answer, so hiding any of them would lose work.
 */
import type { Diagnostic, DiagnosticLevel } from "../import/diagnostics.ts";

/** How many of one kind are shown (on screen, in Markdown) and kept as examples (in JSON). */
export const EXAMPLES_PER_KIND = 20;

const NEEDS_ANSWER_PREFIXES = ["Same person?", "Same school?", "Named by role:"] as const;

/**
 * True for a diagnostic that asks the user a question ("Same person? …", "Named by role: …"):
 * these are always shown in full and never folded into "and N more like this".
 *
 * @example needsAnswer({ level: "warning", file: "a.csv", message: "Same person? …" }) // true
 */
export function needsAnswer(d: Pick<Diagnostic, "message">): boolean {
  return NEEDS_ANSWER_PREFIXES.some((p) => d.message.startsWith(p));
}

/**
 * A message with its quoted values and numbers replaced by placeholders.
 *
 * @example messageShape('"foo" in column 12 was not read.') // '"…" in column # was not read.'
 */
export function messageShape(message: string): string {
  // One pass with one pattern: this runs on every diagnostic, up to hundreds of thousands.
  return message.replace(VALUE_OR_NUMBER, (m) => (m.charCodeAt(0) === 34 ? '"…"' : "#"));
}
const VALUE_OR_NUMBER = /"[^"]*"|\d+(?:[.,:/-]\d+)*/g;

/** The key of a diagnostic's kind: file, level, column and message shape. */
export function diagnosticKind(d: Diagnostic): string {
  // A NUL never appears in a file name, a header or a message, so the parts cannot run together.
  return `${d.file}\0${d.level}\0${d.column ?? "\0"}\0${messageShape(d.message)}`;
}

/** Each diagnostic's kind, or undefined for one that needs an answer (it is a kind of its own). */
function kindsOf(diagnostics: readonly Diagnostic[]): (string | undefined)[] {
  return diagnostics.map((d) => (needsAnswer(d) ? undefined : diagnosticKind(d)));
}

/** Every diagnostic of one kind: how many there are and the first few, as written. */
export interface DiagnosticGroup {
  readonly level: DiagnosticLevel;
  readonly file: string;
  readonly column?: string;
  /** The first diagnostic's message. */
  readonly message: string;
  readonly count: number;
  /** The first `EXAMPLES_PER_KIND` diagnostics of the kind (all of them when they need an answer). */
  readonly examples: readonly Diagnostic[];
}

interface Tally {
  readonly first: Diagnostic;
  count: number;
  readonly examples: Diagnostic[];
}

/**
 * Groups diagnostics by kind, in the order each kind first appears. A diagnostic that needs an
 * answer is its own group, so it is always kept whole.
 *
 * @example groupDiagnostics(imported.diagnostics) // [{ level, file, column?, message, count, examples }]
 */
export function groupDiagnostics(
  diagnostics: readonly Diagnostic[],
  perKind: number = EXAMPLES_PER_KIND,
  kinds: readonly (string | undefined)[] = kindsOf(diagnostics),
): DiagnosticGroup[] {
  const tallies = new Map<string, Tally>();
  const ordered: Tally[] = [];
  for (const [i, d] of diagnostics.entries()) {
    const key = kinds[i];
    let t = key === undefined ? undefined : tallies.get(key);
    if (!t) {
      t = { first: d, count: 0, examples: [] };
      if (key !== undefined) tallies.set(key, t);
      ordered.push(t);
    }
    t.count++;
    if (t.examples.length < perKind) t.examples.push(d);
  }
  return ordered.map(({ first, count, examples }) => ({
    level: first.level,
    file: first.file,
    ...(first.column !== undefined ? { column: first.column } : {}),
    message: first.message,
    count,
    examples,
  }));
}

/** One line of a capped list: a diagnostic, and after the last one shown of a kind, how many were left out. */
export interface CappedDiagnostic {
  readonly diagnostic: Diagnostic;
  /** More of this kind left out after this one (0 on every line but the last shown of a capped kind). */
  readonly moreLikeThis: number;
}

/**
 * The diagnostics in their own order, with only the first `perKind` of each kind kept; the last
 * one kept of a kind says how many more like it were left out ("and N more like this").
 *
 * @example capDiagnostics(ds).map((c) => c.moreLikeThis) // [0, 0, …, 199980]
 */
export function capDiagnostics(
  diagnostics: readonly Diagnostic[],
  perKind: number = EXAMPLES_PER_KIND,
  keys: readonly (string | undefined)[] = kindsOf(diagnostics),
): CappedDiagnostic[] {
  const totals = new Map<string, number>();
  for (const k of keys) if (k !== undefined) totals.set(k, (totals.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: CappedDiagnostic[] = [];
  for (const [i, d] of diagnostics.entries()) {
    const k = keys[i];
    if (k === undefined) {
      out.push({ diagnostic: d, moreLikeThis: 0 });
      continue;
    }
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > perKind) continue;
    const total = totals.get(k) ?? n;
    out.push({ diagnostic: d, moreLikeThis: n === perKind ? total - perKind : 0 });
  }
  return out;
}

/**
 * The diagnostics as the CLI's JSON prints them: `diagnostics` keeps its old shape (a list of
 * diagnostics in order) but holds only the first `perKind` of each kind, and `diagnosticGroups`
 * gives every kind with its count, so nothing is lost but the repeats.
 */
export function diagnosticsForJson(
  diagnostics: readonly Diagnostic[],
  perKind: number = EXAMPLES_PER_KIND,
): { diagnostics: Diagnostic[]; diagnosticGroups: DiagnosticGroup[] } {
  const kinds = kindsOf(diagnostics);
  return {
    diagnostics: capDiagnostics(diagnostics, perKind, kinds).map((c) => c.diagnostic),
    diagnosticGroups: groupDiagnostics(diagnostics, perKind, kinds),
  };
}
