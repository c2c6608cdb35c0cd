/**
 * One worksheet's XML to CSV text (RFC 4180 quoting, `\n` line ends) that keeps the sheet's row
 * numbers: row N of the sheet is line N of the text (an empty line for each empty row), so every
 * message the importer gives names the row the user sees in Excel.
 */
import type { DateKind } from "./excelValues.ts";
import { generalNumber, serialToText } from "./excelValues.ts";
import { FileProblem } from "./fileProblem.ts";
import { attribute, decodeXmlText, forEachAttribute, scanXml } from "./xml.ts";

export interface SheetContext {
  /** The workbook's shared strings (cells of type `s` hold an index into it). */
  readonly strings: readonly string[];
  /** The date kind of each cell style (`s="3"`), or undefined where the style shows a plain number. */
  readonly styles: readonly (DateKind | undefined)[];
  readonly date1904: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const BEYOND_LIMITS = "The first sheet has a cell beyond Excel's limits, so the workbook may be damaged.";
const CUT_SHORT =
  "The first sheet of this workbook is cut short, so the file may be damaged or only partly downloaded.";
const NO_SUCH_STRING =
  "A cell of the first sheet refers to text the workbook does not hold, so the file may be damaged.";

/**
 * Collects the text of a string item: `<si>` in the shared strings, `<is>` in a cell. Plain
 * (`<t>`) and rich text (runs `<r><t>`) are joined; phonetic guides (`<rPh>`) are left out.
 */
export class StringCollector {
  private parts: string[] = [];
  private current = "";
  private inText = false;
  private preserve = false;
  private phonetic = 0;

  open(name: string, attrs: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) {
      this.inText = true;
      this.current = "";
      this.preserve = attribute(attrs, "space") === "preserve";
    }
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t" && this.inText) {
      this.inText = false;
      // Without xml:space="preserve" Excel drops the spaces and line breaks at either end.
      this.parts.push(this.preserve ? this.current : this.current.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ""));
    }
  }

  text(raw: string): void {
    if (this.inText) this.current += raw;
  }

  /** The collected string, decoded, and the collector emptied for the next. */
  take(): string {
    const joined = this.parts.join("");
    this.parts = [];
    return cellText(joined);
  }
}

/**
 * Raw XML text as the cell's text: entities, then Excel's `_xHHHH_` escapes (`_x000D_` is a
 * carriage return; `_x005F_` an underscore, so `_x005F_x000D_` is the literal text), then line
 * breaks made `\n`.
 */
export function cellText(raw: string): string {
  let text = decodeXmlText(raw);
  if (text.includes("_x"))
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** A cell reference's column ("C7" → 2), or undefined when it has none. */
export function columnOf(ref: string): number | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? undefined : col - 1;
}

/** A cell for CSV, quoted when it holds a delimiter, a quote or a line break. */
function csvCell(text: string): string {
  return /[",;\t|\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The sheet as CSV text, ending with a line break. Empty rows at the end are left out.
 *
 * @example sheetToCsv('<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Hi</t></is></c></row></sheetData></worksheet>', ctx) // "\n,Hi\n"
 */
export function sheetToCsv(xml: string, context: SheetContext): string {
  const lines: string[] = [];
  /** The last row written and the last row seen (1-based): empty rows are written only before a row with cells. */
  let lastRow = 0;
  let lastSeen = 0;
  let row = 0;
  let cells: string[] = [];
  let inRow = false;
  let col = -1;
  let type = "";
  let style = 0;
  let value = "";
  let inValue = false;
  const inline = new StringCollector();
  let inInline = false;
  let hadInline = false;
  let ended = false;

  const endCell = () => {
    const text = cellValue(type, value, hadInline ? inline.take() : "", style, context);
    if (text.length > 0) {
      while (cells.length < col) cells.push("");
      cells[col] = text;
    }
  };

  scanXml(xml, {
    open(name, attrs) {
      if (name === "row") {
        const r = Number(attribute(attrs, "r") ?? NaN);
        // Rows come in order; one out of order (never seen from Excel) is kept as the next row.
        row = Number.isInteger(r) && r > lastSeen ? r : lastSeen + 1;
        lastSeen = row;
        if (row > MAX_ROWS) throw new FileProblem(BEYOND_LIMITS);
        cells = [];
        col = -1;
        inRow = true;
      } else if (!inRow) return;
      else if (name === "c") {
        // One pass over the attributes: this runs for every cell.
        let ref: string | undefined;
        type = "n";
        style = 0;
        forEachAttribute(attrs, (attr, text) => {
          if (attr === "r") ref = text;
          else if (attr === "t") type = text;
          else if (attr === "s") style = Number(text);
        });
        col = (ref === undefined ? undefined : columnOf(ref)) ?? col + 1;
        if (col >= MAX_COLUMNS) throw new FileProblem(BEYOND_LIMITS);
        value = "";
        hadInline = false;
      } else if (name === "v") {
        inValue = true;
        value = "";
      } else if (name === "is") inInline = hadInline = true;
      else if (inInline) inline.open(name, attrs);
    },
    close(name) {
      if (name === "sheetData") ended = true;
      if (!inRow) return;
      if (name === "v") inValue = false;
      else if (name === "is") inInline = false;
      else if (inInline) inline.close(name);
      else if (name === "c") endCell();
      else if (name === "row") {
        inRow = false;
        if (cells.length === 0) return;
        for (let blank = lastRow + 1; blank < row; blank++) lines.push("");
        lines.push(cells.map(csvCell).join(","));
        lastRow = row;
      }
    },
    text(raw) {
      if (inValue) value += raw;
      else if (inInline) inline.text(raw);
    },
  });
  // A sheet cut short would lose its last rows without a word.
  if (!ended) throw new FileProblem(CUT_SHORT);
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

/** A cell's text by its type: shared or inline string, boolean, error, formula string, date or number. */
function cellValue(type: string, raw: string, inlineText: string, style: number, context: SheetContext): string {
  switch (type) {
    case "s": {
      const text = context.strings[Number(raw)];
      if (text === undefined) throw new FileProblem(NO_SUCH_STRING);
      return text;
    }
    case "inlineStr":
      return inlineText;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true" ? "TRUE" : "FALSE";
    case "str":
    case "e":
      return cellText(raw);
    case "d":
      // An ISO date written as text (rare: Excel writes serial numbers): shown as the others.
      return cellText(raw)
        .replace("T", " ")
        .replace(/(\.\d+)?Z?$/, "")
        .replace(/ 00:00:00$/, "");
    default: {
      const text = raw.trim();
      if (text.length === 0) return inlineText;
      const n = Number(text);
      if (!Number.isFinite(n)) return cellText(raw);
      const kind = context.styles[style];
      return (kind && serialToText(n, kind, context.date1904)) ?? generalNumber(n);
    }
  }
}
