/**
 * A supporter the ECT named by role or as family keeps the ECT's own words as its name ("my mentor
 * (Jess Hartley)", Person.unnamed). Inside a sentence the page says, "my" would be the app's voice,
 * so there the ECT's "my" or "our" becomes "your" when the page speaks to the ECT and "their" when it
 * speaks to the lead about them. Only the display changes: the stored name stays as the ECT wrote it.
 */
import type { Voice } from "../core/index.ts";

// The ECT's own possessive, as a whole word at the start ("Myra Jones" is a name, not "my ra").
const OWN = /^(?:my|our)\s+(?=\S)/iu;
// A capitalised word ("Mentor", "Line") reads in lower case after "your"; "HoD", "SENCo" and "DSL" keep theirs.
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
// Isolates and other marks a presented name can open with (names.ts isolate).
const OPENING_MARKS = /^[\u2066-\u2069\u200e\u200f]*/u;

/**
 * @param unnamed whether the person is named by role or as family (Person.unnamed); a named person's
 *   name is never changed, however it starts
 * @example voicedName("My Mentor (Jess Hartley)", "you", true) // "your mentor (Jess Hartley)"
 * @example voicedName("my HoD (Jess Hartley)", "they", true) // "their HoD (Jess Hartley)"
 */
export function voicedName(name: string, voice: Voice, unnamed: boolean): string {
  const own = unnamed ? OWN.exec(name) : null;
  if (!own) return name;
  const rest = name.slice(own[0].length);
  // The ECT's name in brackets (unnamedName) is a name: only the words before it change case.
  const bracket = rest.lastIndexOf(" (");
  const words = bracket > 0 ? rest.slice(0, bracket) : rest;
  const lowered = words
    .split(" ")
    .map((w) => (CAPITALISED.test(w) ? w.toLowerCase() : w))
    .join(" ");
  return `${voice === "you" ? "your" : "their"} ${lowered}${bracket > 0 ? rest.slice(bracket) : ""}`;
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
