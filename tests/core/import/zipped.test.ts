import fc from "fast-check";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/core/import/decode.ts";
import { importFiles } from "../../../src/core/import/importFiles.ts";
import { readZipped } from "../../../src/core/import/zipped.ts";
import { fileAt, SAMPLE } from "../../helpers/files.ts";
import { buildXlsx, zipOf } from "../../helpers/xlsx.ts";

const SURVEY = fileAt(SAMPLE, "survey.csv").bytes;

describe("zipped", () => {
  describe("#decodeBytes", () => {
    it("should read the CSV in a Google Forms download", () => {
      const r = decodeBytes(zipOf({ "ECT support survey.csv": SURVEY }));
      expect(r).toMatchObject({ ok: true, encoding: 'UTF-8, "ECT support survey.csv" from a zip' });
      expect(r.ok && r.text.split("\n")[0]).toMatch(/^Timestamp,Email address,Your name/);
      expect(r).not.toHaveProperty("warning");
    });
    it("should decode the CSV inside as any CSV, Windows-1252 included", () => {
      const r = decodeBytes(
        zipOf({ "people.csv": Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0d, 0x0a, 0x4f, 0x92, 0x4e]) }),
      );
      expect(r).toMatchObject({ ok: true, text: "name\r\nO’N", warning: expect.stringMatching(/Windows-1252/) });
    });
    it("should leave out macOS metadata and name the CSV files it did not read", () => {
      const r = decodeBytes(
        zipOf({
          "__MACOSX/._links.csv": "junk",
          "export/links.csv": "from_id,to_id\nS1,E1\n",
          "export/people.csv": "id,name\n",
          "export/readme.txt": "hello",
          "export/more.CSV": "a\n",
        }),
      );
      expect(r).toEqual({
        ok: true,
        text: "from_id,to_id\nS1,E1\n",
        encoding: 'UTF-8, "export/links.csv" from a zip',
        warning:
          'This zip holds 3 CSV files; only "export/links.csv" was read. Import the others ("export/people.csv", "export/more.CSV") separately after unzipping.',
      });
    });
    it("should say what a zip holds when it holds no CSV", () => {
      expect(decodeBytes(zipOf({ "responses.pdf": "%PDF" }))).toEqual({
        ok: false,
        message:
          'This zip file holds no CSV file (it holds "responses.pdf"). Unzip it, save the data as CSV, and import that.',
      });
      expect(decodeBytes(zipSync({}))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/zip file is empty/),
      });
    });
    it("should give a message, never throw, for a damaged zip", () => {
      const whole = zipOf({ "a.csv": "id,name\n".repeat(200) });
      for (const bytes of [
        whole.slice(0, 40),
        whole.slice(0, whole.length - 10),
        Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9]),
      ]) {
        expect(decodeBytes(bytes)).toMatchObject({ ok: false, message: expect.stringMatching(/could not be opened/) });
      }
    });
    it("should never throw on a workbook or zip with bytes changed", () => {
      const xlsx = buildXlsx({
        sheets: [{ name: "S", rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"><v>1.5</v></c></row>' }],
        sharedStrings: ["id"],
      });
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(xlsx.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
          (changes) => {
            const bytes = xlsx.slice();
            for (const [at, value] of changes) bytes[at] = value;
            expect(() => decodeBytes(bytes)).not.toThrow();
          },
        ),
        { numRuns: 300 },
      );
    });
    it("should refuse to unpack more than its limit", () => {
      const bomb = zipSync({ "big.csv": new Uint8Array(5_000_000).fill(0x61) }, { level: 9 });
      expect(bomb.length).toBeLessThan(20_000);
      expect(readZipped(bomb, () => ({ ok: true, text: "", encoding: "x" }), 1_000_000)).toEqual({
        ok: false,
        message:
          "This zipped file unpacks to more than 1 MB, far more than a survey or staff list needs, so it was not opened. Unzip it and import the CSV files themselves.",
      });
    });
    it("should say why an old .xls (or a workbook with a password) cannot be read", () => {
      const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      expect(decodeBytes(ole)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/old Excel workbook \(\.xls\).*\.xlsx\) or CSV/),
      });
    });
    it("should read a workbook, not a CSV inside it", () => {
      const xlsx = buildXlsx({
        sheets: [{ name: "Sheet1", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>' }],
      });
      expect(decodeBytes(xlsx)).toMatchObject({ ok: true, text: "id\n", encoding: 'Excel workbook, sheet "Sheet1"' });
    });
  });

  describe("#importFiles", () => {
    it("should import a zipped Google Forms survey with spreadsheet row numbers", () => {
      const zipped = importFiles([
        { name: "ECT support survey.csv.zip", bytes: zipOf({ "ECT support survey.csv": SURVEY }) },
      ]);
      const plain = importFiles([{ name: "survey.csv", bytes: SURVEY }]);
      expect(zipped.files[0]).toMatchObject({ shape: "survey" });
      expect(zipped.people).toEqual(plain.people);
      expect(zipped.sources.links.map((x) => x.row)).toEqual(plain.sources.links.map((x) => x.row));
      expect(zipped.sources.links.length).toBeGreaterThan(10);
    });
  });
});
