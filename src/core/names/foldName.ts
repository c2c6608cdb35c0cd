/**
 * The key two spellings of one name share. "Siobhán O'Neill", "siobhan  oneill" and "SIOBHAN O’NEILL"
 * all fold to "siobhan oneill".
 *
 * Rules, in order:
 * 1. lower case;
 * 2. accents dropped (NFD, then every combining mark removed), and the letters NFD leaves whole
 *    spelt out: ø→o, ß→ss, æ→ae, œ→oe, ł→l, đ→d, ð→d, þ→th, ı→i;
 * 3. apostrophes removed (' ’ ‘ ` ´ ʼ): "O'Neill" = "ONeill". They sit inside one name, so removing
 *    them keeps the name one word. "O Neill" stays two words and so a different key; it is one
 *    character away, so the typing-slip check still offers it;
 * 4. every other run of characters that are not letters or digits (hyphens, dots, brackets, spaces,
 *    emoji) becomes one space: "Smith-Jones" = "Smith Jones", "J.Smith" = "J Smith";
 * 5. trimmed.
 *
 * Idempotent, and never empty for a string with a letter or digit (other than an apostrophe-like
 * modifier letter ʼ, which is read as an apostrophe).
 */

/** Already a key: lower-case ASCII letters and digits in words separated by single spaces. */
const FOLDED_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´ʼ]/g;
const SPELT_OUT = /[øßæœłđðþı]/g;
const SPELLING: Readonly<Record<string, string>> = {
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_NOT_WORD = /[^a-z0-9]+/g;

/**
 * @example foldName("Siobhán O'Neill") // "siobhan oneill"
 * @example foldName("Mr. J-P Smith") // "mr j p smith"
 */
export function foldName(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: no normalisation, at most one replace.
  if (FOLDED_ASCII.test(lower)) return lower;
  if (ASCII.test(lower)) return lower.replace(APOSTROPHES, "").replace(ASCII_NOT_WORD, " ").trim();
  return lower
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(APOSTROPHES, "")
    .replace(SPELT_OUT, (c) => SPELLING[c] ?? c)
    .replace(NOT_WORD, " ")
    .trim();
}

const HAS_MARKS = /\p{M}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * True when a name carries letters that folding plainly changes: accents, or ø, ß, æ and the like.
 * Used to prefer "Siobhán" over "Siobhan" when both spellings need one to keep.
 */
export function hasAccents(text: string): boolean {
  if (!NON_ASCII.test(text)) return false;
  const lower = text.toLowerCase();
  SPELT_OUT.lastIndex = 0;
  return HAS_MARKS.test(lower.normalize("NFD")) || SPELT_OUT.test(lower);
}
