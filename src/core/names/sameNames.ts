/**
 * Finds pairs of written names that could be one person, by blocking: each name is filed under a
 * few keys (its surname, its first name's short-form lines, its one-deletion variants) and only
 * names sharing a key are compared, so the work grows with the number of names, not its square.
 * Used by proposeSamePeople (whole survey) and matchTypedName (one typed name).
 *
 * Reasons, in priority order (each unordered pair is reported once, for the first that holds):
 * - "title": "Mr Patel" and the only untitled name ending in Patel ("Ravi Patel"); or two names
 *   differing only by a title ("Dr Ravi Patel" / "Ravi Patel");
 * - "short_form": same surname, first names from one line of the short-form table ("Pete Adams" /
 *   "Peter Adams");
 * - "initial": "R Patel" (or "Mr R. Patel") and the only Patel whose first name starts with R; or,
 *   when two such Patels are themselves asked about as one ("Jess Hartley" / "Jessica Hartley"),
 *   the fuller of them, with `via` naming the other: asked in the same round, not once they are joined;
 * - "first_name_only": a lone first name and the only full name starting with it ("Sarah" /
 *   "Sarah Lee"). Precise by the same rule: no proposal when two Sarahs have surnames;
 * - "typing_slip": folded names at least 6 characters long, one slip apart ("Ravi Patell"), unless
 *   they differ in their titles ("Mr Lee" / "Mrs Lee" are two people).
 * Gender is never inferred: a title goes with any first name.
 */
import { foldName } from "./foldName.ts";
import { fullerForm, shortFormLines } from "./shortForms.ts";
import { isTitle } from "./titles.ts";
import { candidatePairs } from "./deletionIndex.ts";
import { typingSlip, type Slip } from "./typingSlip.ts";

export type SameReason = "title" | "short_form" | "initial" | "first_name_only" | "typing_slip";

export interface SameNamePair {
  /** Indices into the names given, a < b. */
  readonly a: number;
  readonly b: number;
  readonly reason: SameReason;
  /** The index of the fuller name of the two, when one is (the full name, not the title or short form). */
  readonly fuller?: number;
  /** Why, in plain UK English, with the names as written. */
  readonly why: string;
  /**
   * For an initial read through a short form: the other name it could be, which is asked about as
   * one person with `b`'s pair. Answered apart, the initial is ambiguous again and not asked.
   */
  readonly via?: number;
}

/** Typing slips are only looked for between folded names this long: shorter ones collide too often. */
export const MIN_SLIP_LENGTH = 6;

interface Parsed {
  readonly folded: string;
  readonly title: string | undefined;
  /** Folded words after the title. */
  readonly bare: readonly string[];
}

function parse(name: string): Parsed | undefined {
  const folded = foldName(name);
  if (folded.length === 0) return undefined;
  const words = folded.split(" ");
  const first = words[0] ?? "";
  return words.length > 1 && isTitle(first)
    ? { folded, title: first, bare: words.slice(1) }
    : { folded, title: undefined, bare: words };
}

/** A multimap from key to indices, kept as arrays. */
function file(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

const LEADING_WORD = /^\s*\S+?[.\s]\s*/;
const FIRST_WORD = /^\s*([^\s.]+)/;

/** "Mr Patel" → "Patel": the written name without its title. */
function withoutTitle(written: string): string {
  return written.replace(LEADING_WORD, "").trim() || written;
}
/** "Pete Adams" → "Pete". */
function firstWritten(written: string): string {
  return FIRST_WORD.exec(written)?.[1] ?? written;
}

/**
 * @example findSameNames(["Mr Patel", "Ravi Patel"]) // [{ a: 0, b: 1, reason: "title", fuller: 1, why: … }]
 */
export function findSameNames(names: readonly string[]): SameNamePair[] {
  const n = names.length;
  const parsed = names.map(parse);
  const found = new Map<number, SameNamePair>();
  const add = (i: number, j: number, reason: SameReason, why: string, fuller?: number, via?: number) => {
    if (i === j) return;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (found.has(key) || parsed[a]?.folded === parsed[b]?.folded) return;
    found.set(key, {
      a,
      b,
      reason,
      why,
      ...(fuller === undefined ? {} : { fuller }),
      ...(via === undefined ? {} : { via }),
    });
  };
  const written = (i: number) => names[i] ?? "";

  // 1. The blocks. Only keys some name will look up are filed: surnames after a title, initials,
  // lone first names. Short forms are blocked by surname among names whose first name is in the table.
  const byFolded = new Map<string, number>();
  const wantedSurnames = new Set<string>();
  const wantedInitials = new Set<string>();
  const wantedFirsts = new Set<string>();
  parsed.forEach((p, i) => {
    if (!p) return;
    if (!byFolded.has(p.folded)) byFolded.set(p.folded, i);
    const first = p.bare[0] ?? "";
    if (p.bare.length >= 2 && first.length === 1) wantedInitials.add(`${first}|${p.bare.slice(1).join(" ")}`);
    else if (p.title !== undefined) wantedSurnames.add(p.bare.join(" "));
    else if (p.bare.length === 1) wantedFirsts.add(first);
  });
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  const byInitial = new Map<string, number[]>();
  const byFormSurname = new Map<string, number[]>();
  parsed.forEach((p, i) => {
    if (!p || p.title !== undefined || p.bare.length < 2) return;
    const first = p.bare[0] ?? "";
    // Every tail of the words is a possible surname: "van dyke" and "dyke" for "Pieter van Dyke".
    if (wantedSurnames.size > 0)
      for (let k = p.folded.length; (k = p.folded.lastIndexOf(" ", k - 1)) > 0;) {
        const tail = p.folded.slice(k + 1);
        if (wantedSurnames.has(tail)) file(bySurname, tail, i);
      }
    if (first.length < 2) return;
    if (wantedFirsts.has(first)) file(byFirst, first, i);
    const rest = p.folded.slice(first.length + 1);
    if (wantedInitials.size > 0) {
      const key = `${first[0]}|${rest}`;
      if (wantedInitials.has(key)) file(byInitial, key, i);
    }
    if (shortFormLines(first).length > 0) file(byFormSurname, rest, i);
  });

  // 2. Titles: "Dr Ravi Patel" / "Ravi Patel", then "Mr Patel" / the only untitled Patel.
  parsed.forEach((p, i) => {
    if (!p || p.title === undefined) return;
    const bare = p.bare.join(" ");
    const same = byFolded.get(bare);
    if (same !== undefined && parsed[same]?.title === undefined) {
      add(i, same, "title", `"${written(i)}" and "${written(same)}" differ only by the title`, same);
      return;
    }
    if ((p.bare[0] ?? "").length < 2) return;
    const surnamed = bySurname.get(bare);
    if (surnamed?.length === 1 && surnamed[0] !== undefined) {
      const only = surnamed[0];
      add(
        i,
        only,
        "title",
        `"${written(i)}" could be ${written(only)} (the only ${withoutTitle(written(i))} named)`,
        only,
      );
    }
  });

  // 3. Short forms within each surname block (of names whose first name is in the table).
  for (const block of byFormSurname.values())
    for (let x = 0; x < block.length; x++)
      for (let y = x + 1; y < block.length; y++) {
        const i = block[x] ?? 0;
        const j = block[y] ?? 0;
        const fi = parsed[i]?.bare[0] ?? "";
        const fj = parsed[j]?.bare[0] ?? "";
        const form = fullerForm(fi, fj);
        if (form === undefined) continue;
        const [short, full] = form === "a" ? [j, i] : [i, j];
        const why =
          form === "same"
            ? `"${written(i)}" could be ${written(j)} (${firstWritten(written(i))} and ${firstWritten(written(j))} are two spellings of one name)`
            : `"${written(short)}" could be ${written(full)} (${firstWritten(written(short))} is a short form of ${firstWritten(written(full))})`;
        add(i, j, "short_form", why, form === "same" ? undefined : full);
      }

  /**
   * "Mrs J Hartley" beside "Jess Hartley" and "Jessica Hartley", themselves a short-form pair: the
   * initial could be either, so it waited for them to be joined and was asked in a second round,
   * after a lead may have moved on. Asked now with the fuller, saying the other.
   */
  const throughShortForm = (i: number, [x, y]: readonly number[]) => {
    if (x === undefined || y === undefined) return;
    const pair = found.get(Math.min(x, y) * n + Math.max(x, y));
    if (pair?.reason !== "short_form") return;
    const fuller = pair.fuller ?? x;
    const other = fuller === x ? y : x;
    const surname = withoutTitle(written(fuller));
    add(
      i,
      fuller,
      "initial",
      `"${written(i)}" could be ${written(fuller)} (the only ${surname} whose first name starts with ${(parsed[i]?.bare[0] ?? "").toUpperCase()}, if ${written(other)} is the same person)`,
      fuller,
      other,
    );
  };

  // 4. Initials: "R Patel", "Mr R. Patel".
  parsed.forEach((p, i) => {
    if (!p || p.bare.length < 2 || (p.bare[0] ?? "").length !== 1) return;
    const rest = p.bare.slice(1).join(" ");
    const matches = byInitial.get(`${p.bare[0]}|${rest}`);
    if (matches?.length === 2) return throughShortForm(i, matches);
    if (matches?.length !== 1 || matches[0] === undefined) return;
    const only = matches[0];
    const surname = withoutTitle(written(only));
    add(
      i,
      only,
      "initial",
      `"${written(i)}" could be ${written(only)} (the only ${surname} whose first name starts with ${(p.bare[0] ?? "").toUpperCase()})`,
      only,
    );
  });

  // 5. A first name alone: "Sarah" / the only Sarah with a surname.
  parsed.forEach((p, i) => {
    if (!p || p.title !== undefined || p.bare.length !== 1 || p.folded.length < 2) return;
    const matches = byFirst.get(p.folded);
    if (matches?.length !== 1 || matches[0] === undefined) return;
    const only = matches[0];
    add(
      i,
      only,
      "first_name_only",
      `"${written(i)}" could be ${written(only)} (the only ${written(i)} named with a surname)`,
      only,
    );
  });

  // 6. Typing slips, through the symmetric deletion index.
  candidatePairs(
    parsed.map((p) => p?.folded),
    MIN_SLIP_LENGTH,
    (i, j) => {
      const pi = parsed[i];
      const pj = parsed[j];
      if (!pi || !pj || found.has(i * n + j)) return;
      if (pi.title !== pj.title && pi.title !== undefined && pj.title !== undefined) return;
      const slip = typingSlip(pi.folded, pj.folded);
      if (!slip || slipInTitle(pi, pj)) return;
      add(i, j, "typing_slip", `"${written(i)}" and "${written(j)}" ${slipWords(slip)}: perhaps a typing slip`);
    },
  );

  return [...found.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** "Mr Lee" / "Mrs Lee", "Ms Patel" / "Mrs Patel": a slip that turns one title into another. */
function slipInTitle(x: Parsed, y: Parsed): boolean {
  const tx = x.title ?? x.bare[0] ?? "";
  const ty = y.title ?? y.bare[0] ?? "";
  return tx !== ty && (isTitle(tx) || isTitle(ty));
}

function slipWords(slip: Slip): string {
  const what = slip.char === " " ? "a space" : "one letter";
  if (slip.kind === "swapped") return "differ by two letters the other way round";
  return `differ by ${what}`;
}
