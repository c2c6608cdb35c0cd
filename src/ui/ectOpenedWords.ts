/** What is said when an ECT's map opens, from the list or the overview: who, and how many supporters. */
import { plural } from "./plural.ts";

/**
 * @param name as the page shows it (a code when names are hidden)
 * @example ectOpenedWords("Tom Gallagher", 1) // "Tom Gallagher's map is open: 1 supporter."
 */
export function ectOpenedWords(name: string, supporters: number): string {
  return `${name}'s map is open: ${supporters === 0 ? "no supporters yet" : plural(supporters, "supporter")}.`;
}
