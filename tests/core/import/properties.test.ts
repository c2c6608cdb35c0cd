import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/core/index.ts";
import { LINK_FIELDS, PERSON_FIELDS } from "../../../src/core/model/fields.ts";

const headers = [...new Set([...PERSON_FIELDS, ...LINK_FIELDS].flatMap((f) => [f.name, ...(f.aliases ?? [])]))];
const cell = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "yes",
    "E1",
    "S1",
    "pedagogy",
    "wellbeing; behaviour",
    "14/03/2025",
    "=1+1",
    "'",
    '"',
    "pastoral",
    "0",
    "-3",
  ),
  fc.string({ maxLength: 6 }),
);

describe("import properties", () => {
  it("should never throw on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const r = importFiles([
          { name: "a.csv", bytes: a },
          { name: "b.csv", bytes: b },
        ]);
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("should never throw on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        importFiles([{ name: "t.csv", text: t }]);
      }),
      { numRuns: 400 },
    );
  });

  it("should account for every data row: imported, merged or reported", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...headers), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 12 }),
        fc.boolean(),
        (header, rows, withPeople) => {
          const csv = Papa.unparse([header, ...rows]);
          const files = [{ name: "x.csv", text: csv }];
          if (withPeople) files.unshift({ name: "people.csv", text: "id,name,is_ect\nE1,Amy,yes\nS1,Sam,no\n" });
          const r = importFiles(files);
          const headerOk =
            !r.diagnostics.some((d) => d.file === "x.csv" && d.level === "error" && d.row === undefined) &&
            !r.diagnostics.some((d) => d.file === "x.csv" && d.row === 1 && d.level === "error");
          if (!headerOk) return;
          const seen = new Set(
            [...r.sources.people, ...r.sources.links].filter((s) => s.file === "x.csv").map((s) => s.row),
          );
          for (const d of r.diagnostics) if (d.file === "x.csv" && d.row !== undefined) seen.add(d.row);
          rows.forEach((cells, i) => {
            if (cells.every((c) => c.trim() === "")) return;
            expect(seen.has(i + 2), `row ${i + 2} of ${JSON.stringify(csv)}`).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("dates", () => {
  it("should give the same day numbers as Date.UTC, and read exactly the ISO dates a calendar has", async () => {
    const { readDate } = await import("../../../src/core/import/values.ts");
    const { dayNumber } = await import("../../../src/core/model/dayNumber.ts");
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1800, 0, 1) / 864e5, max: Date.UTC(2300, 0, 1) / 864e5 }), (day) => {
        const iso = new Date(day * 864e5).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(day);
        expect(readDate(iso)).toBe(iso);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const real = m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(readDate(iso)).toBe(real ? iso : undefined);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
