/**
 * A school typed by hand (a lead correcting someone's details), read by the spelling rule of
 * schoolNames.ts: a name differing from a school on the map only in case or spacing is that
 * school, written as the map writes it; any other spelling is a new school. A new school is never
 * refused (a trust does open schools), but the schools it may have meant are found, so the page
 * can say "New school" and offer them.
 */
import { typingSlip } from "../names/typingSlip.ts";
import { looseSchoolKey, schoolKey } from "../model/schoolNames.ts";

export type TypedSchool =
  | { readonly kind: "blank" }
  /** One of the map's schools: `school` is its spelling on the map. */
  | { readonly kind: "known"; readonly school: string }
  /** No one on the map is at this school: `near` holds the map's schools it may have meant. */
  | { readonly kind: "new"; readonly school: string; readonly near: readonly string[] };

/** At most this many near matches are offered: more would be a list to read, not a hint. */
const MAX_NEAR = 3;

/** Whether `a` and `b` (both keys) differ by one typing slip or by nothing. */
const slipOrSame = (a: string, b: string) => a === b || typingSlip(a, b) !== undefined;

/**
 * Reads a typed school against the schools on the map (as shown, one spelling each).
 * @example typedSchool(" brookside  SCHOOL", ["Brookside School"]) // { kind: "known", school: "Brookside School" }
 * @example typedSchool("Brookside Schol", ["Brookside School"]) // { kind: "new", school: "Brookside Schol", near: ["Brookside School"] }
 */
export function typedSchool(typed: string, schools: readonly string[]): TypedSchool {
  const key = schoolKey(typed);
  if (key === "") return { kind: "blank" };
  const same = schools.find((s) => schoolKey(s) === key);
  if (same !== undefined) return { kind: "known", school: same };
  const loose = looseSchoolKey(typed);
  const near = schools.filter((s) => {
    const theirs = looseSchoolKey(s);
    // Words left off or added ("Brookside" for "Brookside School"), or one slip in the name as a whole or its core.
    return (loose !== "" && slipOrSame(loose, theirs)) || typingSlip(key, schoolKey(s)) !== undefined;
  });
  // The typed name with its spacing tidied, as the importer keeps a cell's words.
  return { kind: "new", school: typed.replace(/\s+/gu, " ").trim(), near: near.slice(0, MAX_NEAR) };
}
