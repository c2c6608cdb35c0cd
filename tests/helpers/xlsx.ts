/**
 * Builds .xlsx and .zip test files shaped like the real ones (Microsoft Forms' "Open results in
 * Excel", an Excel "Save as", Google Forms' zipped CSV). Test code: the XML is written out as
 * Excel writes it, so a test shows what the reader meets.
 */
import { strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetSpec {
  readonly name: string;
  /** The inside of `<sheetData>`: `<row>` elements as Excel writes them. */
  readonly rows: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Each `<si>` element's inside; plain strings are wrapped in `<t>`. */
  readonly sharedStrings?: readonly string[];
  /** The inside of `<styleSheet>`; a default with one plain style when absent. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** The order sheets are stored in the zip, when it should differ from workbook order. */
  readonly fileOrder?: readonly number[];
}

const DEFAULT_STYLES =
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" xfId="0"/></cellXfs>';

/** The parts of a workbook, as paths and text. */
export function workbookParts(spec: WorkbookSpec): Record<string, string> {
  const order = spec.fileOrder ?? spec.sheets.map((_, i) => i);
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${NS} ${R_NS}><workbookPr${spec.date1904 ? ' date1904="1"' : ""} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${spec.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets><calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${order[i]! + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet ${NS}>${spec.styles ?? DEFAULT_STYLES}</styleSheet>`,
  };
  spec.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${order[i]! + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${NS} ${R_NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${s.rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  });
  if (spec.sharedStrings) {
    const items = spec.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`));
    parts["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst ${NS} count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  return parts;
}

/** A zip of the given files (text is stored as UTF-8), deflated as Excel and Google do. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [name, typeof data === "string" ? strToU8(data) : data]),
    ),
    { level: 6 },
  );
}

export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  return zipOf(workbookParts(spec));
}
