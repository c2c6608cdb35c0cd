/**
 * "Who is who" as the import applies it: the lead's answers to "Same person?" (kept with the
 * project, reused on the next import of the same people), what the import merged by itself, and
 * how a supporter named only by role or as family is called.
 */
import type { Spelling } from "../names/index.ts";
import { foldName, titledAmongMany } from "../names/index.ts";
import type { ImportLog } from "./importLog.ts";
import type { SourceRef } from "./sourceLog.ts";

/** One answer to "Same person?": `same` keeps `keep`'s spelling for both; otherwise both stay. */
export interface SameAnswer {
  readonly keep: string;
  readonly other: string;
  readonly same: boolean;
}

/** Two spellings equal apart from case, accents, spacing or punctuation, read as one person. */
export interface AutoMerge {
  readonly kept: string;
  readonly merged: string;
  /** Where the merged spelling was first written. */
  readonly where: SourceRef;
}

/** A supporter named by role ("my mentor"), for the lead to name. */
export interface RoleReference {
  readonly written: string;
  readonly ect: string;
  readonly where: SourceRef;
  /** The person the data records in that role for this ECT, when there is one. */
  readonly resolvedTo?: string;
  /** The link role's plain label ("induction tutor") when the role is one of docs/domain.md 3.3: the link carries it. */
  readonly linkRoleLabel?: string;
}

/** The unordered pair of two spellings as one key. */
export function pairKey(a: string, b: string): string {
  const x = foldName(a);
  const y = foldName(b);
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Answers as the import reads them: the spelling each "same" answer sends a name to, and every pair answered. */
export interface Answers {
  /** foldName(other) → keep, for "same" answers. */
  readonly alias: ReadonlyMap<string, string>;
  readonly answered: (a: string, b: string) => boolean;
  /**
   * Every spelling answered as one person with `name`, through any chain of "same" answers, in the
   * order answered (empty when none): how a name joined to a staff-list person finds them, whichever
   * spelling the lead kept.
   */
  readonly together: (name: string) => readonly string[];
}

export function readAnswers(answers: readonly SameAnswer[] = []): Answers {
  const alias = new Map<string, string>();
  const pairs = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const a of answers) {
    pairs.add(pairKey(a.keep, a.other));
    if (!a.same || foldName(a.keep) === foldName(a.other)) continue;
    alias.set(foldName(a.other), a.keep);
    // One shared list per group of spellings answered as one person: two groups joined become one.
    const x = groups.get(foldName(a.keep)) ?? [a.keep];
    const y = groups.get(foldName(a.other)) ?? [a.other];
    const merged = x === y ? x : [...x, ...y];
    for (const name of merged) groups.set(foldName(name), merged);
  }
  // An answer can point at a spelling another answer moves on ("Pete" → "Peter" → "Peter Adams").
  for (const [from, to] of alias) {
    let target = to;
    const seen = new Set([from]);
    while (alias.has(foldName(target)) && !seen.has(foldName(target))) {
      seen.add(foldName(target));
      target = alias.get(foldName(target)) ?? target;
    }
    alias.set(from, target);
  }
  return {
    alias,
    answered: (a, b) => pairs.has(pairKey(a, b)),
    together: (name) => groups.get(foldName(name)) ?? [],
  };
}

/**
 * The name (and id) of a supporter an ECT named by role or as family, in the ECT's own words:
 * "my mentor (Priya Nair)". One per ECT and wording, never shared between ECTs.
 */
export function unnamedName(written: string, ect: string): string {
  return `${written} (${ect})`;
}

/**
 * Says where a titled name was kept on its own because several people could be it ("Mr Patel" with
 * Anil and Vikram Patel named), unless the lead has already answered for every one of them.
 */
export function noteKeptApart(log: ImportLog, spellings: readonly Spelling[], answers: Answers): void {
  const names = spellings.map((s) => s.name);
  for (const k of titledAmongMany(names)) {
    const titled = spellings[k.index];
    // A staff-list "Mr Khan" is who their id says, not a name that could be someone else.
    if (!titled || titled.listed === true) continue;
    const open = k.candidates.filter((c) => !answers.answered(titled.name, names[c] ?? ""));
    if (open.length === 0) continue;
    const where = titled.where[0];
    log.note(
      "info",
      where?.file ?? "",
      `"${titled.name}" kept apart: more than one ${k.surname} is named (${listNames(k.candidates.map((c) => names[c] ?? ""))}); check if it is one of them.`,
      where?.row,
      where?.column,
    );
  }
}

/** "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
