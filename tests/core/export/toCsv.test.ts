import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFiles, linksToCsv, peopleToCsv } from "../../../src/core/index.ts";
import { guardCell, unguardCell } from "../../../src/core/import/formulaGuard.ts";
import { importFixtures } from "../../helpers/files.ts";
import { networkArb } from "../../helpers/arbitraries.ts";

const DANGEROUS = /^[=+\-@\t\r\n]/;

describe("export", () => {
  describe("#guardCell", () => {
    it("should leave no cell a spreadsheet would read as a formula, and undo exactly", () => {
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.oneof(
              fc.constantFrom("=", "+", "-", "@", "'", "\t", "\r", "\n", "\u0000"),
              fc.string({ minLength: 1, maxLength: 1 }),
            ),
          }),
          (s) => {
            const g = guardCell(s);
            expect(DANGEROUS.test(g)).toBe(false);
            expect(unguardCell(g)).toBe(s);
          },
        ),
        { numRuns: 2000 },
      );
    });
    it.each(["=SUM(A1)", "+1", "-1", "@cmd", "\t=x", "\r=x", "\n=x", "=a\nb", "'=x"])("should guard %j", (s) => {
      expect(guardCell(s).startsWith("'")).toBe(true);
    });
  });

  describe("round trip", () => {
    it("should give back the sample exactly", () => {
      const a = importFixtures(["sample/people.csv", "sample/links.csv"]);
      const b = importFiles([
        { name: "people.csv", text: peopleToCsv(a.people) },
        { name: "links.csv", text: linksToCsv(a.links) },
      ]);
      expect(b.people).toEqual(a.people);
      expect(b.links).toEqual(a.links);
    });
    it("should give back any network exactly (import(export(x)) = x)", () => {
      fc.assert(
        fc.property(networkArb(), ([people, links]) => {
          const r = importFiles([
            { name: "people.csv", bytes: new TextEncoder().encode(peopleToCsv(people)) },
            { name: "links.csv", bytes: new TextEncoder().encode(linksToCsv(links)) },
          ]);
          expect(r.people).toEqual(people);
          expect(r.links).toEqual(links);
          expect(r.rejected).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });
    it("should write each field under its own header, and a link's other types after its known ones", () => {
      fc.assert(
        fc.property(networkArb(), ([people, links]) => {
          const cell = (value: unknown): string =>
            value === undefined
              ? ""
              : Array.isArray(value)
                ? value.join(";")
                : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
                  ? String(value)
                  : "(not a cell value)";
          const check = <R extends object>(csv: string, records: readonly R[], types: (r: R) => string) => {
            const [header = [], ...rows] = importCells(csv);
            expect(rows).toHaveLength(records.length);
            records.forEach((r, i) => {
              const fields = new Map(Object.entries(r));
              const row = rows[i] ?? [];
              header.forEach((h, k) => {
                const want = h === "support_types" ? types(r) : cell(fields.get(h));
                expect(unguardCell(row[k] ?? "(no cell)")).toBe(want);
              });
            });
          };
          check(peopleToCsv(people), people, () => "");
          check(linksToCsv(links), links, (l) => [...l.support_types, ...(l.other_types ?? [])].join(";"));
        }),
        { numRuns: 100 },
      );
    });
    it("should guard every exported cell", () => {
      fc.assert(
        fc.property(networkArb(), ([people, links]) => {
          for (const csv of [peopleToCsv(people), linksToCsv(links)]) {
            const rows = importCells(csv);
            for (const row of rows) for (const c of row) expect(DANGEROUS.test(c)).toBe(false);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});

import Papa from "papaparse";
function importCells(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}
