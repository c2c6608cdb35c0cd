import { describe, expect, it } from "vitest";
import { CRITICAL, FlagTable, INFO, IntList, WARNING } from "../../../src/core/analysis/flagTable.ts";

describe("flagTable", () => {
  describe("FlagTable", () => {
    it("should keep every row through growth, with the rule's severity unless a row gives its own", () => {
      const t = new FlagTable(1);
      for (let i = 0; i < 1000; i++) {
        t.begin(i % 7, i, 2);
        (i % 3 === 0 ? t.at(WARNING) : t).onLink(i + 1, i - 1, i / 2, -i);
      }
      expect(t.length).toBe(1000);
      for (const i of [0, 1, 15, 16, 17, 500, 999]) {
        expect(t.rule[i]).toBe(i % 7);
        expect(t.severity[i]).toBe(i % 3 === 0 ? WARNING : 2);
        expect(t.row(i)).toEqual({
          subject: i,
          type: -1,
          person: i - 1,
          link: i + 1,
          a: i / 2,
          b: -i,
          list: undefined,
        });
      }
    });

    it("should write each kind of row with the fields it names and -1 or 0 elsewhere", () => {
      const t = new FlagTable();
      t.begin(3, 9, INFO);
      t.raise();
      t.counting(4, 5);
      t.about(6, 7);
      t.forType(2);
      t.forType(1, 8, [8, 10]);
      t.listing([11, 12], 2);
      const none = { subject: 9, type: -1, person: -1, link: -1, a: 0, b: 0, list: undefined };
      expect([0, 1, 2, 3, 4, 5].map((i) => t.row(i))).toEqual([
        none,
        { ...none, a: 4, b: 5 },
        { ...none, person: 6, a: 7 },
        { ...none, type: 2 },
        { ...none, type: 1, person: 8, list: [8, 10] },
        { ...none, a: 2, list: [11, 12] },
      ]);
      expect([...t.severity.subarray(0, 6)]).toEqual([INFO, INFO, INFO, INFO, INFO, INFO]);
    });

    it("should apply a severity given with `at` to the next row only", () => {
      const t = new FlagTable();
      t.begin(0, 1, INFO);
      t.at(CRITICAL).about(2);
      t.about(3);
      expect([t.severity[0], t.severity[1]]).toEqual([CRITICAL, INFO]);
    });
  });

  describe("IntList", () => {
    it("should grow and keep its values in order", () => {
      const l = new IntList(1);
      for (let i = 0; i < 100; i++) l.push(i * 3);
      expect(l.length).toBe(100);
      expect([...l.values.subarray(0, l.length)]).toEqual(Array.from({ length: 100 }, (_, i) => i * 3));
    });
  });
});
