/**
 * Titles written before a surname ("Mr Patel", "Dr. Shah"), as folded words. A title says nothing
 * about which first name goes with it: gender is never inferred from first names.
 */
export const TITLES: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "sir",
  "dame",
  "mister",
  "missus",
  "doctor",
  "professor",
]);

/** True for a folded word that is a title ("mr", "dr"; the dot is gone after folding). */
export function isTitle(foldedWord: string): boolean {
  return TITLES.has(foldedWord);
}
