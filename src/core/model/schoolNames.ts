/**
 * One school written several ways. A school name differing only in case or spacing ("Brookside
 * School", "brookside  school") is the same school: nobody means two schools by that, and left
 * apart they split filters and the heat map. Such spellings become the one written most often.
 * A difference of words or punctuation ("Brookside" and "Brookside School", "St Mary's" and "St
 * Marys") may still be one school, but may not ("Brookside" could be a primary beside "Brookside
 * School"): those are never merged, only asked about ("Same school?").
 */

/**
 * The name with case and spacing set aside: what two spellings of one school share.
 * @example schoolKey("  Brookside   SCHOOL ") // "brookside school"
 */
export function schoolKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
}

/** A school's spelling and how many people it was written for, in the order first written. */
export interface SchoolSpelling {
  readonly name: string;
  readonly count: number;
}

/**
 * The spelling each written one is shown as: the most written spelling with the same schoolKey,
 * the first written on a tie. Spellings with no other of their key map to themselves.
 * @example shownSchools([{ name: "brookside school", count: 1 }, { name: "Brookside School", count: 3 }]).get("brookside school") // "Brookside School"
 */
export function shownSchools(spellings: readonly SchoolSpelling[]): Map<string, string> {
  const best = new Map<string, SchoolSpelling>();
  for (const s of spellings) {
    const key = schoolKey(s.name);
    const b = best.get(key);
    if (b === undefined || s.count > b.count) best.set(key, s);
  }
  return new Map(spellings.map((s) => [s.name, best.get(schoolKey(s.name))?.name ?? s.name]));
}

/** Words a school's name may carry or leave off: "The Brookside School" and "Brookside" ask. */
const LEADING = /^the /u;
const TRAILING = / (school|academy)$/u;

/**
 * What two names that may be one school share: schoolKey without punctuation, a leading "the" or
 * a trailing "school" or "academy". Blank for a name that is nothing but those.
 * @example looseSchoolKey("The St. Mary's Academy") // "st marys"
 */
export function looseSchoolKey(name: string): string {
  const bare = schoolKey(name)
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  return bare.replace(LEADING, "").replace(TRAILING, "").trim();
}

/**
 * Pairs of shown school names that may be one school (the same loose key, different schoolKey),
 * each pair once, the first written first. For "Same school?" questions; never merged.
 * @example sameSchoolPairs(["Brookside", "Brookside School", "Oakfield"]) // [["Brookside", "Brookside School"]]
 */
export function sameSchoolPairs(shown: readonly string[]): [string, string][] {
  const byLoose = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const name of shown) {
    const key = schoolKey(name);
    const loose = looseSchoolKey(name);
    if (seen.has(key) || loose === "") continue;
    seen.add(key);
    const group = byLoose.get(loose);
    if (group) group.push(name);
    else byLoose.set(loose, [name]);
  }
  const pairs: [string, string][] = [];
  for (const group of byLoose.values()) for (let i = 1; i < group.length; i++) pairs.push([group[0]!, group[i]!]);
  return pairs;
}
