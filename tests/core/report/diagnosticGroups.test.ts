import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/core/index.ts";
import { capDiagnostics, diagnosticsForJson, diagnosticsToMarkdown } from "../../../src/core/index.ts";
import {
  diagnosticKind,
  EXAMPLES_PER_KIND,
  groupDiagnostics,
  messageShape,
  needsAnswer,
} from "../../../src/core/report/diagnosticGroups.ts";
import { countedReads } from "../../helpers/counting.ts";

const unknownType = (word: string, row: number): Diagnostic => ({
  level: "warning",
  file: "links.csv",
  row,
  column: "support_types",
  message: `"${word}" is not a support type Mosaic knows. It is kept and shown, but not counted in coverage.`,
});
const extraCell = (i: number): Diagnostic => ({
  level: "warning",
  file: "wide.csv",
  row: 2,
  message: `This row has more values than the header has columns; "x${i}" in column ${i + 4} was not read.`,
});

describe("diagnosticGroups", () => {
  describe("#messageShape", () => {
    it("should replace quoted values and numbers with placeholders", () => {
      expect(messageShape('"foo" in column 12 was not read.')).toBe('"…" in column # was not read.');
      expect(messageShape('"2025-13-01" is not a date: write 2025-03-14 or 14/03/2025')).toBe(
        '"…" is not a date: write # or #',
      );
      expect(messageShape(unknownType("foo", 2).message)).toBe(messageShape(unknownType("bar, baz", 9).message));
    });
  });

  describe("#diagnosticKind", () => {
    it("should tell apart the same message in another file, column or level", () => {
      const d = unknownType("foo", 2);
      const kinds = new Set(
        [d, { ...d, file: "other.csv" }, { ...d, column: "types" }, { ...d, level: "error" as const }].map(
          diagnosticKind,
        ),
      );
      expect(kinds.size).toBe(4);
      expect(diagnosticKind(unknownType("bar", 3))).toBe(diagnosticKind(d));
    });
  });

  describe("#needsAnswer", () => {
    it("should pick out the messages that ask the user a question", () => {
      expect(needsAnswer({ message: "Same person? Jo Baker and Jo Barker…" })).toBe(true);
      expect(needsAnswer({ message: "Named by role: 'my mentor'…" })).toBe(true);
      expect(needsAnswer({ message: 'Is this the "Same person?"' })).toBe(false);
    });
  });

  describe("#groupDiagnostics", () => {
    it("should give one group per kind, in order of first appearance, with counts and the first examples", () => {
      const ds = [
        unknownType("foo", 2),
        extraCell(1),
        ...Array.from({ length: 30 }, (_, i) => unknownType(`w${i}`, i + 3)),
      ];
      const groups = groupDiagnostics(ds);
      expect(groups.map((g) => [g.file, g.count, g.examples.length])).toEqual([
        ["links.csv", 31, EXAMPLES_PER_KIND],
        ["wide.csv", 1, 1],
      ]);
      expect(groups[0]).toMatchObject({ level: "warning", column: "support_types", message: ds[0]!.message });
      expect(groups[0]!.examples[1]).toBe(ds[2]);
      expect("column" in groups[1]!).toBe(false);
    });

    it("should never fold together messages that need an answer", () => {
      const ask = (i: number): Diagnostic => ({
        level: "warning",
        file: "s.csv",
        row: i,
        message: `Same person? A${i}`,
      });
      const groups = groupDiagnostics(Array.from({ length: 50 }, (_, i) => ask(i + 2)));
      expect(groups).toHaveLength(50);
      expect(groups.every((g) => g.count === 1)).toBe(true);
      expect(capDiagnostics(Array.from({ length: 50 }, (_, i) => ask(i + 2)))).toHaveLength(50);
    });

    it("should group 200,000 warnings of one shape into a small result", () => {
      const ds = Array.from({ length: 200_000 }, (_, i) => extraCell(i));
      const groups = groupDiagnostics(ds);
      const capped = capDiagnostics(ds);
      expect(groups).toHaveLength(1);
      expect(groups[0]!.count).toBe(200_000);
      expect(capped).toHaveLength(EXAMPLES_PER_KIND);
      expect(capped.at(-1)?.moreLikeThis).toBe(200_000 - EXAMPLES_PER_KIND);
      expect(JSON.stringify(diagnosticsForJson(ds)).length).toBeLessThan(20_000);
    });

    it("should read each diagnostic and its kind a few times at most, however many share a kind", () => {
      // A guard against quadratic work (a count per kind rescanning the list) that does not depend
      // on the machine's speed: reads of the lists are counted, not timed.
      const n = 5_000;
      for (const ds of [
        Array.from({ length: n }, (_, i) => extraCell(i)),
        Array.from({ length: n }, (_, i) => (i % 2 === 0 ? extraCell(i) : unknownType(`w${i}`, i + 2))),
      ]) {
        const all = diagnosticsForJson(ds);
        const diagnostics = countedReads(ds);
        const kinds = countedReads(ds.map(diagnosticKind));
        expect(groupDiagnostics(diagnostics.items, EXAMPLES_PER_KIND, kinds.items)).toEqual(all.diagnosticGroups);
        expect(capDiagnostics(diagnostics.items, EXAMPLES_PER_KIND, kinds.items).map((c) => c.diagnostic)).toEqual(
          all.diagnostics,
        );
        // Both passes read each diagnostic and each kind once: 2n each, and a little room.
        expect(diagnostics.reads()).toBeLessThanOrEqual(3 * n);
        expect(kinds.reads()).toBeLessThanOrEqual(3 * n);
        const whole = countedReads(ds);
        diagnosticsForJson(whole.items);
        expect(whole.reads()).toBeLessThanOrEqual(4 * n);
      }
    });
  });

  describe("#capDiagnostics", () => {
    it("should keep the order, the first of each kind, and say how many more follow the last one kept", () => {
      const ds = [
        ...Array.from({ length: 25 }, (_, i) => unknownType(`w${i}`, i + 2)),
        extraCell(1),
        unknownType("late", 99),
      ];
      const capped = capDiagnostics(ds, 3);
      expect(capped.map((c) => [c.diagnostic.row, c.moreLikeThis])).toEqual([
        [2, 0],
        [3, 0],
        [4, 23],
        [2, 0],
      ]);
      expect(capDiagnostics(ds.slice(0, 3), 3).map((c) => c.moreLikeThis)).toEqual([0, 0, 0]);
    });
  });

  describe("#diagnosticsToMarkdown", () => {
    it("should list the first of a kind with file, row and column, then how many more", () => {
      const md = diagnosticsToMarkdown(Array.from({ length: 5_000 }, (_, i) => unknownType(`type${i}`, i + 2)));
      expect(md).toContain("5,000 things to check.");
      expect(md).toContain('- **Check** (links.csv, row 2, column support_types): "type0" is not a support type');
      expect(md).toContain("- …and 4,980 more like this.");
      expect(md.split("\n").filter((l) => l.startsWith("- **"))).toHaveLength(EXAMPLES_PER_KIND);
    });

    it("should leave out whole-file notes and keep each value on one line", () => {
      const md = diagnosticsToMarkdown([
        { level: "info", file: "a.csv", message: "Read as a people file." },
        { ...unknownType("two\nlines", 2) },
      ]);
      expect(md).not.toContain("Read as");
      expect(md).toContain('"two lines"');
      expect(diagnosticsToMarkdown([])).toContain("Nothing to check");
    });
  });
});
