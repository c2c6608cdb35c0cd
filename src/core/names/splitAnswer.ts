/**
 * Splits one answer cell into the pieces that each name someone (or say nobody):
 * "Jane Doyle and Ravi Patel" → ["Jane Doyle", "Ravi Patel"].
 *
 * Separators: `,` `;` `/` `+` `&` `|`, line breaks, and the word "and" (any case) standing alone
 * between two words: never inside a word ("Anderson", "Sandy", "Brandon"). Nothing inside matched
 * brackets is split: "Trust ECT peer network (half-termly)" and "Sam (HoD, maths)" stay whole (an
 * unclosed bracket protects nothing, so one stray "(" cannot swallow the rest of the cell).
 * Not separators either:
 * - "and", "&" or "/" between two titles: "Mr and Mrs Smith", "Mr & Mrs Smith" stay one piece;
 * - "&" or "/" between two single letters: "N/A", "T&L", "D&T";
 * - "and" in "teaching and learning".
 * Each piece is trimmed of spaces and of stray punctuation at its ends (bullets "- ", "•", a final
 * "." or "?"), inner spaces collapsed; pieces left with nothing are dropped. Letters and digits are
 * never dropped except the separating "and"s.
 */
import { isTitle } from "./titles.ts";

/** A cheap superset test: a cell without any of these is one piece. */
const MAYBE_SPLIT = /[,;/+&|\n\r]|and/i;
const HAS_BRACKET = /[()[\]{}]/;
const EDGES = /^[\s\-–—•·*.:!?_"“”>]+|[\s\-–—•·*.,:!?_"“”]+$/g;
const INNER_SPACES = /\s{2,}|[^\S ]/;
const ALL_SPACES = /\s+/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const SPACE = 32;
const DOT = 46;
const SLASH = 47;
const AMP = 38;
/** `,` `;` `/` `+` `&` `|` LF CR, by char code. */
const SEPARATOR_CODES: ReadonlySet<number> = new Set([44, 59, SLASH, 43, AMP, 124, 10, 13]);

function isWordCode(code: number, raw: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(raw[i] ?? "");
}
function isWordAt(raw: string, i: number): boolean {
  return i >= 0 && i < raw.length && isWordCode(raw.charCodeAt(i), raw, i);
}
function isLetterAt(raw: string, i: number): boolean {
  return isWordAt(raw, i) && !(raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57);
}

/**
 * @example splitAnswer("Jane Doyle and Ravi Patel") // ["Jane Doyle", "Ravi Patel"]
 * @example splitAnswer("Mr Patel; Sarah") // ["Mr Patel", "Sarah"]
 * @example splitAnswer("Sam (HoD, maths) & Lisa") // ["Sam (HoD, maths)", "Lisa"]
 */
export function splitAnswer(raw: string): string[] {
  const pieces: string[] = [];
  if (!MAYBE_SPLIT.test(raw)) {
    pushPiece(pieces, raw);
    return pieces;
  }
  const closes = HAS_BRACKET.test(raw) ? matchBrackets(raw) : undefined;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const close = closes?.get(i);
    if (close !== undefined) {
      i = close;
      continue;
    }
    if (SEPARATOR_CODES.has(c)) {
      // "N/A", "T&L", "Mr & Mrs Smith": a slash or ampersand that joins rather than separates.
      if ((c === SLASH || c === AMP) && (singleLettersAround(raw, i, i + 1) || titlesAround(raw, i, i + 1))) continue;
      pushPiece(pieces, raw.slice(start, i));
      start = i + 1;
      continue;
    }
    if ((c | 32) === 97 && isAndAt(raw, i) && !keepsAnd(raw, i) && !joinsPlaceNames(raw, start, i)) {
      pushPiece(pieces, raw.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  pushPiece(pieces, raw.slice(start));
  return pieces;
}

function pushPiece(pieces: string[], text: string): void {
  let piece = text.replace(EDGES, "");
  if (INNER_SPACES.test(piece)) piece = piece.replace(ALL_SPACES, " ");
  if (piece.length > 0) pieces.push(piece);
}

/** The word "and" (any case) at i, standing alone. */
function isAndAt(raw: string, i: number): boolean {
  return (
    (raw.charCodeAt(i + 1) | 32) === 110 &&
    (raw.charCodeAt(i + 2) | 32) === 100 &&
    !isWordAt(raw, i - 1) &&
    !isWordAt(raw, i + 3)
  );
}

/** An "and" that joins words of one piece: "Mr and Mrs Smith", "teaching and learning". */
function keepsAnd(raw: string, i: number): boolean {
  if (titlesAround(raw, i, i + 3)) return true;
  return wordBefore(raw, i) === "teaching" && wordAfter(raw, i + 3) === "learning";
}

/** Words that make a phrase the name of a group or place rather than a person. */
const GROUP_WORDS =
  /\b(network|team|group|trust|circle|federation|hub|partnership|alliance|school|academy|college|council|department)s?\b/i;
const UNTIL_SEPARATOR = /^[^,;/+|\n\r]*/;

/**
 * An "and" inside a group's or place's name: one word before it, and after it several words
 * naming a group or with a bracket ("Aire and Calder ECT network (half-termly)").
 */
function joinsPlaceNames(raw: string, start: number, i: number): boolean {
  const before = raw.slice(start, i).trim();
  if (before.length === 0 || /\s/.test(before)) return false;
  const after = (UNTIL_SEPARATOR.exec(raw.slice(i + 3))?.[0] ?? "").trim();
  return /\s/.test(after) && (after.includes("(") || GROUP_WORDS.test(after));
}

function titlesAround(raw: string, from: number, to: number): boolean {
  return isTitle(wordBefore(raw, from)) && isTitle(wordAfter(raw, to));
}

/** "N/A", "T & L": one letter standing alone on each side (spaces allowed between). */
function singleLettersAround(raw: string, from: number, to: number): boolean {
  let j = from - 1;
  while (j >= 0 && raw.charCodeAt(j) === SPACE) j--;
  let k = to;
  while (k < raw.length && raw.charCodeAt(k) === SPACE) k++;
  return isLetterAt(raw, j) && !isWordAt(raw, j - 1) && isLetterAt(raw, k) && !isWordAt(raw, k + 1);
}

/** The word ending before `at` (spaces and dots skipped: "Mr. and"), lower case; "" if none. */
function wordBefore(raw: string, at: number): string {
  let end = at;
  while (end > 0 && (raw.charCodeAt(end - 1) === SPACE || raw.charCodeAt(end - 1) === DOT)) end--;
  let begin = end;
  while (isWordAt(raw, begin - 1)) begin--;
  return raw.slice(begin, end).toLowerCase();
}

/** The word starting after `at` (spaces skipped), lower case; "" if none. */
function wordAfter(raw: string, at: number): string {
  let begin = at;
  while (begin < raw.length && raw.charCodeAt(begin) === SPACE) begin++;
  let end = begin;
  while (isWordAt(raw, end)) end++;
  return raw.slice(begin, end).toLowerCase();
}

/** Each opening bracket's index → its matching closing bracket's; unmatched ones are left out. */
function matchBrackets(raw: string): Map<number, number> {
  const closes = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "(" || c === "[" || c === "{") stack.push(i);
    else if (c === ")" || c === "]" || c === "}") {
      const want = c === ")" ? "(" : c === "]" ? "[" : "{";
      // Close the nearest matching opening; openings in between stay unmatched.
      for (let s = stack.length - 1; s >= 0; s--) {
        const open = stack[s] ?? -1;
        if (raw[open] !== want) continue;
        closes.set(open, i);
        stack.length = s;
        break;
      }
    }
  }
  // A bracket inside a matched pair is skipped with it; only the outermost pair matters.
  return closes;
}
