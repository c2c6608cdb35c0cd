/**
 * Answers that name nobody: "nobody really", "N/A", "not sure", "-". Matched on the folded text, so
 * "No-one", "no one" and "NO ONE" are one phrase, and "don't know" is "dont know".
 */

/** The phrases themselves, folded. */
const NON_ANSWERS: ReadonlySet<string> = new Set([
  "no one",
  "noone",
  "no body",
  "nobody",
  "none",
  "nothing",
  "nil",
  "na",
  "n a",
  "nk",
  "n k",
  "no",
  "nope",
  "not really",
  "not applicable",
  "not known",
  "unknown",
  "not sure",
  "unsure",
  "dont know",
  "do not know",
  "i dont know",
  "dunno",
  "idk",
  "no idea",
  "not anyone",
  "anyone",
  "not any",
  "no one specific",
  "nobody specific",
  "none specific",
  "no one in particular",
  "nobody in particular",
  "i dont have anyone",
  "i dont have one",
  "dont have anyone",
  "dont have one",
  "i have no one",
  "i have nobody",
  "havent got anyone",
  "i havent got anyone",
  "no support",
  "tbc",
  "tbd",
  "pass",
  "x",

  "nobody yet",
  "not yet",
  "not at the moment",
  "not currently",
  "no one yet",
]);

/**
 * Words that only soften a non-answer ("nobody really", "none yet", "nobody at the moment"), taken
 * off the end before the look-up, longest first. Only ever removed from the end, and only when
 * what is left is a non-answer, so "Nobody Smith" is still a name.
 */
const SOFTENERS: readonly string[] = [
  " at the moment",
  " at present",
  " right now",
  " to be honest",
  " in particular",
  " specifically",
  " currently",
  " so far",
  " as yet",
  " at all",
  " really",
  " yet",
  " tbh",
  " now",
  " sorry",
];

const SOFTENER_ENDS: ReadonlySet<string> = new Set(SOFTENERS.map((s) => s.slice(s.lastIndexOf(" ") + 1)));

/**
 * True when a folded piece names nobody. An empty fold (only punctuation: "-", "?", "–") is a
 * non-answer too.
 * @example isNonAnswer(foldName("Nobody at the moment")) // true
 */
export function isNonAnswer(folded: string): boolean {
  if (folded.length === 0 || NON_ANSWERS.has(folded)) return true;
  // Most pieces are names: their last word softens nothing, so no softener is tried.
  if (!SOFTENER_ENDS.has(folded.slice(folded.lastIndexOf(" ") + 1))) return false;
  let rest = folded;
  for (let cut = true; cut;) {
    cut = false;
    for (const s of SOFTENERS)
      if (rest.endsWith(s)) {
        rest = rest.slice(0, rest.length - s.length);
        cut = true;
        if (NON_ANSWERS.has(rest)) return true;
      }
  }
  return false;
}
