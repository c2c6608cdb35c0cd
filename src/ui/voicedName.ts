/**
 * A supporter the ECT named by role or as family is stored in the ECT's own words, with the ECT's
 * name in brackets to keep it theirs alone (unnamedName: "Mum (Siobhán)", "my mentor (Jess
 * Hartley)"). Shown as stored, the bracket reads as the person's name: "Mum (Siobhán)" is a mum
 * called Siobhán. So every view says it one way per voice: to the ECT "your mum", "your mentor";
 * to the lead "Siobhán's mum", "Jess Hartley's mentor". Only the display changes: the stored and
 * exported name stays as the ECT wrote it.
 */
import type { Voice } from "../core/index.ts";

// The ECT's own possessive or an article, as a whole word at the start ("Myra Jones" is a name).
const OPENING = /^(?:my|our|a|an|the|some)\s+(?=\S)/iu;
// The ECT's name that unnamedName adds, in brackets at the end.
const OWNER = /^(.+?) \(([^()]+)\)$/u;
// A capitalised word ("Mum", "Mentor", "Line") reads in lower case after "your"; "HoD", "SENCo", "GP" keep theirs.
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// Isolates and other marks a presented name can open with (names.ts isolate).
const OPENING_MARKS = /^[\u2066-\u2069\u200e\u200f]*/u;

/**
 * @param unnamed whether the person is named by role or as family (Person.unnamed); a named person's
 *   name is never changed, however it starts ("Myra Jones", "My Nguyen")
 * @example voicedName("Mum (Siobhán)", "you", true) // "your mum"
 * @example voicedName("my mum (Amelia Brooks)", "they", true) // "Amelia Brooks's mum"
 * @example voicedName("my HoD (Jess Hartley)", "they", true) // "Jess Hartley's HoD"
 */
export function voicedName(name: string, voice: Voice, unnamed: boolean): string {
  if (!unnamed) return name;
  const owned = OWNER.exec(name);
  const written = owned?.[1] ?? name;
  const owner = owned?.[2];
  if (/^(?:my|our|a|an|the|some)$/iu.test(written.trim())) return name;
  const opening = OPENING.exec(written);
  const words = (opening ? written.slice(opening[0].length) : written)
    .split(" ")
    .map((w) => (CAPITALISED.test(w) ? w.toLowerCase() : w))
    .join(" ");
  if (!words.trim()) return name;
  if (voice === "you") return `your ${words}`;
  return owner ? `${owner}'s ${words}` : `their ${words}`;
}

/**
 * A sentence that opens with a voiced name ("your mentor (Jess Hartley) is your only source…")
 * starts with a capital. Only "your" and "their" are raised: the page's own sentences start with a
 * capital already, and a person's name is shown as written ("de Souza" stays as it is).
 */
export function sentenceStart(text: string): string {
  const marks = OPENING_MARKS.exec(text)?.[0] ?? "";
  const rest = text.slice(marks.length);
  return /^(?:your|their) /u.test(rest) ? `${marks}${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : text;
}
