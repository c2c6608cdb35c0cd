import { describe, expect, it } from "vitest";
import { FlagTable, IntList, WARNING } from "../../../src/core/analysis/flagTable.ts";

describe("flagTable", () => {
  describe("FlagTable", () => {
    it("should keep every row through growth, with the rule's severity unless a row gives its own", () => {
      const t = new FlagTable(1);
      for (let i = 0; i < 1000; i++) {
        t.begin(i % 7, i, 2);
        t.add(i % 3 === 0 ? WARNING : -1, i % 5, i - 1, i + 1, i / 2, -i, i % 100 === 0 ? [i, i + 1] : undefined);
      }
      expect(t.length).toBe(1000);
      expect(t.lists).toHaveLength(10);
      for (const i of [0, 1, 15, 16, 17, 500, 999]) {
        expect(t.rule[i]).toBe(i % 7);
        expect(t.severity[i]).toBe(i % 3 === 0 ? WARNING : 2);
        expect(t.row(i)).toEqual({
          subject: i,
          type: i % 5,
          person: i - 1,
          link: i + 1,
          a: i / 2,
          b: -i,
          list: i % 100 === 0 ? [i, i + 1] : undefined,
        });
      }
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
