import { describe, expect, it } from "vitest";
import { bulkJoinWords, sameAnswerWords } from "../../../src/ui/importing/sameAnswerWords.ts";

const same = (keep: string, other: string) => ({ keep, other, same: true });

describe("sameAnswerWords", () => {
  it("should say how many answers were saved, what they did, and how the people count moved", () => {
    const four = [same("A", "a"), same("B", "b"), same("C", "c"), same("D", "d")];
    expect(sameAnswerWords(four, 46, 42)).toBe("4 answers saved: 4 names joined. 42 people now (46 before).");
  });
  it("should say pairs kept apart, in the singular when one", () => {
    expect(sameAnswerWords([{ keep: "Mr Patel", other: "Anil Patel", same: false }], 10, 10)).toBe(
      "1 answer saved: 1 pair kept as two people. Still 10 people.",
    );
    expect(sameAnswerWords([same("A", "a"), { keep: "B", other: "b", same: false }], 2, 1)).toBe(
      "2 answers saved: 1 name joined, 1 pair kept as two people. 1 person now (2 before).",
    );
  });
  it("should say the questions the answers raised, so a new one is not taken for an old one back", () => {
    expect(sameAnswerWords([same("A", "a")], 44, 43, 1)).toBe(
      "1 answer saved: 1 name joined. 43 people now (44 before). 1 new question came from your answers.",
    );
    expect(sameAnswerWords([same("A", "a")], 44, 43, 2)).toMatch(/ 2 new questions came from your answers\.$/);
  });
});

describe("bulkJoinWords", () => {
  it("should say what the bulk button covers, and the lead's other answers it saves too", () => {
    expect(bulkJoinWords(1, 0)).toBe("Join the name written with a title or initial");
    expect(bulkJoinWords(3, 0)).toBe("Join the 3 names written with a title or initial");
    expect(bulkJoinWords(2, 1)).toBe("Join the 2 names written with a title or initial, and save your other answer");
    expect(bulkJoinWords(1, 2)).toBe("Join the name written with a title or initial, and save your 2 other answers");
  });
});
