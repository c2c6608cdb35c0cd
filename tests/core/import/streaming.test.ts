import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { ByteStream, ImportResult, InputFile } from "../../../src/core/index.ts";
import { importFiles } from "../../../src/core/index.ts";
import { MAX_COLUMNS, readFileStart } from "../../../src/core/import/fileStart.ts";
import Papa from "papaparse";
import type { Delimiter } from "../../../src/core/import/readCsv.ts";
import { cleanCell, DELIMITERS, readRecords, RecordReader } from "../../../src/core/import/readCsv.ts";
import { LfWriter } from "../../../src/core/import/lineEndings.ts";
import { openFileText } from "../../../src/core/import/fileText.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The bytes cut at the given offsets (sorted, any in range), each chunk a copy as a disk read gives. */
function cutAt(bytes: Uint8Array, cuts: readonly number[]): ByteStream {
  const at = [...new Set(cuts.map((c) => Math.min(Math.max(c, 0), bytes.length)))].sort((a, b) => a - b);
  return {
    size: bytes.length,
    *open() {
      let from = 0;
      for (const to of [...at, bytes.length]) {
        if (to > from) yield bytes.slice(from, to);
        from = to;
      }
    },
  };
}

/**
 * How many characters papaparse's parser is handed while `run` runs: the reader's work, counted
 * rather than timed. Every Parser made meanwhile counts the text given to its `parse`.
 */
function charactersParsed(run: () => void): number {
  let characters = 0;
  const Original = Papa.Parser;
  class Counting extends Original {
    constructor(config: Papa.ParseConfig) {
      super(config);
      const parse = this.parse.bind(this);
      this.parse = (input: string, baseIndex: number, ignoreLastRow: boolean): unknown => {
        characters += input.length;
        return parse(input, baseIndex, ignoreLastRow);
      };
    }
  }
  const spy = vi.spyOn(Papa, "Parser").mockImplementation(Counting);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return characters;
}

/** Everything the CLI prints from an import, as one comparable value. */
function outcome(r: ImportResult) {
  return JSON.stringify({
    people: r.people,
    links: r.links,
    diagnostics: r.diagnostics,
    rejected: r.rejected,
    files: r.files,
    samePeople: r.samePeople,
  });
}

function whole(files: readonly { name: string; bytes: Uint8Array }[]) {
  return outcome(importFiles(files));
}

function streamed(files: readonly { name: string; bytes: Uint8Array; cuts: readonly number[] }[]) {
  return outcome(importFiles(files.map((f): InputFile => ({ name: f.name, stream: cutAt(f.bytes, f.cuts) }))));
}

const PEOPLE = 'id,name,is_ect,school\r\nE1,Zoë Ngoˈma,yes,Saint-Étienne\r\nS1,"Sam, ""Jr""",no,Ørsted\r\n';
const LINKS =
  'from_id,to_id,support_types,notes\nS1,E1,pedagogy,"two\r\nlines"\r\nS1,E1,behaviour,“curly” — dash 😀\nE1,S1,"wellbeing; behaviour",\n';

const cell = fc.oneof(
  fc.constantFrom("", "E1", "S1", "Zoë", "😀", "pedagogy", "yes", "a,b", 'say "hi"', "x\r\ny", "x\ny", "x\ry", "€"),
  fc.string({ maxLength: 5, unit: "grapheme" }),
);
const newline = fc.constantFrom("\n", "\r\n", "\r");
const quoted = (c: string) => (/[",\r\n]/.test(c) || c.startsWith(" ") ? `"${c.replaceAll('"', '""')}"` : c);
const csv = (header: readonly string[]) =>
  fc
    .tuple(fc.array(fc.tuple(fc.array(cell, { maxLength: 5 }), newline), { maxLength: 8 }), newline)
    .map(
      ([rows, end]) =>
        `${header.join(",")}${end}${rows.map(([cells, nl]) => `${cells.map(quoted).join(",")}${nl}`).join("")}`,
    );

describe("streaming import", () => {
  describe("#importFiles with a stream", () => {
    it("should give the whole file's result wherever the chunks are cut", () => {
      fc.assert(
        fc.property(
          csv(["id", "name", "is_ect", "school"]),
          csv(["from_id", "to_id", "support_types", "notes"]),
          fc.array(fc.nat(400), { maxLength: 30 }),
          fc.array(fc.nat(400), { maxLength: 30 }),
          fc.boolean(),
          (people, links, peopleCuts, linkCuts, bom) => {
            const files = [
              { name: "people.csv", bytes: utf8((bom ? "\uFEFF" : "") + people), cuts: peopleCuts },
              { name: "links.csv", bytes: utf8(links), cuts: linkCuts },
            ];
            expect(streamed(files)).toBe(whole(files));
          },
        ),
        { numRuns: 300 },
      );
    });

    it("should give the whole file's result with a cut at every byte", () => {
      for (const text of [PEOPLE, LINKS]) {
        const bytes = utf8(text);
        const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
        const name = text === PEOPLE ? "people.csv" : "links.csv";
        expect(streamed([{ name, bytes, cuts: everyByte }])).toBe(whole([{ name, bytes }]));
      }
    });

    it("should give the whole file's result for each single cut: inside a character, between CR and LF, inside quotes", () => {
      const bytes = utf8(PEOPLE + LINKS.replace(/^from_id.*\n/, ""));
      const expected = whole([{ name: "x.csv", bytes }]);
      for (let cut = 0; cut <= bytes.length; cut++)
        expect(streamed([{ name: "x.csv", bytes, cuts: [cut] }]), `cut at ${cut}`).toBe(expected);
    });

    it("should read a file that is UTF-8 in its first chunk and not later as the whole file is read: Windows-1252", () => {
      const start = `id,name,is_ect\n${"S1,Sam,no\n".repeat(300)}`;
      const bytes = new Uint8Array([...utf8(start), ...utf8("E1,Ren"), 0xe9, ...utf8("e,yes\n")]);
      const files = [{ name: "people.csv", bytes, cuts: [1024, 2048] }];
      const r = importFiles([{ name: "people.csv", stream: cutAt(bytes, [1024, 2048]) }]);
      expect(r.files[0]?.encoding).toBe("Windows-1252");
      expect(r.people.map((p) => p.name)).toContain("Renée");
      expect(r.diagnostics.some((d) => d.level === "warning" && /not UTF-8/.test(d.message))).toBe(true);
      expect(streamed(files)).toBe(whole(files));
    });

    it("should refuse a file with a NUL after its first chunk, as it refuses the whole file", () => {
      const bytes = new Uint8Array([...utf8(`id,name,is_ect\n${"S1,Sam,no\n".repeat(600)}`), 0, 0x41]);
      const files = [
        { name: "people.csv", bytes: utf8("id,name,is_ect\nE1,Amy,yes\n"), cuts: [3] },
        { name: "odd.csv", bytes, cuts: [4096, 5000] },
      ];
      const r = importFiles(files.map((f) => ({ name: f.name, stream: cutAt(f.bytes, f.cuts) })));
      expect(r.diagnostics).toContainEqual(
        expect.objectContaining({ level: "error", file: "odd.csv", message: expect.stringMatching(/binary/) }),
      );
      expect(streamed(files)).toBe(whole(files));
    });

    it("should read UTF-16 and Windows-1252 files the same cut or whole", () => {
      const le = new Uint8Array([
        0xff,
        0xfe,
        ...[...PEOPLE].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
      ]);
      const ansi = Uint8Array.from("id,name,is_ect\nE1,Ren\u00e9e,yes\n", (c) => c.charCodeAt(0));
      for (const bytes of [le, ansi]) {
        const cuts = Array.from({ length: bytes.length }, (_, i) => i).filter((i) => i % 3 === 1);
        expect(streamed([{ name: "people.csv", bytes, cuts }])).toBe(whole([{ name: "people.csv", bytes }]));
      }
    });
  });

  describe("#importFiles with a wide header", () => {
    it(`should refuse a header of more than ${MAX_COLUMNS} columns, naming the file and row 1`, () => {
      const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(",");
      const bytes = utf8(`${header}\n1,2,3\n`);
      const r = importFiles([{ name: "wide.csv", stream: cutAt(bytes, [65_536, 1 << 20]) }]);
      expect(r.diagnostics).toEqual([
        expect.objectContaining({
          level: "error",
          file: "wide.csv",
          row: 1,
          message: expect.stringMatching(/200,000 columns, more than the 10,000 Mosaic reads/),
        }),
      ]);
      expect(r.files).toEqual([{ name: "wide.csv", encoding: "UTF-8", delimiter: "comma", dataRows: 0 }]);
    });

    it("should choose the delimiter of a header that is too wide without recognising its cells", () => {
      // Recognising 200,000 column names once per delimiter took 136 s: counted here, not timed.
      const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(",");
      const read = (text: string) => {
        let recognised = 0;
        const opened = openFileText({ name: "a.csv", stream: cutAt(utf8(text), [65_536, 1 << 20]) }, 0, undefined);
        if (!opened.ok) throw new Error(opened.message);
        const start = readFileStart(opened.text, undefined, (cells) => {
          recognised += cells.length;
          return 0;
        });
        return { start, recognised };
      };
      const wide = read(`${header}\n1,2,3\n`);
      expect(wide.start.delimiter).toBe(",");
      expect(wide.start.header?.cells).toHaveLength(200_000);
      expect(wide.recognised).toBeLessThanOrEqual(DELIMITERS.length * MAX_COLUMNS);
      // A header of a usual width is recognised as each delimiter splits it: 1 + 3 + 1 + 1 cells.
      expect(read("id;name;is_ect\nE1;Amy;yes\n").recognised).toBe(6);
    });

    it(`should read a header of exactly ${MAX_COLUMNS} columns`, () => {
      const header = ["id", "name", "is_ect", ...Array.from({ length: MAX_COLUMNS - 3 }, (_, i) => `extra ${i}`)];
      const r = importFiles([{ name: "people.csv", text: `${header.join(",")}\nE1,Amy,yes\n` }]);
      expect(r.people.map((p) => p.id)).toEqual(["E1"]);
    });
  });

  describe("RecordReader", () => {
    it("should give readRecords' records for text pushed in any pieces", () => {
      fc.assert(
        fc.property(csv(["a", "b"]), fc.array(fc.nat(200), { maxLength: 20 }), (text, cuts) => {
          const expected: unknown[] = [];
          const problems = readRecords(text, ",", (r) => expected.push({ row: r.row, cells: [...r.cells] }));
          const got: unknown[] = [];
          const reader = new RecordReader(",", (r) => void got.push({ row: r.row, cells: [...r.cells] }));
          const lf = new LfWriter();
          let from = 0;
          for (const to of [...cuts.filter((c) => c <= text.length)].sort((a, b) => a - b)) {
            reader.push(lf.push(text.slice(from, to)));
            from = to;
          }
          reader.push(lf.push(text.slice(from)) + lf.end());
          reader.end();
          expect(got).toEqual(expected);
          expect(reader.problems).toEqual(problems);
        }),
        { numRuns: 300 },
      );
    });

    it("should give papaparse's own records (row numbers, cells, problems) whether or not the text has quotes", () => {
      const cell = fc.constantFrom("", "a", "b c", " d ", "E1", '"q"', '"x\ny"', '"open', "é", ";");
      const line = fc.array(cell, { minLength: 1, maxLength: 4 });
      const texts = fc.tuple(
        fc.constantFrom<Delimiter>(",", ";", "\t"),
        fc.array(line, { maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.nat(60), { maxLength: 6 }),
      );
      fc.assert(
        fc.property(texts, ([d, lines, trailing, cuts]) => {
          const text = lines.map((l) => l.join(d)).join("\n") + (trailing ? "\n" : "");
          // The reference: papaparse's step parse of the whole text, cleaned and numbered as RecordReader does.
          const expected: unknown[] = [];
          const expectedProblems: unknown[] = [];
          let row = 0;
          Papa.parse<string[]>(text, {
            delimiter: d,
            newline: "\n",
            step: (r) => {
              row++;
              for (const e of r.errors)
                if (e.code !== "MissingQuotes") expectedProblems.push({ row, message: e.message });
              const cells = r.data.map(cleanCell);
              if (cells.some((c) => c.length > 0)) expected.push({ row, cells });
            },
          });
          const got: unknown[] = [];
          const reader = new RecordReader(d, (r) => void got.push({ row: r.row, cells: [...r.cells] }));
          let from = 0;
          for (const to of [...cuts.filter((c) => c <= text.length)].sort((a, b) => a - b)) {
            reader.push(text.slice(from, to));
            from = to;
          }
          reader.push(text.slice(from));
          reader.end();
          expect(got).toEqual(expected);
          expect(reader.problems.filter((p) => !p.message.startsWith("A quoted value"))).toEqual(expectedProblems);
        }),
        { numRuns: 500 },
      );
    });

    it("should stop at the record that asks it to, in text with no quotes", () => {
      const seen: number[] = [];
      const reader = new RecordReader(",", (r) => {
        seen.push(r.row);
        return r.row === 3;
      });
      reader.push("a,b\n\nc,d\ne,f\ng,h\n");
      reader.push("i,j\n");
      reader.end();
      expect(seen).toEqual([1, 3]);
      expect(reader.stopped).toBe(true);
    });

    it("should read a huge row pushed ten characters at a time in linear time", () => {
      // Counted, not timed: how much text papaparse is given. Parsing the unfinished row again on
      // every piece would hand it about n²/20 characters; parsing only when the row has doubled, a
      // few times n.
      const n = 200_000;
      const cells: string[][] = [];
      const parsed = charactersParsed(() => {
        const reader = new RecordReader(",", (r) => void cells.push([...r.cells]));
        reader.push('a,"');
        for (let i = 0; i < n; i += 10) reader.push("x".repeat(10));
        reader.push('"\nb,c\n');
        reader.end();
      });
      expect(cells).toEqual([
        ["a", "x".repeat(n)],
        ["b", "c"],
      ]);
      expect(parsed).toBeGreaterThanOrEqual(n);
      expect(parsed).toBeLessThanOrEqual(5 * n);
    });
  });
});
