/**
 * Text normalisation for matching headers and vocabulary. Matching ignores case, surrounding spaces,
 * hyphens, underscores, punctuation and "&"/"and" differences (docs/domain.md section 2).
 */

/** A header as words: text in brackets and `?` dropped, punctuation to spaces, lower case. */
export function headerWords(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The compact key two spellings of the same term share: "T&L" = "tl", "Well-being" = "wellbeing". */
export function termKey(text: string): string {
  return headerWords(text)
    .split(" ")
    .filter((w) => w !== "and")
    .join("");
}

/** A value as written, trimmed with inner whitespace collapsed, for matching names. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
