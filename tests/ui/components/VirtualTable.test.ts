import { describe, expect, it } from "vitest";
import { RENDER_WHOLE_UP_TO, rowsInView } from "../../../src/ui/components/VirtualTable.tsx";

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
      expect(rowsInView(-100_000, 800, 40, 500)).toEqual({ first: 500, last: 500 });
      expect(rowsInView(5000, 800, 40, 500)).toEqual({ first: 0, last: 8 });
    });

    it("should render a short table whole, wherever the page is scrolled", () => {
      expect(rowsInView(-100_000, 800, 40, 9)).toEqual({ first: 0, last: 9 });
      expect(rowsInView(5000, 800, 40, RENDER_WHOLE_UP_TO)).toEqual({ first: 0, last: RENDER_WHOLE_UP_TO });
      expect(rowsInView(5000, 800, 40, RENDER_WHOLE_UP_TO + 1)).toEqual({ first: 0, last: 8 });
    });
  });
});
