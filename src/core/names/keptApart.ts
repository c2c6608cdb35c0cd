/**
 * Titled names left apart because they could be more than one person: "Mr Patel" when a survey names
 * Anil Patel and Vikram Patel. findSameNames proposes "Mr Patel" only when one Patel is named; with
 * two or more it cannot choose, and the lead should hear why the name was kept on its own.
 */
import { foldName } from "./foldName.ts";
import { isTitle } from "./titles.ts";

export interface KeptApart {
  /** Index of the titled name ("Mr Patel") in the names given. */
  readonly index: number;
  /** The surname as written after the title ("Patel"). */
  readonly surname: string;
  /** Indices of the untitled names ending in that surname, in the order given (two or more). */
  readonly candidates: readonly number[];
}

/**
 * @example titledAmongMany(["Mr Patel", "Anil Patel", "Vikram Patel"])
 * // [{ index: 0, surname: "Patel", candidates: [1, 2] }]
 */
export function titledAmongMany(names: readonly string[]): KeptApart[] {
  const folded = names.map(foldName);
  // "mr patel" → "patel": only titled names with a surname of two letters or more, as findSameNames reads them.
  const wanted = new Map<string, number[]>();
  folded.forEach((f, i) => {
    const words = f.split(" ");
    const bare = words.slice(1).join(" ");
    if (words.length < 2 || !isTitle(words[0] ?? "") || (words[1] ?? "").length < 2) return;
    wanted.set(bare, [...(wanted.get(bare) ?? []), i]);
  });
  if (wanted.size === 0) return [];
  const holders = new Map<string, number[]>();
  folded.forEach((f, i) => {
    const words = f.split(" ");
    if (words.length < 2 || isTitle(words[0] ?? "")) return;
    // Every tail of the words is a possible surname: "van dyke" and "dyke" for "Pieter van Dyke".
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(" ");
      if (wanted.has(tail)) holders.set(tail, [...(holders.get(tail) ?? []), i]);
    }
  });
  const out: KeptApart[] = [];
  for (const [surname, titled] of wanted) {
    const candidates = holders.get(surname) ?? [];
    if (candidates.length < 2) continue;
    for (const index of titled) {
      const written = names[index] ?? "";
      out.push({ index, surname: written.replace(/^\s*\S+?[.\s]\s*/, "").trim() || surname, candidates });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
