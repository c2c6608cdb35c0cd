/**
 * One typing slip between two folded names: a character added, missing, changed, or two neighbours
 * swapped (Damerau–Levenshtein distance 1). A slip involving a digit is not counted: "Year 7 team"
 * and "Year 8 team" are two groups, not a typo.
 */

export type SlipKind = "added" | "missing" | "changed" | "swapped";

export interface Slip {
  readonly kind: SlipKind;
  /** The character concerned (for "swapped", the first of the two). */
  readonly char: string;
}

const DIGIT = /[0-9]/;

/**
 * The one slip that turns a into b, or undefined when they differ by none or by more than one.
 * @example typingSlip("ravi patel", "ravi patell") // { kind: "added", char: "l" }
 */
export function typingSlip(a: string, b: string): Slip | undefined {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return undefined;
  let i = 0;
  const shorter = Math.min(la, lb);
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return undefined;
    if (sameFrom(a, i + 1, b, i + 1)) return slip("changed", b[i] ?? "", a[i] ?? "");
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2))
      return slip("swapped", a[i] ?? "", a[i + 1] ?? "");
    return undefined;
  }
  // One character more in b ("added") or in a ("missing"), first differing at i.
  if (lb > la) return sameFrom(a, i, b, i + 1) ? slip("added", b[i] ?? "") : undefined;
  return sameFrom(a, i + 1, b, i) ? slip("missing", a[i] ?? "") : undefined;
}

function slip(kind: SlipKind, char: string, other = ""): Slip | undefined {
  return DIGIT.test(char) || DIGIT.test(other) ? undefined : { kind, char };
}

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
