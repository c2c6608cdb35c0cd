import { describe, expect, it } from "vitest";
import type { SamePersonProposal } from "../../../src/core/index.ts";
import { newSameQuestions } from "../../../src/ui/importing/newSameQuestions.ts";

const ask = (keep: string, other: string): SamePersonProposal => ({
  keep: { name: keep, count: 1, where: [] },
  other: { name: other, count: 1, where: [] },
  reason: "title",
  why: "",
});

describe("newSameQuestions", () => {
  it("should count only the questions not asked before, in either order", () => {
    const before = [ask("Jess Hartley", "Mrs J Hartley"), ask("Pete Adams", "Peter Adams")];
    const after = [ask("Peter Adams", "Pete Adams"), ask("Jess Hartley", "Mrs Hartley")];
    expect(newSameQuestions(before, after)).toBe(1);
    expect(newSameQuestions(before, [])).toBe(0);
  });
});
