import { describe, expect, it } from "vitest";
import { rowsInView } from "../../../src/ui/components/VirtualTable.tsx";

describe("VirtualTable", () => {
  describe("#rowsInView", () => {
    it("should show the first screen's rows, and a few more, while the table is below the top", () => {
      expect(rowsInView(300, 800, 40, 1000)).toEqual({ first: 0, last: 13 + 8 });
    });

    it("should follow the page's scroll once the table has passed the top", () => {
      // The table's top is 4,000 px above the window: rows 100 to 120 are in view.
      expect(rowsInView(-4000, 800, 40, 1000)).toEqual({ first: 92, last: 128 });
    });

    it("should stay within the rows there are, also when the table is scrolled out of view", () => {
      expect(rowsInView(-100_000, 800, 40, 50)).toEqual({ first: 50, last: 50 });
      expect(rowsInView(5000, 800, 40, 50)).toEqual({ first: 0, last: 8 });
    });
  });
});
