import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/core/import/decode.ts";
import { toLf, uniformNewline } from "../../../src/core/import/lineEndings.ts";
import type { CsvRecord } from "../../../src/core/import/readCsv.ts";
import { readHeader, readRecords } from "../../../src/core/import/readCsv.ts";

function records(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  const problems = readRecords(text, ",", (r) => out.push({ row: r.row, cells: [...r.cells] }));
  expect(problems).toEqual([]);
  return out;
}

const cell = fc.oneof(
  fc.constantFrom("", "E1", "Amy Khan", "pedagogy; behaviour", "a,b", 'say "hi"', "line one\nline two", "x\ny"),
  fc.stringMatching(/^[a-z ]{0,5}$/),
);

describe("lineEndings", () => {
  describe("#uniformNewline", () => {
    it.each([
      ["a\nb\n", "\n"],
      ["a\r\nb\r\n", "\r\n"],
      ["a\rb\r", "\r"],
      ["no break", "\n"],
      ["a\r\nb\nc", undefined],
      ["a\r\nb\rc\r\n", undefined],
      ["a\rb\nc", undefined],
    ])("should read %j as %j", (text, newline) => {
      expect(uniformNewline(text)).toBe(newline);
    });
  });

  describe("#readRecords", () => {
    it("should read a CRLF file with LF rows added by a text editor row by row", () => {
      const text = "from_id,to_id\r\nS1,E1\r\nS2,E2\nS3,E3\n\r\nS4,E4\r";
      expect(records(text)).toEqual([
        { row: 1, cells: ["from_id", "to_id"] },
        { row: 2, cells: ["S1", "E1"] },
        { row: 3, cells: ["S2", "E2"] },
        { row: 4, cells: ["S3", "E3"] },
        { row: 6, cells: ["S4", "E4"] },
      ]);
      expect(readHeader(text, ",")).toEqual({ row: 1, cells: ["from_id", "to_id"] });
    });
    it("should keep a quoted line break inside its cell", () => {
      expect(records('a,b\r\n"one\r\ntwo",x\nlast,y')).toEqual([
        { row: 1, cells: ["a", "b"] },
        { row: 2, cells: ["one\ntwo", "x"] },
        { row: 3, cells: ["last", "y"] },
      ]);
    });
    it("should read any mix of CRLF, LF and CR to the same records as the LF copy", () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
          fc.infiniteStream(fc.constantFrom("\n", "\r\n", "\r")),
          (rows, endings) => {
            const lf = Papa.unparse(rows, { newline: "\n" }) + "\n";
            // Every line ending, between rows and inside quoted cells, chosen at random; a lone CR
            // is never followed by a LF of the next line, since CR then LF is one CRLF.
            let mixed = "";
            for (let i = 0; i < lf.length; i++) {
              const ending = endings.next().value;
              mixed += lf[i] !== "\n" ? lf[i] : ending === "\r" && lf[i + 1] === "\n" ? "\r\n" : ending;
            }
            expect(records(mixed)).toEqual(records(lf));
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe("#decodeBytes", () => {
    it("should give mixed files LF line endings and leave uniform ones as they are", () => {
      const bytes = (s: string) => new TextEncoder().encode(s);
      expect(decodeBytes(bytes("a\r\nb\nc\rd"))).toMatchObject({ text: "a\nb\nc\nd" });
      expect(decodeBytes(bytes("a\r\nb\r\n"))).toMatchObject({ text: "a\r\nb\r\n" });
      expect(toLf("a\r\r\nb")).toBe("a\n\nb");
    });
  });
});
