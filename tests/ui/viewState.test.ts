import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, ECT_SORTS, queryToViewState, viewStateToQuery } from "../../src/ui/state/viewState.ts";
import type { ViewState } from "../../src/ui/state/viewState.ts";

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom("ect", "lead"),
  ect: fc.option(fc.nat(49), { nil: undefined }),
  hideNames: fc.boolean(),
  voice: fc.constantFrom("you", "they"),
  share: fc.boolean(),
  away: fc.uniqueArray(fc.nat(49), { maxLength: 4 }),
  school: fc.option(fc.nat(4), { nil: undefined }),
  type: fc.option(fc.constantFrom("organisational_literacy", "behaviour", "pedagogy", "psychosocial", "career"), {
    nil: undefined,
  }),
  flag: fc.option(fc.constantFrom("GAP", "ISOLATED", "NO_SAFE_SPACE"), { nil: undefined }),
  year: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
  dept: fc.option(fc.nat(9), { nil: undefined }),
  sort: fc.constantFrom(...ECT_SORTS),
  compact: fc.boolean(),
});

describe("viewState", () => {
  it("should round-trip every view state through the URL", () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        expect(queryToViewState(viewStateToQuery(v), 50, 5)).toEqual(v);
      }),
    );
  });
  it("should take the remembered wording when the address does not say one, and the address's when it does", () => {
    expect(queryToViewState("", 50, 5, { voice: "they" }).voice).toBe("they");
    expect(queryToViewState("?view=lead", 50, 5, { voice: "they" }).voice).toBe("they");
    expect(queryToViewState("?voice=you", 50, 5, { voice: "they" }).voice).toBe("you");
    expect(queryToViewState("?voice=they", 50, 5, { voice: "you" }).voice).toBe("they");
    expect(queryToViewState("", 50, 5, { voice: undefined }).voice).toBe("you");
  });
  it("should leave the default out of the URL", () => {
    expect(viewStateToQuery(DEFAULT_VIEW)).toBe("");
  });
  it("should drop values that do not fit this data, and never throw", () => {
    const v = queryToViewState(
      "?view=lead&ect=99&away=1,99,x,-1,1&school=7&type=nonsense&flag=<script>&year=-1&sort=evil",
      50,
      5,
    );
    expect(v).toEqual({ ...DEFAULT_VIEW, view: "lead", away: [1] });
    fc.assert(fc.property(fc.string(), (q) => void queryToViewState(q, 10, 2)));
  });
  it("should carry no names, only keys", () => {
    expect(viewStateToQuery({ ...DEFAULT_VIEW, ect: 3, away: [4, 9], school: 1 })).toBe("?ect=3&away=4%2C9&school=1");
  });
});
