/**
 * Seniority read from a role title when the seniority column is blank (docs/domain.md 3.4's vocabulary).
 * Edge lists and surveys carry no seniority, and a blank one counts as peer-like: without this a
 * deputy head named in one would be treated as a peer, and HIERARCHY_ONLY and ORG_SINGLE_VIEW could
 * never fire. The analysis reads `effectiveSeniority`; the person record keeps what was written.
 */
import type { Seniority } from "./enums.ts";
import type { Person } from "./types.ts";

/**
 * Phrases, most specific first: "deputy head" before "head", "head of year" before "head". "ECT"
 * and "NQT" name an ECT only when not a role about ECTs ("ECT mentor", "ECT lead").
 */
const PATTERNS: readonly (readonly [RegExp, Seniority])[] = [
  [/\b(slt|senior leader|(deputy|assistant) (head|principal)|vice principal)/, "senior_leader"],
  [/\b(hod|head of (?!school\b)|subject lead|phase lead)/, "middle_leader"],
  [/\b(head ?teacher|head|principal)\b/, "headteacher"],
  [
    /\b(nqt|ect|early career teacher)\b(?! (mentor|lead|leader|tutor|co ?ordinator|network|programme|induction))/,
    "ect",
  ],
];

/** The seniority a role title names, or undefined when it names none. */
export function seniorityFromRole(roleTitle: string): Seniority | undefined {
  const words = roleTitle
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [pattern, seniority] of PATTERNS) if (pattern.test(words)) return seniority;
  return undefined;
}

/** Is p's seniority read from their role title (blank seniority, a person who is not support staff)? */
function readsFromRole(p: Person): boolean {
  return p.seniority === undefined && p.kind === "person" && p.staff_type !== "support" && p.role_title !== undefined;
}

/**
 * The seniority the analysis uses: as recorded, or read from the role title when blank. Support
 * staff and groups have none by definition (docs/domain.md 3.1), so theirs is never read.
 */
export function effectiveSeniority(p: Person): Seniority | undefined {
  if (p.seniority !== undefined || !readsFromRole(p)) return p.seniority;
  return seniorityFromRole(p.role_title ?? "");
}

const WORDS: Readonly<Record<Seniority, string>> = {
  ect: "ECT",
  teacher: "teacher",
  middle_leader: "middle leader",
  senior_leader: "senior leader",
  headteacher: "headteacher",
};

/** The import report's one line about seniorities read from role titles, or undefined when none were. */
export function seniorityFromRolesNote(people: readonly Person[]): string | undefined {
  let count = 0;
  let example: string | undefined;
  for (const p of people) {
    if (!readsFromRole(p)) continue;
    const s = seniorityFromRole(p.role_title ?? "");
    if (s === undefined) continue;
    count++;
    example ??= `"${p.role_title}" as ${WORDS[s]}`;
  }
  if (count === 0) return undefined;
  return `Seniority was not given for ${count} ${count === 1 ? "person" : "people"}, so it was read from their role ${count === 1 ? "title" : "titles"} (for example ${example}). Check the people list if any look wrong.`;
}
