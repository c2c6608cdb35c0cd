/**
 * A cell written as a spreadsheet formula: `=HYPERLINK("https://…", "Jess Hartley")` (pasted from
 * a staff directory) or `=1+2` (a slip). Read as text it made a person called `=HYPERLINK(…)`, or,
 * with no letters, vanished without a word. A HYPERLINK's shown text is read in its place; any
 * other formula is not read (readFormulaCells.ts says where it is, for every file shape).
 */

/** What a cell holding a formula says: the text to read instead, or nothing readable. */
export type FormulaCell = { readonly kind: "link"; readonly text: string } | { readonly kind: "formula" };

// `=HYPERLINK("target", "text")`, either quote style, any case, spaces anywhere; `""` inside a
// string is a quote, as in a spreadsheet. The text is the second argument.
const HYPERLINK =
  /^=\s*HYPERLINK\s*\(\s*("(?:[^"]|"")*"|'(?:[^']|'')*')\s*[,;]\s*("(?:[^"]|"")*"|'(?:[^']|'')*')\s*\)\s*$/i;

/**
 * `undefined` for an ordinary cell. Only for a cell written as a formula (CsvRecord.formulas): one
 * Mosaic's export guarded with a `'` also starts with `=` once the import has taken the `'` off.
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
