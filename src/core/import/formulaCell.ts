/**
 * A survey answer written as a spreadsheet formula: `=HYPERLINK("https://…", "Jess Hartley")`
 * (pasted from a staff directory) or `=1+2` (a slip). Read as text it made a supporter called
 * `=HYPERLINK(…)`, or, with no letters, vanished without a word. A HYPERLINK's shown text is
 * read as the answer; any other formula is not read, and the lead is told where it is.
 */

/** What a cell holding a formula says: the text to read instead, or nothing readable. */
export type FormulaCell = { readonly kind: "link"; readonly text: string } | { readonly kind: "formula" };

// `=HYPERLINK("target", "text")`, either quote style, any case, spaces anywhere; `""` inside a
// string is a quote, as in a spreadsheet. The text is the second argument.
const HYPERLINK =
  /^=\s*HYPERLINK\s*\(\s*("(?:[^"]|"")*"|'(?:[^']|'')*')\s*[,;]\s*("(?:[^"]|"")*"|'(?:[^']|'')*')\s*\)\s*$/i;

/**
 * `undefined` for an ordinary cell. (Mosaic's own exports guard such cells with a `'`, which the
 * import takes off; no export of Mosaic's is a survey, so a survey's `=` is always the sheet's.)
 * @example
 * formulaCell('=HYPERLINK("https://staff.example/jh", "Jess Hartley")'); // { kind: "link", text: "Jess Hartley" }
 * formulaCell("=1+2"); // { kind: "formula" }
 * formulaCell("Jess Hartley"); // undefined
 */
export function formulaCell(cell: string): FormulaCell | undefined {
  if (cell.charCodeAt(0) !== 61 /* = */) return undefined;
  const link = HYPERLINK.exec(cell);
  const shown = link?.[2];
  if (shown === undefined) return { kind: "formula" };
  const quote = shown[0] ?? '"';
  const text = shown
    .slice(1, -1)
    .replaceAll(quote + quote, quote)
    .trim();
  return text ? { kind: "link", text } : { kind: "formula" };
}
