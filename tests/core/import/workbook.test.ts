import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/core/import/importFiles.ts";
import { recognisedCount } from "../../../src/core/import/columns.ts";
import { decodeBytes } from "../../../src/core/import/decode.ts";
import { dateKind, kindOfCode, serialToText } from "../../../src/core/import/excelValues.ts";
import { detectDelimiter } from "../../../src/core/import/readCsv.ts";
import { buildXlsx, workbookParts, zipOf } from "../../helpers/xlsx.ts";

/** Microsoft Forms' "Open results in Excel": sheet "Sheet1", shared strings, times as dated serials. */
const FORMS = buildXlsx({
  sheets: [
    {
      name: "Sheet1",
      rows: [
        '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c></row>',
        '<row r="2" spans="1:8"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>45726.667361111109</v></c><c r="C2" s="1"><v>45726.670486111114</v></c><c r="D2" t="s"><v>8</v></c><c r="E2" t="s"><v>9</v></c><c r="F2" t="s"><v>10</v></c><c r="G2" t="s"><v>11</v></c><c r="H2" t="s"><v>12</v></c></row>',
        '<row r="3" spans="1:8"><c r="A3"><v>2</v></c><c r="B3" s="1"><v>45727.5</v></c><c r="C3" s="1"><v>45727.503472222219</v></c><c r="D3" t="s"><v>13</v></c><c r="E3" t="s"><v>14</v></c><c r="F3" t="s"><v>15</v></c><c r="G3" t="s"><v>15</v></c></row>',
      ].join(""),
    },
  ],
  sharedStrings: [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Who helps you with behaviour?",
    "Who helps you with your teaching?",
    "Anything else you would like to tell us?",
    "priya@example.org",
    "Priya Sharma",
    "Kirsty MacLeod; Linda Marsh",
    "Dev Mistry",
    '<t xml:space="preserve">Thanks &amp; see you_x000D_\nnext week </t>',
    "tom@example.org",
    "Tom O&apos;Neil",
    '<r><t>Beth</t></r><r><rPr><b/></rPr><t xml:space="preserve"> Summers</t></r><rPh sb="0" eb="1"><t>ベス</t></rPh>',
  ],
  styles:
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy\\ h:mm:ss"/></numFmts><fonts count="1"><font/></fonts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
});

const FORMS_CSV = [
  "ID,Start time,Completion time,Email,Name,Who helps you with behaviour?,Who helps you with your teaching?,Anything else you would like to tell us?",
  '1,2025-03-10 16:01:00,2025-03-10 16:05:30,priya@example.org,Priya Sharma,"Kirsty MacLeod; Linda Marsh",Dev Mistry,"Thanks & see you\nnext week "',
  "2,2025-03-11 12:00:00,2025-03-11 12:05:00,tom@example.org,Tom O'Neil,Beth Summers,Beth Summers",
  "",
].join("\n");

/** An Excel "Save as .xlsx" of a people file, from a writer that uses inline strings: missing cells, a gap row. */
const PEOPLE = buildXlsx({
  sheets: [
    {
      name: "People",
      rows: [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>is_ect</t></is></c><c r="D1" t="inlineStr"><is><t>school</t></is></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>E1</t></is></c><c r="B2" t="inlineStr"><is><t>Amy Khan</t></is></c><c r="C2" t="inlineStr"><is><t>yes</t></is></c><c r="D2" t="inlineStr"><is><t>Hollinsfield, Upper</t></is></c></row>',
        '<row r="4" ht="20" customHeight="1"><c r="A4" t="inlineStr"><is><t>S1</t></is></c><c r="C4" t="b"><v>0</v></c></row>',
        '<row r="5"><c r="A5" t="inlineStr"><is><t>E1</t></is></c><c r="B5" t="inlineStr"><is><t>Amy again</t></is></c><c r="C5" t="b"><v>1</v></c></row>',
        '<row r="6"><c r="A6"><v>1234</v></c><c r="B6" t="str"><f>PROPER("ben ode")</f><v>Ben Ode</v></c><c r="C6" t="inlineStr"><is><t>no</t></is></c><c r="D6" t="e"><v>#N/A</v></c></row>',
        '<row r="9" ht="20" customHeight="1"/>',
      ].join(""),
    },
  ],
});

describe("workbook", () => {
  describe("#decodeBytes", () => {
    it("should read a Microsoft Forms export as CSV text, dates as ISO text", () => {
      expect(decodeBytes(FORMS)).toEqual({
        ok: true,
        text: FORMS_CSV,
        encoding: 'Excel workbook, sheet "Sheet1"',
        delimiter: ",",
      });
    });
    it("should give text the importer reads as comma-separated", () => {
      const decoded = decodeBytes(FORMS);
      expect(decoded.ok && detectDelimiter(decoded.text, recognisedCount)).toBe(",");
    });
    it("should keep the sheet's row numbers, with an empty line for each empty row", () => {
      expect(decodeBytes(PEOPLE)).toMatchObject({
        ok: true,
        text: 'id,name,is_ect,school\nE1,Amy Khan,yes,"Hollinsfield, Upper"\n\nS1,,FALSE\nE1,Amy again,TRUE\n1234,Ben Ode,no,#N/A\n',
        encoding: 'Excel workbook, sheet "People"',
      });
    });
    it("should start at the sheet's first row when the first rows are empty", () => {
      const xlsx = buildXlsx({
        sheets: [{ name: "Sheet1", rows: '<row r="3"><c r="B3" t="inlineStr"><is><t>name</t></is></c></row>' }],
      });
      expect(decodeBytes(xlsx)).toMatchObject({ text: "\n\n,name\n" });
    });
    it("should read the first sheet in workbook order and say the others were not read", () => {
      const xlsx = buildXlsx({
        sheets: [
          { name: "Form1", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>' },
          { name: "Notes", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>' },
          { name: "Old", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>third</t></is></c></row>' },
        ],
        fileOrder: [2, 0, 1],
      });
      expect(decodeBytes(xlsx)).toEqual({
        ok: true,
        text: "first\n",
        encoding: 'Excel workbook, sheet "Form1"',
        delimiter: ",",
        warning:
          'This workbook has 3 sheets; only the first, "Form1", was read. To import another, move it to the front or save it as CSV.',
      });
    });
    it("should fall back to sheet1.xml when the workbook names no sheet", () => {
      const parts = workbookParts({
        sheets: [{ name: "Sheet1", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>here</t></is></c></row>' }],
      });
      parts["xl/workbook.xml"] = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
      expect(decodeBytes(zipOf(parts))).toMatchObject({ ok: true, text: "here\n" });
    });
    it("should read prefixed elements, entities, character references and escapes", () => {
      const parts = workbookParts({ sheets: [{ name: "S", rows: "" }] });
      parts["xl/worksheets/sheet1.xml"] =
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1">' +
        '<x:c r="A1" t="inlineStr"><x:is><x:t>&lt;a&gt; &quot;b&quot; &#10;c&#x2019;d</x:t></x:is></x:c>' +
        '<x:c r="C1" t="inlineStr"><x:is><x:t>_x005F_x000D_ and _x0041_</x:t></x:is></x:c>' +
        '<x:c r="D1" t="inlineStr"><x:is><x:t><![CDATA[1 < 2 & more]]></x:t></x:is></x:c>' +
        "</x:row></x:sheetData></x:worksheet>";
      expect(decodeBytes(zipOf(parts))).toMatchObject({
        text: '"<a> ""b"" \nc’d",,_x000D_ and A,1 < 2 & more\n',
      });
    });
    it("should read numbers as Excel's General format does, and honour the 1904 date system", () => {
      const styles =
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>';
      const rows =
        '<row r="1"><c r="A1"><v>0.30000000000000004</v></c><c r="B1" s="1"><v>45292</v></c><c r="C1" s="2"><v>45352.75</v></c><c r="D1" s="3"><v>12.5</v></c><c r="E1" s="4"><v>0.5</v></c><c r="F1"><v>-1.5E-3</v></c></row>';
      expect(decodeBytes(buildXlsx({ sheets: [{ name: "S", rows }], styles }))).toMatchObject({
        text: "0.3,2024-01-01,2024-03-01 18:00:00,12.5,12:00:00,-0.0015\n",
      });
      expect(decodeBytes(buildXlsx({ sheets: [{ name: "S", rows }], styles, date1904: true }))).toMatchObject({
        text: "0.3,2028-01-02,2028-03-02 18:00:00,12.5,12:00:00,-0.0015\n",
      });
    });
    it("should say so when the first sheet is empty", () => {
      const xlsx = buildXlsx({ sheets: [{ name: "Sheet1", rows: '<row r="1"/>' }] });
      expect(decodeBytes(xlsx)).toEqual({
        ok: false,
        message: 'The first sheet of this workbook, "Sheet1", is empty.',
      });
    });
    it("should give a message, not throw, for a sheet cut short or beyond Excel's limits", () => {
      const cut = workbookParts({ sheets: [{ name: "S", rows: "" }] });
      cut["xl/worksheets/sheet1.xml"] = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t>';
      expect(decodeBytes(zipOf(cut))).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
      const lostString = buildXlsx({
        sheets: [{ name: "S", rows: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }],
        sharedStrings: ["a"],
      });
      expect(decodeBytes(lostString)).toMatchObject({ ok: false, message: expect.stringMatching(/does not hold/) });
      const cutTag = workbookParts({ sheets: [{ name: "S", rows: "" }] });
      cutTag["xl/worksheets/sheet1.xml"] = '<worksheet><sheetData><row r="1"><c r="A1';
      expect(decodeBytes(zipOf(cutTag))).toMatchObject({ ok: false, message: expect.stringMatching(/cut short/) });
      const far = buildXlsx({ sheets: [{ name: "S", rows: '<row r="2000000"><c><v>1</v></c></row>' }] });
      expect(decodeBytes(far)).toMatchObject({ ok: false, message: expect.stringMatching(/beyond Excel's limits/) });
    });
  });

  describe("#importFiles", () => {
    it("should import a Forms workbook as a survey, naming spreadsheet rows", () => {
      // "ID" and "Name" first: read as a survey, not as a people file missing is_ect.
      const r = importFiles([{ name: "ECT support survey.xlsx", bytes: FORMS }]);
      expect(r.files[0]).toMatchObject({
        shape: "survey",
        encoding: 'Excel workbook, sheet "Sheet1"',
        delimiter: "comma",
      });
      expect(r.people.map((p) => p.name)).toEqual(
        expect.arrayContaining([
          "Priya Sharma",
          "Kirsty MacLeod",
          "Linda Marsh",
          "Dev Mistry",
          "Tom O'Neil",
          "Beth Summers",
        ]),
      );
      expect(new Set(r.sources.links.map((s) => s.row))).toEqual(new Set([2, 3]));
      expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    });
    it("should name the rows of a people workbook as Excel numbers them, past an empty row", () => {
      const r = importFiles([{ name: "people.xlsx", bytes: PEOPLE }]);
      expect(r.people.map((p) => [p.id, p.name, p.is_ect])).toEqual([
        ["E1", "Amy Khan", true],
        ["S1", "S1", false],
        ["1234", "Ben Ode", false],
      ]);
      expect(r.sources.people.map((s) => s.row)).toEqual([2, 4, 6]);
      expect(r.rejected.map((x) => x.row)).toEqual([5]);
      expect(r.diagnostics.filter((d) => d.column === "name").map((d) => d.row)).toEqual([4]);
    });
  });
});

describe("excelValues", () => {
  describe("#kindOfCode", () => {
    it.each([
      ["yyyy-mm-dd", "date"],
      ["[$-en-GB]dd/mm/yyyy hh:mm", "date"],
      ["mmm yy", "date"],
      ["h:mm AM/PM", "time"],
      ["mm:ss", "time"],
      ["[h]:mm:ss", "elapsed"],
      ["0.00", undefined],
      ['0" days"', undefined],
      ["[Red]0.00;[Blue]-0.00", undefined],
      ["General", undefined],
      ["#,##0\\ \\m", undefined],
      ["0_);(0)", undefined],
    ])("should read %j as %j", (code, kind) => {
      expect(kindOfCode(code)).toBe(kind);
    });
    it("should know the built-in date formats by id", () => {
      expect([14, 22, 45, 46, 47, 0, 2, 49].map((id) => dateKind(id, undefined))).toEqual([
        "date",
        "date",
        "time",
        "elapsed",
        "time",
        undefined,
        undefined,
        undefined,
      ]);
    });
  });
  describe("#serialToText", () => {
    it.each([
      [1, "1900-01-01"],
      [59, "1900-02-28"],
      [60, "1900-02-29"],
      [61, "1900-03-01"],
      [45292, "2024-01-01"],
      [45292.999999, "2024-01-02"],
      [45292.5000001, "2024-01-01 12:00:00"],
      [2958465, "9999-12-31"],
    ])("should read serial %d as %s", (serial, text) => {
      expect(serialToText(serial, "date", false)).toBe(text);
    });
    it("should read times, elapsed times and the 1904 system", () => {
      expect(serialToText(0.75, "time", false)).toBe("18:00:00");
      expect(serialToText(1.5, "elapsed", false)).toBe("36:00:00");
      expect(serialToText(0, "date", true)).toBe("1904-01-01");
      expect(serialToText(-1, "date", false)).toBeUndefined();
    });
  });
});
