/**
 * Survey answers written as spreadsheet formulas (a fresh-eyes review): a HYPERLINK pasted from a
 * staff directory is read by its text; any other formula is not read, and said with its row and
 * column, never turned into a supporter called "=…" nor dropped without a word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../../src/core/index.ts";
import { importFiles } from "../../../src/core/index.ts";
import { formulaCell } from "../../../src/core/import/formulaCell.ts";

describe("formulaCell", () => {
  it("reads a HYPERLINK's shown text, in either quote style and with ; between the arguments", () => {
    expect(formulaCell('=HYPERLINK("http://evil.example/x","Jess Hartley")')).toEqual({
      kind: "link",
      text: "Jess Hartley",
    });
    expect(formulaCell("= hyperlink( 'https://a.example' ; 'Zoë Ó Briain' )")).toEqual({
      kind: "link",
      text: "Zoë Ó Briain",
    });
    expect(formulaCell('=HYPERLINK("u","Dan ""the man"" Evans")')).toEqual({
      kind: "link",
      text: 'Dan "the man" Evans',
    });
  });

  it("reads any other formula, or a link with no text, as nothing to read", () => {
    expect(formulaCell("=1+2")).toEqual({ kind: "formula" });
    expect(formulaCell("=A2")).toEqual({ kind: "formula" });
    expect(formulaCell('=HYPERLINK("https://a.example")')).toEqual({ kind: "formula" });
    expect(formulaCell('=HYPERLINK("u", "  ")')).toEqual({ kind: "formula" });
  });

  it("leaves every cell not starting with = alone", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!s.startsWith("="));
        return formulaCell(s) === undefined;
      }),
    );
    expect(formulaCell("Jess Hartley")).toBeUndefined();
    expect(formulaCell("-Jess")).toBeUndefined();
  });
});

const HEADER = [
  "Your name",
  "Who helps you understand how things work at school?",
  "Who do you talk to when things get hard?",
];

function survey(rows: readonly (readonly string[])[]): ImportResult {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = [HEADER, ...rows].map((r) => r.map(quote).join(",")).join("\r\n");
  return importFiles([{ name: "survey.csv", text }]);
}

describe("a survey with formulas in its answers", () => {
  const r = survey([
    ["Dan Evans", '=HYPERLINK("http://evil.example/x","Jess Hartley")', "=1+2"],
    ["Amy Cole", "Jess Hartley", "Jess Hartley"],
    ["=A2", "Sam Lee", "Sam Lee"],
  ]);
  const names = r.people.map((p) => p.name).sort();

  it("reads the link as Jess Hartley, one person with the same name written plainly", () => {
    expect(names).toEqual(["Amy Cole", "Dan Evans", "Jess Hartley"]);
    const jess = r.people.find((p) => p.name === "Jess Hartley")!;
    const dan = r.people.find((p) => p.name === "Dan Evans")!;
    expect(r.links.some((l) => l.from_id === jess.id && l.to_id === dan.id)).toBe(true);
    const note = r.diagnostics.find((d) => d.message.includes("is a link"));
    expect(note).toMatchObject({ level: "info", file: "survey.csv", row: 2, column: HEADER[1] });
  });

  it("says the formula it did not read, with its row and column", () => {
    const warning = r.diagnostics.find((d) => d.message.startsWith('"=1+2" is a spreadsheet formula'));
    expect(warning).toMatchObject({ level: "warning", file: "survey.csv", row: 2, column: HEADER[2] });
  });

  it("keeps a response whose name is a formula for the lead to fix, saying why", () => {
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ row: 4 });
    expect(r.diagnostics.some((d) => d.row === 4 && d.column === HEADER[0] && d.message.includes("formula"))).toBe(
      true,
    );
    expect(names).not.toContain("Sam Lee");
  });
});
