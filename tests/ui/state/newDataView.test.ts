import { describe, expect, it } from "vitest";
import { newDataView } from "../../../src/ui/state/newDataView.ts";
import type { ViewState } from "../../../src/ui/state/viewState.ts";
import { DEFAULT_VIEW } from "../../../src/ui/state/viewState.ts";

const filtered: ViewState = {
  ...DEFAULT_VIEW,
  view: "lead",
  voice: "they",
  ect: 3,
  away: [4, 5],
  school: 1,
  dept: 0,
  type: "psychosocial",
  flag: "GAP",
  year: 1,
  sort: "name",
  compact: true,
  hideNames: true,
};

describe("newDataView", () => {
  it("should turn every lead filter off when a different data set is loaded", () => {
    const v = newDataView(filtered, true);
    expect(v).toMatchObject({ view: "lead", voice: "they", away: [] });
    for (const key of ["ect", "school", "dept", "type", "flag", "year"] as const) expect(v[key]).toBeUndefined();
  });
  it("should keep how the page reads: sort, compact and hidden names", () => {
    expect(newDataView(filtered, false)).toMatchObject({ sort: "name", compact: true, hideNames: true });
  });
  it("should open the overview for a lead only when the data is a lead's", () => {
    expect(newDataView(DEFAULT_VIEW, false)).toMatchObject({ view: "ect", voice: "you" });
    expect(newDataView(DEFAULT_VIEW, true)).toMatchObject({ view: "lead", voice: "they" });
  });
});
