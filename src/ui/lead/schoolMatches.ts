/**
 * Which schools a school chooser lists for what has been typed. A trust or a national network can
 * have thousands of schools: the chooser shows only a screenful of matches, so the page never holds
 * an element per school, and says how many more there are. Names and what is typed are compared
 * through the core's foldName (case, accents, apostrophes and punctuation ignored), as names are
 * matched everywhere else: "ecole" finds "École", "st annes" finds "St Anne's".
 */
import { foldName } from "../../core/index.ts";

/** At or under this many schools a plain `<select>` is quicker to use than typing. */
export const SHORT_LIST = 30;

/** How many matches the chooser lists at once: a screenful, few enough to draw at once. */
export const SHOWN_MATCHES = 50;

export interface SchoolMatches {
  /** The schools to list, those whose name (or one of its words) starts with the text first. */
  readonly shown: readonly string[];
  /** How many schools match in all (`shown` holds at most `limit` of them). */
  readonly total: number;
}

/** Where `query` sits in `name`: 0 at the start, 1 at a word's start, 2 inside a word, -1 not at all. */
function rank(name: string, query: string): number {
  const at = name.indexOf(query);
  if (at < 0) return -1;
  if (at === 0) return 0;
  // A later match may start a word even when the first one does not ("ford" in "Oxford Ford Academy").
  for (let i = at; i >= 0; i = name.indexOf(query, i + 1)) if (!/[\p{L}\p{N}]/u.test(name[i - 1] ?? "")) return 1;
  return 2;
}

/**
 * The schools containing `text` (accents and case ignored; spaces at either end too), best first
 * and otherwise in the order given (the page's schools come sorted); every school when `text` is
 * blank. `folded` is `schools` through `foldName`, made once per list rather than per key press.
 *
 * With nothing typed, the `chosen` school is always among those shown: reopening the list must show
 * (and highlight) what is chosen, and the first `limit` schools in order left out the 51st and every
 * one after it. The list then shows the run of `limit` schools around it, still in order.
 */
export function schoolMatches(
  schools: readonly string[],
  folded: readonly string[],
  text: string,
  limit = SHOWN_MATCHES,
  chosen?: string,
): SchoolMatches {
  const query = foldName(text.trim());
  if (query === "") {
    const at = chosen === undefined ? -1 : schools.indexOf(chosen);
    // Centred on the chosen school where there is room, the list's start or end where there is not.
    const start = at < limit ? 0 : Math.max(0, Math.min(at - Math.floor(limit / 2), schools.length - limit));
    return { shown: schools.slice(start, start + limit), total: schools.length };
  }
  const byRank: string[][] = [[], [], []];
  let total = 0;
  for (const [i, name] of schools.entries()) {
    const r = rank(folded[i] ?? foldName(name), query);
    if (r < 0) continue;
    total++;
    const bucket = byRank[r];
    // Each bucket only needs as many as could be shown.
    if (bucket && bucket.length < limit) bucket.push(name);
  }
  return { shown: byRank.flat().slice(0, limit), total };
}

/** The school `text` names exactly (accents and case ignored), if any: typing a whole name chooses it. */
export function exactSchool(schools: readonly string[], folded: readonly string[], text: string): string | undefined {
  const query = foldName(text.trim());
  const i = folded.indexOf(query);
  return i < 0 ? undefined : schools[i];
}
