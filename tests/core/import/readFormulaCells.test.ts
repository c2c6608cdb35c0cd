/**
 * Formulas in every file shape, not only surveys (readFormulaCells.ts): a people file, a links
 * file, an edge list and a one-ECT map exported from a sheet where names were pasted as links
 * (tests/fixtures/formulas, each with a hand-written truth), Mosaic's own guarded exports left as
 * written, and cells not written as formulas never touched.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportResult, Person, SupportLink, SupportType } from "../../../src/core/index.ts";
import { importFiles, linksToCsv, peopleToCsv } from "../../../src/core/index.ts";
import { guardCell } from "../../../src/core/import/formulaGuard.ts";
import type { CsvRecord } from "../../../src/core/import/readCsv.ts";
import { linkIdOf, personIdOf } from "../../../src/core/model/slotValues.ts";
import { readRecords } from "../../../src/core/import/readCsv.ts";
import { ROOT } from "../../helpers/files.ts";

const DIR = join(ROOT, "tests", "fixtures", "formulas");

interface Truth {
  /** The file the truth is about; `files` are imported together (a links file with its people file). */
  readonly fixture: string;
  readonly files: readonly string[];
  readonly ectName?: string;
  readonly people: readonly Partial<Person>[];
  readonly links: readonly {
    readonly from: string;
    readonly to: string;
    readonly types: readonly SupportType[];
    readonly role?: string;
  }[];
  readonly rejectedRows: readonly { readonly file: string; readonly row: number }[];
  /** Every note the fixture's file gives about a formula or a link, with part of what it says. */
  readonly notes: readonly {
    readonly level: string;
    readonly row: number;
    readonly column: string;
    readonly says: string;
  }[];
}

const PERSON_KEYS = ["id", "name", "is_ect", "school", "role_title", "line_manager_id", "capacity"] as const;

function personAsTruth(p: Person): Partial<Person> {
  return Object.fromEntries(PERSON_KEYS.flatMap((k) => (p[k] === undefined ? [] : [[k, p[k]]])));
}

function imported(truth: Truth): ImportResult {
  const files = truth.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));
  return importFiles(files, truth.ectName === undefined ? {} : { ectName: truth.ectName });
}

const truths = readdirSync(DIR)
  .filter((f) => f.endsWith(".truth.json"))
  .sort()
  .map((f): [string, Truth] => [f, JSON.parse(readFileSync(join(DIR, f), "utf8")) as Truth]);

describe("files with formulas, in every shape (tests/fixtures/formulas)", () => {
  it("has a truth for a people file, a links file, an edge list and a one-ECT map", () => {
    expect(truths.map(([f]) => f)).toEqual([
      "edge-list-excel.truth.json",
      "links-excel.truth.json",
      "my-support-excel.truth.json",
      "people-excel.truth.json",
    ]);
  });

  describe.each(truths)("%s", (_, truth) => {
    const r = imported(truth);

    it("reads the people the truth lists, links by their shown text, and no one called =…", () => {
      expect(r.people.map(personAsTruth)).toEqual(truth.people);
      expect(r.people.some((p) => p.id.startsWith("=") || p.name.startsWith("="))).toBe(false);
    });

    it("reads the links the truth lists", () => {
      expect(
        r.links.map((l) => ({
          from: l.from_id,
          to: l.to_id,
          types: l.support_types,
          ...(l.link_role === undefined ? {} : { role: l.link_role }),
        })),
      ).toEqual(truth.links);
    });

    it("keeps back the rows the truth lists, as written, for the lead to fix", () => {
      expect(r.rejected.map((x) => ({ file: x.file, row: x.row }))).toEqual(truth.rejectedRows);
      for (const x of r.rejected.filter((x) => x.file === truth.fixture))
        expect(x.cells.some((c) => c.startsWith("="))).toBe(true);
    });

    it("says each formula and link with its file, row and column", () => {
      const notes = r.diagnostics.filter(
        (d) => d.file === truth.fixture && /spreadsheet formula|is a link/.test(d.message),
      );
      expect(notes).toHaveLength(truth.notes.length);
      notes.forEach((d, i) => {
        const want = truth.notes[i]!;
        expect({ level: d.level, row: d.row, column: d.column }).toEqual({
          level: want.level,
          row: want.row,
          column: want.column,
        });
        expect(d.message).toContain(want.says);
      });
    });
  });
});

/** The one data record of a two-column CSV whose first cell is `cell` (quoted as a CSV writer would). */
function recordOf(cell: string): CsvRecord | undefined {
  const records: CsvRecord[] = [];
  readRecords(`"${cell.replace(/"/g, '""')}",x\n`, ",", (r) => records.push(r));
  return records[0];
}

describe("which cells are formulas", () => {
  it("marks only a cell whose first character past any spaces is =", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom("=", "'", " ", "\t", "\n"), fc.string({ minLength: 1, maxLength: 1 })),
        }),
        (s) => {
          const marked = recordOf(s)?.formulas?.includes(0) ?? false;
          expect(marked).toBe(s.trimStart().startsWith("="));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never marks a cell Mosaic's export guarded, which reads back as written", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom("=", "'", "+", "-", "@"), fc.string({ minLength: 1, maxLength: 1 })),
        }),
        (s) => {
          fc.pre(s === s.trim());
          const record = recordOf(guardCell(s));
          expect(record?.formulas).toBeUndefined();
          expect(record?.cells[0]).toBe(s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("leaves every cell not written as a formula alone, in a people file and a links file", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.constantFrom("'", "H", "(", '"'), fc.string({ minLength: 1, maxLength: 1 })) }),
        (s) => {
          const name = s.trim();
          fc.pre(name.length > 0 && !name.startsWith("=") && !name.startsWith("'"));
          const cell = `"${name.replace(/"/g, '""')}"`;
          const r = importFiles([
            { name: "people.csv", text: `id,name,is_ect\nE1,${cell},yes\nS1,Sam,no\n` },
            { name: "links.csv", text: `from_id,to_id,support_types\nS1,E1,pedagogy\n` },
          ]);
          expect(r.people[0]?.name).toBe(name);
          expect(r.diagnostics.some((d) => /spreadsheet formula|is a link/.test(d.message))).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("Mosaic's own export, imported again", () => {
  it("keeps a name that starts with = as written, never read as a formula", () => {
    const hyperlink = '=HYPERLINK("https://staff.example/jh","Jess Hartley")';
    const people: Person[] = [
      { id: personIdOf("E1"), name: '=A2&" "&B2', kind: "person", is_ect: true },
      { id: personIdOf("=S1"), name: hyperlink, kind: "person", is_ect: false },
    ];
    const links: SupportLink[] = [
      { link_id: linkIdOf("L1"), from_id: personIdOf("=S1"), to_id: personIdOf("E1"), support_types: ["pedagogy"] },
    ];
    const r = importFiles([
      { name: "people.csv", text: peopleToCsv(people) },
      { name: "links.csv", text: linksToCsv(links) },
    ]);
    expect(r.people.map((p) => [p.id, p.name])).toEqual([
      ["E1", '=A2&" "&B2'],
      ["=S1", hyperlink],
    ]);
    expect(r.links.map((l) => [l.from_id, l.to_id])).toEqual([["=S1", "E1"]]);
    expect(r.rejected).toEqual([]);
    expect(r.diagnostics.some((d) => /spreadsheet formula|is a link/.test(d.message))).toBe(false);
  });
});

describe("a survey, read by the same place", () => {
  it("reads a respondent and a school given as links, saying each, and refuses a formula year", () => {
    const header = [
      "Your name",
      "Which school are you based at?",
      "Are you in ECT year 1 or year 2?",
      "Who helps you with behaviour?",
    ];
    const row = [
      '=HYPERLINK("https://staff.example/pn","Priya Nair")',
      '=HYPERLINK("https://www.hollinsfield.example","Hollinsfield Academy")',
      "=1+0",
      "Jess Hartley",
    ];
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const text = [header, row].map((r) => r.map(quote).join(",")).join("\r\n");
    const r = importFiles([{ name: "survey.csv", text }]);
    const priya = r.people.find((p) => p.name === "Priya Nair");
    expect(priya).toMatchObject({ is_ect: true, school: "Hollinsfield Academy" });
    expect(priya?.ect_year).toBeUndefined();
    const notes = r.diagnostics.filter((d) => /spreadsheet formula|is a link/.test(d.message));
    expect(notes.map((d) => [d.level, d.row, d.column])).toEqual([
      ["info", 2, header[0]],
      ["info", 2, header[1]],
      ["warning", 2, header[2]],
    ]);
  });
});
