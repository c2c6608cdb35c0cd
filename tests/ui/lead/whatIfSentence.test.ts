import { describe, expect, it } from "vitest";
import type { PersonId, SupportType } from "../../../src/core/index.ts";
import { shareRule } from "../../../src/core/index.ts";
import { whatIfSentence } from "../../../src/ui/lead/whatIfSentence.ts";

// The app's rule, as useShareRule gives it: names shown, and share mode with k = 5.
const NAMED = shareRule({ share: false, hideNames: false, k: 5 });
const SHARE = shareRule({ share: true, hideNames: true, k: 5 });

const NAMES: Record<string, string> = { P1: "Beth Summers", P2: "Dr Anthony Clarke", P3: "Sam Lee" };
const nameOf = (id: string) => NAMES[id] ?? id;
const ids = (...xs: string[]) => xs.map((x) => x as PersonId);
const gaps = (n: number) =>
  Array.from({ length: n }, (_, i): { ect: PersonId; supportType: SupportType } => ({
    ect: `E${i}` as PersonId,
    supportType: "behaviour",
  }));

describe("whatIfSentence", () => {
  it("should ask about one person and count the new gaps and ECTs left with no one", () => {
    expect(whatIfSentence({ removed: ids("P1"), newGaps: gaps(4), newlyIsolated: ids("E1") }, nameOf, NAMED)).toEqual({
      question: "What if Beth Summers were away?",
      answer: "4 new gaps, 1 ECT left with no one.",
    });
  });
  it("should name several people and say when nothing changes", () => {
    expect(whatIfSentence({ removed: ids("P1", "P2", "P3"), newGaps: [], newlyIsolated: [] }, nameOf, NAMED)).toEqual({
      question: "What if Beth Summers, Dr Anthony Clarke and Sam Lee were all away?",
      answer: "No new gaps.",
    });
  });
  it("should read well when no gap opens but an ECT is left with no one", () => {
    const w = whatIfSentence(
      { removed: ids("P1", "P2"), newGaps: gaps(1), newlyIsolated: ids("E1", "E2") },
      nameOf,
      NAMED,
    );
    expect(w.question).toBe("What if Beth Summers and Dr Anthony Clarke were all away?");
    expect(w.answer).toBe("1 new gap, 2 ECTs left with no one.");
    expect(whatIfSentence({ removed: ids("P1"), newGaps: [], newlyIsolated: ids("E1") }, nameOf, NAMED).answer).toBe(
      "No new gaps, 1 ECT left with no one.",
    );
  });
  it("should give codes and exact counts with names hidden, outside share mode", () => {
    const codes = shareRule({ share: false, hideNames: true, k: 5 });
    const w = whatIfSentence({ removed: ids("P1"), newGaps: gaps(3), newlyIsolated: [] }, () => "Supporter 1", codes);
    expect(w).toEqual({ question: "What if Supporter 1 were away?", answer: "3 new gaps." });
  });
  it("should name no one and hide small counts in share mode", () => {
    const w = whatIfSentence({ removed: ids("P1"), newGaps: gaps(3), newlyIsolated: ids("E1") }, nameOf, SHARE);
    expect(w).toEqual({
      question: "What if this person were away?",
      answer: "fewer than 5 new gaps, fewer than 5 ECTs left with no one.",
    });
    expect(whatIfSentence({ removed: ids("P1", "P2"), newGaps: gaps(6), newlyIsolated: [] }, nameOf, SHARE)).toEqual({
      question: "What if these 2 people were all away?",
      answer: "6 new gaps.",
    });
  });
});
