/**
 * An Excel workbook (.xlsx, as Microsoft Forms' "Open results in Excel" gives) to CSV text: the
 * first sheet, in workbook order, with shared and inline strings, booleans, errors, formula
 * results, General-format numbers and dates as ISO text. See sheetCsv.ts for the sheet itself.
 */
import type { Decoded } from "./decode.ts";
import type { DateKind } from "./excelValues.ts";
import { dateKind } from "./excelValues.ts";
import { sheetToCsv, StringCollector } from "./sheetCsv.ts";
import { attribute, scanXml } from "./xml.ts";

/** A part of the workbook (a file inside the zip) as text, or undefined when there is none. */
export type PartReader = (path: string) => string | undefined;

export const WORKBOOK_PART = "xl/workbook.xml";
const FIRST_SHEET = "xl/worksheets/sheet1.xml";

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/**
 * Reads the first sheet of the workbook whose parts `part` gives.
 *
 * @example readWorkbook((path) => unzipped.get(path)) // { ok: true, text: "ID,Name\n1,Amy\n", encoding: 'Excel workbook, sheet "Sheet1"', … }
 */
export function readWorkbook(part: PartReader): Decoded {
  const { sheets, date1904 } = readSheetList(part(WORKBOOK_PART) ?? "");
  const relationships = readRelationships(part("xl/_rels/workbook.xml.rels") ?? "");
  const first = sheets[0];
  const target = first && relationships.get(first.id)?.target;
  const sheet = (target === undefined ? undefined : part(resolvePart(target))) ?? part(FIRST_SHEET);
  const name = first?.name ?? "Sheet1";
  if (sheet === undefined) {
    return {
      ok: false,
      message: `This Excel workbook's first sheet, "${name}", holds no cells Mosaic can read (it may be a chart). Put the data on the first sheet, or save it as CSV, and import again.`,
    };
  }
  const partOfType = (type: string, fallback: string) => {
    const found = [...relationships.values()].find((r) => r.type.endsWith(`/${type}`));
    return part(found ? resolvePart(found.target) : fallback);
  };
  const strings = readSharedStrings(partOfType("sharedStrings", "xl/sharedStrings.xml") ?? "");
  const styles = readStyles(partOfType("styles", "xl/styles.xml") ?? "");
  const text = sheetToCsv(sheet, { strings, styles, date1904 });
  const others = sheets.length > 1;
  if (text.length === 0) {
    return {
      ok: false,
      message: `The first sheet of this workbook, "${name}", is empty.${others ? " Only the first sheet is read: move the sheet you want to the front, or save it as CSV." : ""}`,
    };
  }
  const decoded = { ok: true, text, encoding: `Excel workbook, sheet "${name}"`, delimiter: "," } as const;
  return others
    ? {
        ...decoded,
        warning: `This workbook has ${sheets.length} sheets; only the first, "${name}", was read. To import another, move it to the front or save it as CSV.`,
      }
    : decoded;
}

/** A relationship target as a path in the zip: relative to xl/, or absolute from the root. */
export function resolvePart(target: string): string {
  const out: string[] = [];
  for (const segment of (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The sheets in workbook order (each with its relationship id) and the date system. */
function readSheetList(xml: string): {
  sheets: readonly { readonly name: string; readonly id: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "workbookPr") {
        const value = attribute(attrs, "date1904");
        date1904 = value === "1" || value === "true";
      } else if (name === "sheet")
        sheets.push({ name: attribute(attrs, "name") ?? "", id: attribute(attrs, "id") ?? "" });
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

function readRelationships(xml: string): ReadonlyMap<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship" || attribute(attrs, "TargetMode") === "External") return;
      relationships.set(attribute(attrs, "Id") ?? "", {
        type: attribute(attrs, "Type") ?? "",
        target: attribute(attrs, "Target") ?? "",
      });
    },
    close() {},
    text() {},
  });
  return relationships;
}

function readSharedStrings(xml: string): readonly string[] {
  const strings: string[] = [];
  const collector = new StringCollector();
  let inItem = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "si") inItem = true;
      else if (inItem) collector.open(name, attrs);
    },
    close(name) {
      if (name === "si") {
        inItem = false;
        strings.push(collector.take());
      } else if (inItem) collector.close(name);
    },
    text(raw) {
      if (inItem) collector.text(raw);
    },
  });
  return strings;
}

/** Each cell style's date kind (by its index in `cellXfs`, which cells name with `s="…"`). */
function readStyles(xml: string): readonly (DateKind | undefined)[] {
  const codes = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(name, attrs) {
      if (name === "numFmt") codes.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(attribute(attrs, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return formats.map((id) => dateKind(id, codes.get(id)));
}
